#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"
#include "followprinter.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "session/appcontext.h"
#include "session/metricsanswer.h"

namespace routiq {
class SyncWorker;
}

namespace routiq::cli {

class ServerMetricsFollow;

// `metrics --clinic ID|all [--period week|month] [--start D --end D] [--location ID]
// [--practitioner ID] [--format json|table]` as --user: ClinicMetrics from the cache, exactly as
// shared/brief/metrics.md defines them; `all` combines every clinic the user may see
// (MetricsRollup) and lists each clinic's figures under "clinics". `--by practitioner` prints
// every practitioner's figures instead ("practitioners", each tagged with its clinic under
// `all`). Bad requests print a JSON error and exit non-zero. `--follow` (one clinic, JSON):
// the figures as one compact line, then a line each time they change, until SIGINT/SIGTERM —
// syncing in-process here, or following the server's changes with --server (issue 16).
class MetricsCommand : public CliCommand
{
    Q_OBJECT
public:
    // Out of line: the members' types are complete only in the .cpp.
    explicit MetricsCommand(CliContext context, QObject *parent = nullptr);
    ~MetricsCommand() override;
    void start(const QStringList &args) override;

private:
    void startOneClinic();
    void startRollup();
    void fetchNextKey(); // the next target's key, then print()
    void print();
    void startOnServer();
    void followLocally();
    void stopOnInterrupt();

    SystemClock m_clock;
    bool m_table = false;
    bool m_follow = false;
    FollowPrinter m_printer;
    MetricsAnswer::Query m_query; // --clinic all: its dates are resolved once for every clinic
    QList<ClinicConnection> m_connections;
    QList<MetricsAnswer::Target> m_targets;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
    std::unique_ptr<SyncWorker> m_worker;     // --follow in local mode; stopped before m_app
    std::unique_ptr<ServerMetricsFollow> m_onServer;
};

} // namespace routiq::cli
