#pragma once

#include "simulatorcore.h"
#include "simulatorstate.h"

#include <QHash>
#include <QSet>

namespace routiq {

// How a NookalSimulator behaves (key, type drift, page lengths, activity seed, zero dates).
struct NookalSimulatorOptions
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

// One request as the NookalSimulator logged it.
struct NookalSimulatorRequest
{
    QString method;                 // e.g. "getAppointments"
    QByteArray verb;                // "POST" or "GET"
    QHash<QString, QString> params; // decoded, api_key left out
    int status = 0;
};

using NookalSimulatorState = SimulatorState<NookalSimulatorOptions, NookalSimulatorRequest>;

// A local Nookal v2: serves a SimulatedClinic over plain HTTP on 127.0.0.1 in Nookal's shapes —
// POST form or GET query, api_key checked (failure envelope with HTTP 200), an HTML 404 page
// for unknown methods, page/page_length with settings.nextPage, type drift (numbers as strings
// or numbers, collections as arrays or objects keyed "0","1"), "1"/"0" booleans, wall-clock
// dates in each location's zone, last_modified and date_from/date_to filters, deleted
// (archived) appointments that simply vanish — plus fault injection and changes for tests
// (lifecycle, clock, activity and faults from SimulatorCore).
class NookalSimulator : public SimulatorCore, public NookalSimulatorState
{
    Q_OBJECT
public:
    explicit NookalSimulator(SimulatedClinic clinic, Options options = {},
                             QObject *parent = nullptr);

    // baseUrl(): http://127.0.0.1:<port>/production/v2; apiKey(), options() and the request log:
    // SimulatorState.

    // Changes for tests and the demo (0 / false when the record does not exist or cannot
    // change). A deleted appointment is archived in the clinic and vanishes from the feed.
    // The same, with the start as wall-clock time in the location's zone.
    RecordId addAppointmentAt(RecordId patientId, RecordId practitionerId, RecordId locationId,
                              RecordId appointmentTypeId, const QDate &date, const QTime &time);
    bool cancelAppointment(RecordId id);
    bool markDna(RecordId id);
    bool deleteAppointment(RecordId id);

private:
    using Reply = SimulatorReply;
    Reply answer(const QHttpServerRequest &request, QString *what) override;
    std::optional<Reply> faultReply(const SimulatorFault &fault) override;
    Reply respond(const QString &method, const QHash<QString, QString> &params);
    Reply route(const QString &method, const QHash<QString, QString> &params);
    template <typename Rows, typename Keep, typename Render>
    Reply list(const QString &method, const QString &key, const Rows &rows,
               const QHash<QString, QString> &params, Keep keep, Render render);

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
