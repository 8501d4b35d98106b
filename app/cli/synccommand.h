#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "session/appcontext.h"
#include "sync/syncworker.h"

namespace routiq::cli {

// `sync --clinic ID [--watch]` (as --user, who may view the clinic, or unattended through an
// agent slot when no --user is given): backfill or catch up the
// clinic's cache and exit, or keep polling until interrupted. Progress goes to stderr on a
// terminal; a failure prints the typed error as JSON on stderr and exits non-zero.
class SyncCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~SyncCommand() override;
    void start(const QStringList &args) override;

private:
    void run(const ClinicConnection &connection, const QString &apiKey, const DatabaseKey &key);
    void signInAsAgent(QStringList labels, const QString &clinicId);
    void startSync(const QString &clinicId);

    bool m_watch = false;
    bool m_terminal = false;
    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
    std::unique_ptr<SyncWorker> m_worker;
    RoutiqError m_lastError;
};

} // namespace routiq::cli
