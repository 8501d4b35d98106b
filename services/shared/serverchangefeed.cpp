#include "serverchangefeed.h"

#include "changenotice.h"
#include "core/logging.h"
#include "serverconnection.h"
#include "servererror.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace routiq {

ServerChangeFeed::ServerChangeFeed(ServerConnInfo server, ClinicId clinic, Options options,
                                   QObject *parent)
    : QObject(parent), m_server(std::move(server)), m_clinic(std::move(clinic)),
      m_options(std::move(options)), m_retryMs(m_options.firstRetryMs)
{
    qRegisterMetaType<QList<routiq::ServerChangeFeed::Change>>();
    qRegisterMetaType<routiq::ServerChangeFeed::State>();
    if (!m_options.schedule)
        m_options.schedule = [this](int delayMs, std::function<void()> run) {
            QTimer::singleShot(delayMs, this, std::move(run));
        };
}

ServerChangeFeed::~ServerChangeFeed()
{
    stop();
}

void ServerChangeFeed::start(qint64 afterSeq)
{
    m_lastSeq = afterSeq;
    setState(State::Connecting);
    connectNow();
}

void ServerChangeFeed::stop()
{
    ++m_epoch;
    m_connection.reset();
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

void ServerChangeFeed::setState(State state, const RoutiqError &error)
{
    if (state == m_state && error.isNull())
        return;
    m_state = state;
    emit stateChanged(state, error);
}

void ServerChangeFeed::connectNow()
{
    const quint64 epoch = ++m_epoch;
    m_connection.reset();
    RoutiqError error;
    auto connection = m_credentials ? ServerConnection::open(m_server, *m_credentials, &error)
                                    : ServerConnection::open(m_server, &error);
    if (!connection) {
        lose(error);
        return;
    }
    QSqlDriver *driver = connection->database().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(ChangeNotice::channel))) {
        lose(ServerError::fromSql(driver->lastError(), QStringLiteral("subscribing to changes")));
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this, epoch](const QString &name, QSqlDriver::NotificationSource,
                          const QVariant &payload) {
                if (epoch == m_epoch)
                    onNotification(name, payload);
            });
    m_connection = std::move(connection);
    // Subscribed first, then read: a change committed in between is in the read or notified.
    if (!catchUp(&error)) {
        lose(error);
        return;
    }
    m_retryMs = m_options.firstRetryMs;
    setState(State::Live);
    scheduleHeartbeat();
}

void ServerChangeFeed::scheduleHeartbeat()
{
    const quint64 epoch = m_epoch;
    m_options.schedule(m_options.heartbeatMs, [this, epoch] {
        if (epoch != m_epoch || m_state != State::Live)
            return;
        checkNow();
        if (epoch == m_epoch && m_state == State::Live)
            scheduleHeartbeat();
    });
}

void ServerChangeFeed::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1String(ChangeNotice::channel))
        return;
    const auto notice = ChangeNotice::fromPayload(payload.toString());
    if (notice && (notice->clinic != m_clinic || notice->seq <= m_lastSeq))
        return; // another clinic's, or already read
    checkNow();
}

void ServerChangeFeed::checkNow()
{
    if (m_state != State::Live || !m_connection)
        return;
    RoutiqError error;
    if (!catchUp(&error))
        lose(error);
}

void ServerChangeFeed::lose(const RoutiqError &error)
{
    qCWarning(lcStorage) << "change feed lost the server:" << error.code << error.details;
    ++m_epoch;
    m_connection.reset();
    setState(State::Reconnecting, error);
    const int delay = m_retryMs;
    m_retryMs = std::min(m_retryMs * 2, m_options.maxRetryMs);
    const quint64 epoch = m_epoch;
    m_options.schedule(delay, [this, epoch] {
        if (epoch == m_epoch && m_state == State::Reconnecting)
            connectNow();
    });
}

QList<QDate> ServerChangeFeed::datesOf(const QList<Change> &changes)
{
    QList<QDate> dates;
    for (const Change &c : changes)
        dates += c.dates;
    return dates;
}

bool ServerChangeFeed::catchUp(RoutiqError *error)
{
    QSqlQuery q(m_connection->database());
    if (m_lastSeq < 0) {
        q.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM clinic_changes WHERE "
                                 "clinic_id = ?"));
        q.addBindValue(m_clinic);
        if (!q.exec() || !q.next()) {
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the changes"));
            return false;
        }
        m_lastSeq = q.value(0).toLongLong();
        emit caughtUp();
        return true;
    }
    q.prepare(QStringLiteral("SELECT seq, local_julian_days::text, record_count FROM "
                             "clinic_changes WHERE clinic_id = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(m_clinic);
    q.addBindValue(m_lastSeq);
    if (!q.exec()) {
        *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the changes"));
        return false;
    }
    QList<Change> changes;
    while (q.next()) {
        Change c;
        c.seq = q.value(0).toLongLong();
        QString days = q.value(1).toString();
        days.remove(u'{').remove(u'}');
        for (const QString &day : days.split(u',', Qt::SkipEmptyParts))
            c.dates.append(QDate::fromJulianDay(day.toLongLong()));
        c.recordCount = q.value(2).toInt();
        changes.append(c);
    }
    if (!changes.isEmpty()) {
        m_lastSeq = changes.last().seq;
        emit changed(changes);
    }
    emit caughtUp();
    return true;
}

} // namespace routiq
