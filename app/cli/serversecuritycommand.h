#pragma once

#include "clicommand.h"

#include "core/clock.h"
#include "security/accesspolicy.h"

#include <memory>

namespace routiq::cli {

class ServerSession;

// `--server CONNINFO user add|list|disable|enable|set-role|set-password|passwd|grant|revoke` and
// `audit list` against the shared server (issue 16), with the local commands' flags and output
// (securitycommand.cpp). Accounts are login roles: the server's SECURITY DEFINER functions
// create and change them and audit it; passwords travel as SCRAM verifiers only. The set-up role
// (no --user) makes the first admin; after that an admin signs in with --user. Refusals by
// AccessPolicy are audited on the server (access.denied) like the local ones.
class ServerSecurityCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit ServerSecurityCommand(CliContext context, QObject *parent = nullptr);
    ~ServerSecurityCommand() override;
    void start(const QStringList &args) override;

private:
    void run(const QStringList &args);
    bool signIn();
    bool allowed(const RoutiqError &denied, const QString &what);
    void userAdd(const QStringList &args);
    void userList(const QStringList &args);
    void userChange(const QString &what, const QStringList &args);
    void userClinics(const QString &what, const QStringList &args);
    void userSetPassword(const QString &what, const QStringList &args);
    void auditList(const QStringList &args);

    SystemClock m_clock;
    AccessPolicy m_policy{&m_clock};
    std::unique_ptr<ServerSession> m_session;
};

} // namespace routiq::cli
