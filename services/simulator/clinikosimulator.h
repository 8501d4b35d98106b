#pragma once

#include "clinicactivity.h"
#include "simulatedclinic.h"
#include "simulatorfault.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <deque>
#include <memory>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;

namespace routiq {

class SimulatorHttpServer;

// A local Cliniko: serves the documented v1 read API over plain HTTP on 127.0.0.1 from a
// SimulatedClinic — Basic auth and User-Agent checks, hidden cancelled/archived rows unless
// ":*", q[] date filters, sort, page/per_page with links, string ids, /settings,
// /practitioners/inactive, a per-key rate limit answering 429 with X-RateLimit-Reset — plus
// live activity (tick) and fault injection for tests and the demo.
class ClinikoSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString apiKey = QStringLiteral("routiq-demo-key-au1");
        bool requireUserAgent = true; // "Name (email)" or 403
        bool rateLimitEnabled = true;
        int rateLimitRequests = 200; // per key per window (Cliniko: 200/min)
        qint64 rateLimitWindowMs = 60'000;
        bool advancedTimeZones = true; // businesses carry time_zone(_identifier)
        quint64 activitySeed = 7;
    };

    struct RequestRecord
    {
        QString path;  // e.g. "/v1/individual_appointments"
        QString query; // decoded
        int status = 0;
        qint64 receivedMs = 0; // on the simulator's monotonic timer
    };

    explicit ClinikoSimulator(SimulatedClinic clinic, QObject *parent = nullptr);
    ClinikoSimulator(SimulatedClinic clinic, Options options, QObject *parent = nullptr);
    ~ClinikoSimulator() override;

    // Listens on 127.0.0.1; port 0 = any free port. False when the port cannot be bound.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1
    QString apiKey() const { return m_options.apiKey; }
    Options &options() { return m_options; }

    // The simulated "now": the wall clock (whole seconds) unless a fixed time is set.
    QDateTime now() const;
    void setFixedNow(const QDateTime &utc); // invalid = back to the wall clock

    const SimulatedClinic &clinic() const { return m_clinic; }

    // Live activity: `count` random front-desk changes now, each bumping updated_at.
    QList<RecordId> tick(int count = 3);
    void startLiveActivity(int intervalMs = 3'000, int changesPerTick = 2);
    void stopLiveActivity();

    // Explicit changes for tests (false / 0 when the record does not exist or cannot change).
    RecordId addAppointment(RecordId patientId, RecordId practitionerId, RecordId businessId,
                            RecordId appointmentTypeId, const QDateTime &startsAtUtc);
    bool cancelAppointment(RecordId id, int reason = 50, const QString &note = {});
    bool archiveAppointment(RecordId id);
    bool markDidNotArrive(RecordId id);
    bool markArrived(RecordId id);
    bool rescheduleAppointment(RecordId id, const QDateTime &newStartUtc);
    bool editAppointmentNotes(RecordId id, const QString &notes);
    bool archivePatient(RecordId id);
    bool deactivatePractitioner(RecordId id);

    // Fault injection: the next requests (one per fault, in order) misbehave.
    void injectFault(const SimulatorFault &fault, int count = 1);
    void injectFault(SimulatorFault::Kind kind, int count = 1);
    void clearFaults();
    int pendingFaults() const { return int(m_faults.size()); }

    void setRateLimit(int requests, qint64 windowMs);
    void setRateLimitEnabled(bool enabled);

    // What arrived, for tests that count requests.
    int requestCount() const { return int(m_requests.size()); }
    int countStatus(int status) const;
    const QList<RequestRecord> &requests() const { return m_requests; }
    void clearRequestLog() { m_requests.clear(); }
    qint64 elapsedMs() const { return m_uptime.elapsed(); }

signals:
    void requestServed(const QString &path, int status);
    void dataChanged(const QList<qint64> &appointmentIds);

private:
    struct Reply;
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply respond(const QHttpServerRequest &request);
    Reply route(const QHttpServerRequest &request);
    Reply checkAccess(const QHttpServerRequest &request);
    template <typename Rows, typename Visible, typename Render>
    Reply list(const QHttpServerRequest &request, const QString &path, const QString &key,
               const Rows &rows, const QStringList &searchable, Visible visible,
               Render render) const;
    void changed(QList<RecordId> ids);

    SimulatedClinic m_clinic;
    Options m_options;
    ClinicActivity m_activity;
    std::unique_ptr<SimulatorHttpServer> m_server;
    quint16 m_port = 0;
    QDateTime m_fixedNow;
    QTimer *m_liveTimer = nullptr;
    int m_changesPerTick = 2;
    QList<SimulatorFault> m_faults;
    QHash<QString, std::deque<qint64>> m_rateWindows; // key -> accepted request times (ms)
    QElapsedTimer m_uptime;
    QList<RequestRecord> m_requests;
    quint64 m_dataVersion = 0;  // bumped by every change
    mutable QString m_orderKey; // the list query whose matching rows m_order holds
    mutable quint64 m_orderVersion = 0;
    mutable std::vector<qsizetype> m_order;
};

} // namespace routiq
