#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "insights/forwardbookings.h"
#include "insights/lapsedpatients.h"
#include "session/appcontext.h"
#include "shared/serverconninfo.h"

#include <functional>

namespace routiq {
class ClinicReader;
}

namespace routiq::cli {

// The practice manager's worklists and capacity figures (docs/metrics.md "Insights"), as --user:
//   insights lapsed --clinic ID [--min-days N] [--max-days N] [--location ID]
//                   [--practitioner ID] [--count] [--format json|table]
//       the re-engagement worklist; patient-level (staff, admin; audited), --count for any role;
//   insights forward --clinic ID [--weeks N] [--location ID] [--format json|table]
//       bookings, booked time and utilisation of the next ISO weeks;
//   `--clinic all` (lapsed --count, forward): every clinic the account may see, with the
//       group's sums and each clinic's own figures;
//   practitioner hours --clinic ID [--practitioner ID] --show | --set "Mon 08:00-17:00, ..." |
//       --clear   working hours (admins change them; audited).
// With --server (issue 16) `insights lapsed|forward` read the clinic on the shared server as
// the --user account: the server decides what it sees and audits the worklist's names itself.
// The working hours and contact notes are kept per PC so far: none on the server.
class PracticeInsightsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    enum class Mode
    {
        Lapsed,
        LapsedCount,
        Forward,
        HoursShow,
        HoursSet,
        HoursClear
    };
    bool parseArgs(const QStringList &args);
    void run();
    void runOnServer();
    // --clinic all: only with the group figures, and without one clinic's filter ids.
    bool allowsAllClinics();
    // Opens the clinic's reader (its cache, or the server's; synced at least once; checks the
    // filter ids) and calls `work`.
    void withCache(const ClinicConnection &connection,
                   std::function<void(const ClinicReader &reader)> work);
    void runLapsed(const ClinicConnection &connection, const ClinicReader &reader);
    void runForward(const ClinicConnection &connection, const ClinicReader &reader);
    void runHours(const ClinicReader *readerOrNull);
    // The signed-in account of the folder (none on the server: the server knows who it is).
    ActingUser actingUser() const { return m_login ? m_login->user() : ActingUser(); }
    void nextTarget(); // the next clinic's figures, then printResults()
    void printResults();

    SystemClock m_clock;
    Mode m_mode = Mode::Lapsed;
    QString m_clinicId;
    bool m_table = false;
    LapsedQuery m_lapsed;
    ForwardQuery m_forward;
    std::optional<RecordId> m_practitionerId; // hours
    QString m_hoursText;
    QList<ClinicConnection> m_targets; // one clinic, or every visible one for --clinic all
    QList<LapsedList> m_counts;        // --count: one per target
    QList<ForwardBookings> m_forwardResults;
    QList<QHash<RecordId, QString>> m_names; // practitioner names per target
    std::optional<ServerConnInfo> m_server;  // --server
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
