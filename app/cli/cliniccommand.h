#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"

namespace routiq::cli {

// `clinic add|list|remove` as --user: manage clinic connections (add and remove: admins only,
// audited; list: the clinics the user may see). The API key is read from a file (never
// from the command line, where other users could see it) and stored in the keychain.
class ClinicCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    void add(const QStringList &args);
    void list(const QStringList &args);
    void remove(const QStringList &args);
    // Opens the app database and signs the --user in, then runs `then`.
    void withContext(std::function<void(AppContext &)> then);

    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
