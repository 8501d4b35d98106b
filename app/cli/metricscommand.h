#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "metrics/clinicmetrics.h"
#include "metrics/practitionerbreakdown.h"
#include "session/appcontext.h"

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
    bool isRollup() const { return m_request.clinicId == QLatin1String("all"); }
    void startOneClinic();
    void startRollup();
    void computeNext(); // the next target's snapshot, then print()
    void print();
    void printByPractitioner();

    SystemClock m_clock;
    bool m_table = false;
    MetricsRequest m_request; // --clinic all: its dates are resolved once for every clinic
    QList<ClinicConnection> m_targets;
    QList<MetricsSnapshot> m_snapshots;
    bool m_byPractitioner = false;
    QList<PractitionerTable> m_tables; // --by practitioner: one per target
    QHash<RecordId, QString> m_names;  // practitioner names of the target being computed
    QList<QHash<RecordId, QString>> m_namesPerTarget;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
