#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"
#include "session/clinicconnectionservice.h"

namespace routiq::cli {

// `clinic add|list|test|set-key|rename|remove` as --user: the command-line face of
// ClinicConnectionService, the one implementation the app's wizard and clinic panel use too
// (admins only, audited, refusals included; list: the clinics the user may see). The API key is
// read from a file (never from the command line, where other users could see it) and stored in
// the keychain; set-key tests the new key against the PMS before it replaces the old one.
class ClinicCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~ClinicCommand() override;
    void start(const QStringList &args) override;

private:
    void add(const QStringList &args);
    void list(const QStringList &args);
    void remove(const QStringList &args);
    void rename(const QStringList &args);
    void setKey(const QStringList &args);
    void test(const QStringList &args);
    // Opens the app database and signs the --user in, then runs `then` with the service.
    void withService(std::function<void(ClinicConnectionService &)> then);
    // BAD_REQUEST and a refused configuration exit 2, like a bad argument; the rest 1.
    void failWith(const RoutiqError &error);

    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login;           // after m_app: closed before the database
    std::unique_ptr<ClinicConnectionService> m_service; // after m_login: uses its guard
};

} // namespace routiq::cli
