#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"

#include <memory>

namespace routiq::cli {

// `user add|list|disable|enable|set-role|set-password` and `audit verify|list|re-anchor`. The
// first `user add` on a data folder creates the clinic admin; everything after that acts as `--user
// NAME` (password from ROUTIQ_PASSWORD_FILE or a prompt), checked by the security services, and is
// audited.
class SecurityCommand : public CliCommand
{
    Q_OBJECT
public:
    SecurityCommand(CliContext context, QString actingUser, QObject *parent = nullptr);
    void start(const QStringList &args) override;

private:
    void run(const QStringList &args);
    std::optional<ActingUser> signIn();
    void userAdd(const QStringList &args);
    void userList(const QStringList &args);
    void userChange(const QString &what, const QStringList &args);
    void userSetPassword(const QStringList &args);
    void userPasswd(const QStringList &args); // the acting user's own password
    static void printRecoveryKey(const QString &words, const QString &admin);
    void auditVerify(const QStringList &args);
    void auditList(const QStringList &args);
    void auditReanchor(const QStringList &args);

    QString m_actingUser;
    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
