#pragma once

#include "clinicactivity.h"
#include "simulatedclinic.h"
#include "simulatorfault.h"
#include "simulatorreply.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;

namespace routiq {

class SimulatorHttpServer;

// What the Cliniko and Nookal simulators share, so each keeps only its API shapes: the
// loopback server's lifecycle, the simulated "now" (fixed or wall clock), live front-desk
// activity on a timer, the fault queue (Slow and TruncatedJson applied here, the others shaped
// by the protocol), change notification and sending replies (Nagle off, delayed replies only
// to a socket still connected).
class SimulatorCore : public QObject
{
    Q_OBJECT
public:
    ~SimulatorCore() override;

    // Listens on 127.0.0.1; port 0 = any free port. False when the port cannot be bound.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port><base path>

    // The simulated "now": the wall clock (whole seconds) unless a fixed time is set.
    QDateTime now() const;
    void setFixedNow(const QDateTime &utc); // invalid = back to the wall clock

    const SimulatedClinic &clinic() const { return m_clinic; }

    // Live activity: `count` random front-desk changes now, each bumping updated_at.
    QList<RecordId> tick(int count = 3);
    void startLiveActivity(int intervalMs = 3'000, int changesPerTick = 2);
    void stopLiveActivity();

    // Adds an appointment (0 when a referenced record does not exist).
    RecordId addAppointment(RecordId patientId, RecordId practitionerId, RecordId locationId,
                            RecordId appointmentTypeId, const QDateTime &startsAtUtc);

    // Front-desk changes both PMSs have (false when the appointment does not exist or cannot
    // change that way).
    bool markArrived(RecordId id);
    bool markDidNotArrive(RecordId id);
    bool archiveAppointment(RecordId id); // Nookal: deleted, gone from the feed

    // Fault injection: the next requests (one per fault, in order) misbehave.
    void injectFault(const SimulatorFault &fault, int count = 1);
    void injectFault(SimulatorFault::Kind kind, int count = 1);
    void clearFaults() { m_faults.clear(); }
    int pendingFaults() const { return int(m_faults.size()); }

    qint64 elapsedMs() const { return m_uptime.elapsed(); } // since construction

signals:
    // `what`: the request's path (Cliniko) or method (Nookal).
    void requestServed(const QString &what, int status);
    void dataChanged(const QList<qint64> &appointmentIds);

protected:
    // `name` for the log ("Cliniko"); `basePath` the API's root ("/v1").
    SimulatorCore(SimulatedClinic clinic, quint64 activitySeed, QString name, QString basePath,
                  QObject *parent);

    // The protocol's answer to one request. Sets *what for requestServed and logs the request.
    virtual SimulatorReply answer(const QHttpServerRequest &request, QString *what) = 0;
    // The protocol's reply for a fault of its own shape, or nullopt to answer normally (a
    // fault it does not show, or one that only changes the normal answer).
    virtual std::optional<SimulatorReply> faultReply(const SimulatorFault &fault) = 0;

    // Takes the first pending fault that `due` accepts (null = the first) and answers under
    // it: Slow delays and TruncatedJson halves `normal()`; the other kinds ask faultReply().
    SimulatorReply underFault(const std::function<bool(const SimulatorFault &)> &due,
                              const std::function<SimulatorReply()> &normal);
    // A RateLimited fault's reset time: its own, else a minute from now.
    QDateTime resetTime(const SimulatorFault &fault) const;

    // After a change to m_clinic: bumps dataVersion() and emits dataChanged.
    void changed(const QList<RecordId> &ids);
    // changed({id}) when `ok`; returns `ok` (for the one-line test changes).
    bool changedIf(bool ok, RecordId id);
    quint64 dataVersion() const { return m_dataVersion; }

    SimulatedClinic m_clinic;

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QString m_name;
    QString m_basePath;
    ClinicActivity m_activity;
    std::unique_ptr<SimulatorHttpServer> m_server;
    quint16 m_port = 0;
    QDateTime m_fixedNow;
    QTimer *m_liveTimer = nullptr;
    int m_changesPerTick = 2;
    QList<SimulatorFault> m_faults;
    QElapsedTimer m_uptime;
    quint64 m_dataVersion = 0;
};

} // namespace routiq
