#include "simulatorcore.h"

#include "core/logging.h"
#include "simulatorhttpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace routiq {

SimulatorCore::SimulatorCore(SimulatedClinic clinic, quint64 activitySeed, QString name,
                             QString basePath, QObject *parent)
    : QObject(parent), m_clinic(std::move(clinic)), m_name(std::move(name)),
      m_basePath(std::move(basePath)), m_activity(activitySeed), m_liveTimer(new QTimer(this))
{
    m_uptime.start();
    connect(m_liveTimer, &QTimer::timeout, this, [this] { tick(m_changesPerTick); });
}

SimulatorCore::~SimulatorCore() = default;

bool SimulatorCore::start(quint16 port)
{
    m_server = std::make_unique<SimulatorHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        qCWarning(lcSimulator) << m_name << "simulator could not listen on port" << port;
        m_server.reset();
        return false;
    }
    qCInfo(lcSimulator) << m_name << "simulator listening on" << baseUrl().toString();
    return true;
}

QUrl SimulatorCore::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + m_basePath);
}

QDateTime SimulatorCore::now() const
{
    const QDateTime t = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

void SimulatorCore::setFixedNow(const QDateTime &utc)
{
    m_fixedNow = utc.isValid() ? utc.toUTC() : QDateTime();
}

// --- live activity and changes ------------------------------------------------------------

void SimulatorCore::changed(const QList<RecordId> &ids)
{
    ++m_dataVersion;
    emit dataChanged(ids);
}

bool SimulatorCore::changedIf(bool ok, RecordId id)
{
    if (ok)
        changed({id});
    return ok;
}

RecordId SimulatorCore::addAppointment(RecordId patientId, RecordId practitionerId,
                                       RecordId locationId, RecordId appointmentTypeId,
                                       const QDateTime &startsAtUtc)
{
    const RecordId id = m_clinic.addAppointment(patientId, practitionerId, locationId,
                                                appointmentTypeId, startsAtUtc, now());
    changedIf(id != 0, id);
    return id;
}

bool SimulatorCore::markArrived(RecordId id)
{
    return changedIf(m_clinic.markArrived(id, now()), id);
}

bool SimulatorCore::markDidNotArrive(RecordId id)
{
    return changedIf(m_clinic.markDidNotArrive(id, now()), id);
}

bool SimulatorCore::archiveAppointment(RecordId id)
{
    return changedIf(m_clinic.archiveAppointment(id, now()), id);
}

QList<RecordId> SimulatorCore::tick(int count)
{
    const QList<RecordId> ids = m_activity.apply(m_clinic, now(), count);
    changed(ids);
    return ids;
}

void SimulatorCore::startLiveActivity(int intervalMs, int changesPerTick)
{
    m_changesPerTick = changesPerTick;
    m_liveTimer->start(intervalMs);
}

void SimulatorCore::stopLiveActivity()
{
    m_liveTimer->stop();
}

// --- faults -------------------------------------------------------------------------------

void SimulatorCore::injectFault(const SimulatorFault &fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.append(fault);
}

void SimulatorCore::injectFault(SimulatorFault::Kind kind, int count)
{
    SimulatorFault fault;
    fault.kind = kind;
    injectFault(fault, count);
}

QDateTime SimulatorCore::resetTime(const SimulatorFault &fault) const
{
    return fault.resetAt.isValid() ? fault.resetAt : now().addSecs(60);
}

SimulatorReply SimulatorCore::underFault(const std::function<bool(const SimulatorFault &)> &due,
                                         const std::function<SimulatorReply()> &normal)
{
    int delayMs = 0;
    bool truncate = false;
    const auto next = std::find_if(m_faults.begin(), m_faults.end(),
                                   [&due](const SimulatorFault &f) { return !due || due(f); });
    if (next != m_faults.end()) {
        const SimulatorFault fault = *next;
        m_faults.erase(next);
        if (fault.kind == SimulatorFault::Kind::Slow)
            delayMs = fault.delayMs;
        else if (fault.kind == SimulatorFault::Kind::TruncatedJson)
            truncate = true;
        else if (std::optional<SimulatorReply> reply = faultReply(fault))
            return *reply;
    }
    SimulatorReply reply = normal();
    reply.delayMs = delayMs;
    if (truncate)
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

// --- HTTP ---------------------------------------------------------------------------------

void SimulatorCore::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QString what;
    const SimulatorReply reply = answer(request, &what);
    emit requestServed(what, reply.status);

    auto response = std::make_shared<QHttpServerResponse>(
        reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response->addHeader(name, value);
    // Answers go out in several writes; without this, Nagle's algorithm and delayed ACKs on
    // loopback add ~40 ms to some replies (for every simulator: it is set here, once).
    if (QTcpSocket *socket = responder.socket())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (reply.delayMs <= 0) {
        response->write(std::move(responder));
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(reply.delayMs, this, [pending, response, socket] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            response->write(std::move(*pending));
    });
}

} // namespace routiq
