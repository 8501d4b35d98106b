#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "session/appcontext.h"
#include "session/metricsanswer.h"

namespace routiq::cli {

// `metrics --clinic ID|all [--period week|month] [--start D --end D] [--location ID]
// [--practitioner ID] [--format json|table]` as --user: ClinicMetrics from the cache, exactly as
// shared/brief/metrics.md defines them; `all` combines every clinic the user may see
// (MetricsRollup) and lists each clinic's figures under "clinics". `--by practitioner` prints
// every practitioner's figures instead ("practitioners", each tagged with its clinic under
// `all`). Bad requests print a JSON error and exit non-zero.
class MetricsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    void startOneClinic();
    void startRollup();
    void fetchNextKey(); // the next target's key, then print()
    void print();

    SystemClock m_clock;
    bool m_table = false;
    MetricsAnswer::Query m_query; // --clinic all: its dates are resolved once for every clinic
    QList<ClinicConnection> m_connections;
    QList<MetricsAnswer::Target> m_targets;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
