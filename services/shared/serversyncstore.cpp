#include "serversyncstore.h"

#include "changenotice.h"
#include "core/logging.h"
#include "serverconnection.h"
#include "servererror.h"
#include "sharedschema.h"
#include "storage/clinicpagewriter.h"
#include "storage/clinicsyncstate.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace routiq {

std::unique_ptr<ServerSyncStore> ServerSyncStore::open(const ServerConnInfo &server,
                                                       const ClinicId &clinic,
                                                       const QTimeZone &defaultTimeZone,
                                                       RoutiqError *error)
{
    auto connection = ServerConnection::open(server, error);
    if (!connection)
        return nullptr;
    if (const RoutiqError schema = SharedSchema::checkCurrent(connection->database());
        !schema.isNull()) {
        if (error)
            *error = schema;
        return nullptr;
    }
    QSqlQuery known(connection->database());
    known.prepare(QStringLiteral("SELECT 1 FROM clinics WHERE id = ?"));
    known.addBindValue(clinic);
    if (!known.exec()) {
        if (error)
            *error = ServerError::fromSql(known.lastError(), QStringLiteral("reading the clinics"));
        return nullptr;
    }
    if (!known.next()) {
        if (error)
            *error = RoutiqError::make(
                errorCodeName(ErrorCode::UnknownClinic),
                QCoreApplication::translate("routiq::ServerSyncStore",
                                            "The server has no clinic with this id."),
                clinic);
        return nullptr;
    }
    known.finish();
    std::unique_ptr<ServerSyncStore> store(
        new ServerSyncStore(std::move(connection), clinic, defaultTimeZone));
    if (!store->loadLocationZones()) {
        if (error)
            *error = ServerError::other(QStringLiteral("loading location zones"));
        return nullptr;
    }
    return store;
}

ServerSyncStore::ServerSyncStore(std::unique_ptr<ServerConnection> connection, ClinicId clinic,
                                 const QTimeZone &defaultZone)
    : m_connection(std::move(connection)), m_scope(ClinicScope::clinic(std::move(clinic))),
      m_resolver(defaultZone)
{}

ServerSyncStore::~ServerSyncStore() = default;

QString ServerSyncStore::connectionName() const
{
    return m_connection->name();
}

bool ServerSyncStore::loadLocationZones()
{
    return ClinicSyncState(m_connection->database(), m_scope).loadLocationZones(&m_resolver);
}

bool ServerSyncStore::rollbackWith(const QSqlError &sqlError, const QString &what,
                                   RoutiqError *error)
{
    m_connection->database().rollback();
    m_pendingSequence = 0;
    loadLocationZones(); // forget zones of locations that were not committed
    const RoutiqError mapped = ServerError::fromSql(sqlError, what);
    qCWarning(lcStorage) << "server write rolled back:" << mapped.code << mapped.details;
    if (error)
        *error = mapped;
    return false;
}

bool ServerSyncStore::numberChange(const QSqlDatabase &db, const ClinicId &clinic,
                                   const ChangeSet &changes, qint64 *sequence, QSqlError *error)
{
    if (changes.isEmpty())
        return true;
    QList<qint64> days(changes.localJulianDays.cbegin(), changes.localJulianDays.cend());
    std::sort(days.begin(), days.end());
    QStringList text;
    for (qint64 day : std::as_const(days))
        text << QString::number(day);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO clinic_changes (clinic_id, committed_at, "
                             "local_julian_days, record_count) VALUES (?, ?, ?::bigint[], ?) "
                             "RETURNING seq"));
    q.addBindValue(clinic);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString(u'{' + text.join(u',') + u'}'));
    q.addBindValue(changes.recordCount);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *sequence = q.value(0).toLongLong();
    q.finish();
    // Viewers LISTEN on this channel; PostgreSQL delivers it when this transaction commits.
    ChangeNotice notice;
    notice.clinic = clinic;
    notice.seq = *sequence;
    for (qint64 day : std::as_const(days))
        notice.dates.append(QDate::fromJulianDay(day));
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString::fromLatin1(ChangeNotice::channel));
    notify.addBindValue(QString::fromUtf8(notice.toPayload()));
    if (!notify.exec()) {
        *error = notify.lastError();
        return false;
    }
    return true;
}

bool ServerSyncStore::recordChange(const ChangeSet &changes, QSqlError *error)
{
    return numberChange(m_connection->database(), m_scope.clinicId(), changes, &m_pendingSequence,
                        error);
}

bool ServerSyncStore::applyPage(const PmsPage &page, const SyncCheckpoint &checkpoint,
                                ChangeSet *changes, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("starting a page"), error);
    ChangeSet local;
    ClinicPageWriter writer(db, &m_resolver, m_scope);
    if (!writer.writePage(page, checkpoint, &local))
        return rollbackWith(writer.lastError(), writer.step(), error);
    QSqlError sqlError;
    if (!recordChange(local, &sqlError))
        return rollbackWith(sqlError, QStringLiteral("numbering a change"), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("committing a page"), error);
    if (m_pendingSequence)
        m_lastSequence = std::exchange(m_pendingSequence, 0);
    if (changes)
        changes->merge(local);
    return true;
}

bool ServerSyncStore::removeAppointments(const QList<RecordId> &ids, ChangeSet *changes,
                                         RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("starting a removal"), error);
    ChangeSet local;
    ClinicPageWriter writer(db, &m_resolver, m_scope);
    if (!writer.removeAppointments(ids, &local))
        return rollbackWith(writer.lastError(), writer.step(), error);
    QSqlError sqlError;
    if (!recordChange(local, &sqlError))
        return rollbackWith(sqlError, QStringLiteral("numbering a change"), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("committing a removal"), error);
    if (m_pendingSequence)
        m_lastSequence = std::exchange(m_pendingSequence, 0);
    if (changes)
        changes->merge(local);
    return true;
}

std::optional<QSet<RecordId>> ServerSyncStore::appointmentIdsBetween(QDate from, QDate to,
                                                                     RoutiqError *error) const
{
    QSqlError sqlError;
    auto ids = ClinicSyncState(m_connection->database(), m_scope)
                   .appointmentIdsBetween(from, to, &sqlError);
    if (!ids && error)
        *error = ServerError::fromSql(sqlError, QStringLiteral("reading a reconcile window"));
    return ids;
}

std::optional<SyncCheckpoint> ServerSyncStore::checkpoint(ResourceKind kind) const
{
    return ClinicSyncState(m_connection->database(), m_scope).checkpoint(kind);
}

QDateTime ServerSyncStore::lastSuccessfulSync() const
{
    return ClinicSyncState(m_connection->database(), m_scope).lastSuccessfulSync();
}

bool ServerSyncStore::setLastSuccessfulSync(const QDateTime &utc, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("saving the sync time"), error);
    QSqlError sqlError;
    if (!ClinicSyncState(db, m_scope).saveLastSuccessfulSync(utc, &sqlError))
        return rollbackWith(sqlError, QStringLiteral("saving the sync time"), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("saving the sync time"), error);
    return true;
}

} // namespace routiq
