#pragma once

#include "simulatorcore.h"
#include "simulatorstate.h"

#include <QHash>

#include <deque>
#include <vector>

namespace routiq {

// How a ClinikoSimulator behaves (key, User-Agent rule, rate limit, zones, activity seed).
struct ClinikoSimulatorOptions
{
    QString apiKey = QStringLiteral("routiq-demo-key-au1");
    bool requireUserAgent = true; // "Name (email)" or 403
    bool rateLimitEnabled = true;
    int rateLimitRequests = 200; // per key per window (Cliniko: 200/min)
    qint64 rateLimitWindowMs = 60'000;
    bool advancedTimeZones = true; // businesses carry time_zone(_identifier)
    quint64 activitySeed = 7;
};

// One request as the ClinikoSimulator logged it.
struct ClinikoSimulatorRequest
{
    QString path;  // e.g. "/v1/individual_appointments"
    QString query; // decoded
    int status = 0;
    qint64 receivedMs = 0; // on the simulator's monotonic timer
};

using ClinikoSimulatorState = SimulatorState<ClinikoSimulatorOptions, ClinikoSimulatorRequest>;

// A local Cliniko: serves the documented v1 read API over plain HTTP on 127.0.0.1 from a
// SimulatedClinic — Basic auth and User-Agent checks, hidden cancelled/archived rows unless
// ":*", q[] date filters, sort, page/per_page with links, string ids, /settings,
// /practitioners/inactive, a per-key rate limit answering 429 with X-RateLimit-Reset — plus
// live activity (tick) and fault injection for tests and the demo (both from SimulatorCore).
class ClinikoSimulator : public SimulatorCore, public ClinikoSimulatorState
{
    Q_OBJECT
public:
    explicit ClinikoSimulator(SimulatedClinic clinic, Options options = {},
                              QObject *parent = nullptr);

    // baseUrl(): http://127.0.0.1:<port>/v1; apiKey(), options() and the request log:
    // SimulatorState.

    // Explicit changes for tests (false / 0 when the record does not exist or cannot change).
    bool cancelAppointment(RecordId id, int reason = 50, const QString &note = {});
    bool rescheduleAppointment(RecordId id, const QDateTime &newStartUtc);
    bool editAppointmentNotes(RecordId id, const QString &notes);
    bool archivePatient(RecordId id);
    bool deactivatePractitioner(RecordId id);

    void setRateLimit(int requests, qint64 windowMs);
    void setRateLimitEnabled(bool enabled);

private:
    using Reply = SimulatorReply;
    Reply answer(const QHttpServerRequest &request, QString *what) override;
    std::optional<Reply> faultReply(const SimulatorFault &fault) override;
    Reply route(const QHttpServerRequest &request);
    Reply checkAccess(const QHttpServerRequest &request);
    template <typename Rows, typename Visible, typename Render>
    Reply list(const QHttpServerRequest &request, const QString &path, const QString &key,
               const Rows &rows, const QStringList &searchable, Visible visible,
               Render render) const;

    QHash<QString, std::deque<qint64>> m_rateWindows; // key -> accepted request times (ms)
    mutable QString m_orderKey; // the list query whose matching rows m_order holds
    mutable quint64 m_orderVersion = 0;
    mutable std::vector<qsizetype> m_order;
};

} // namespace routiq
