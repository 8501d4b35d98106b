#pragma once

#include "clinicactivity.h"
#include "simulatedclinic.h"
#include "simulatorfault.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;

namespace routiq {

class SimulatorHttpServer;

// A local Nookal v2: serves a SimulatedClinic over plain HTTP on 127.0.0.1 in Nookal's shapes —
// POST form or GET query, api_key checked (failure envelope with HTTP 200), an HTML 404 page
// for unknown methods, page/page_length with settings.nextPage, type drift (numbers as strings
// or numbers, collections as arrays or objects keyed "0","1"), "1"/"0" booleans, wall-clock
// dates in each location's zone, last_modified and date_from/date_to filters, deleted
// (archived) appointments that simply vanish — plus fault injection and changes for tests.
class NookalSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString apiKey = QStringLiteral("routiq-demo-nookal-key");
        bool typeDrift = true; // alternate shapes from one request to the next
        int defaultPageLength = 100;
        int maxPageLength = 200;
        quint64 activitySeed = 11;
        // Appointments served with Nookal's zero date ("0000-00-00"), a row that cannot be
        // placed in time: the adapter skips it, and a reconcile must not take it for deleted.
        QSet<qint64> zeroDateAppointments;
    };

    struct RequestRecord
    {
        QString method;                 // e.g. "getAppointments"
        QByteArray verb;                // "POST" or "GET"
        QHash<QString, QString> params; // decoded, api_key left out
        int status = 0;
    };

    explicit NookalSimulator(SimulatedClinic clinic, QObject *parent = nullptr);
    NookalSimulator(SimulatedClinic clinic, Options options, QObject *parent = nullptr);
    ~NookalSimulator() override;

    // Listens on 127.0.0.1; port 0 = any free port. False when the port cannot be bound.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>/production/v2
    QString apiKey() const { return m_options.apiKey; }
    Options &options() { return m_options; }

    QDateTime now() const; // whole seconds; the wall clock unless a fixed time is set
    void setFixedNow(const QDateTime &utc);

    const SimulatedClinic &clinic() const { return m_clinic; }

    // Changes for tests and the demo (0 / false when the record does not exist or cannot
    // change). A deleted appointment is archived in the clinic and vanishes from the feed.
    RecordId addAppointment(RecordId patientId, RecordId practitionerId, RecordId locationId,
                            RecordId appointmentTypeId, const QDateTime &startsAtUtc);
    // The same, with the start as wall-clock time in the location's zone.
    RecordId addAppointmentAt(RecordId patientId, RecordId practitionerId, RecordId locationId,
                              RecordId appointmentTypeId, const QDate &date, const QTime &time);
    bool cancelAppointment(RecordId id);
    bool markDna(RecordId id);
    bool markArrived(RecordId id);
    bool deleteAppointment(RecordId id);
    QList<RecordId> tick(int count = 3); // random front-desk activity
    void startLiveActivity(int intervalMs = 3'000, int changesPerTick = 2);
    void stopLiveActivity();

    void injectFault(const SimulatorFault &fault, int count = 1);
    void injectFault(SimulatorFault::Kind kind, int count = 1);
    void clearFaults() { m_faults.clear(); }
    int pendingFaults() const { return int(m_faults.size()); }

    int requestCount() const { return int(m_requests.size()); }
    const QList<RequestRecord> &requests() const { return m_requests; }
    void clearRequestLog() { m_requests.clear(); }

signals:
    void requestServed(const QString &method, int status);
    void dataChanged(const QList<qint64> &appointmentIds);

private:
    struct Reply;
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply respond(const QString &method, const QHash<QString, QString> &params);
    Reply route(const QString &method, const QHash<QString, QString> &params);
    template <typename Rows, typename Keep, typename Render>
    Reply list(const QString &method, const QString &key, const Rows &rows,
               const QHash<QString, QString> &params, Keep keep, Render render);
    bool changed(bool ok, RecordId id);

    SimulatedClinic m_clinic;
    Options m_options;
    ClinicActivity m_activity;
    std::unique_ptr<SimulatorHttpServer> m_server;
    quint16 m_port = 0;
    QDateTime m_fixedNow;
    QTimer *m_liveTimer = nullptr;
    int m_changesPerTick = 2;
    QList<SimulatorFault> m_faults;
    QList<RequestRecord> m_requests;
    quint64 m_served = 0; // drives the type drift
    enum class ListShare
    {
        All,
        Third,
        None
    };
    ListShare m_listShare = ListShare::All; // this request's EmptyList/ShortList fault
};

} // namespace routiq
