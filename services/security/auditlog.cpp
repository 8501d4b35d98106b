#include "auditlog.h"

#include "auditanchor.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

AuditLog::AuditLog(QSqlDatabase db, const Clock *clock)
    : m_db(std::move(db)), m_clock(clock), m_policy(clock)
{}

RoutiqError AuditLog::storageError(const QString &details) const
{
    RoutiqError e;
    e.code = QStringLiteral("AUDIT_STORAGE");
    e.message = QCoreApplication::translate("routiq::AuditLog",
                                            "The audit log could not be written or read.");
    e.details = details;
    e.timestamp = m_clock->nowUtc();
    return e;
}

bool AuditLog::record(const ActingUser &who, AuditAction action, const QString &objectId,
                      const QString &details, RoutiqError *error)
{
    return recordAs(who.isValid() ? std::optional<qint64>(who.userId) : std::nullopt, who.username,
                    action, objectId, details, error);
}

bool AuditLog::recordAs(std::optional<qint64> userId, const QString &userName, AuditAction action,
                        const QString &objectId, const QString &details, RoutiqError *error)
{
    AuditEntry e;
    e.userId = userId;
    e.userName = userName;
    e.action = auditActionName(action);
    e.objectId = objectId;
    e.details = details;
    return append(std::move(e), error);
}

bool AuditLog::append(AuditEntry entry, RoutiqError *error)
{
    // Our own transaction when none is open, so the read of the last hash and the insert are
    // atomic against another process (routiq-cli) appending at the same time; otherwise the
    // caller's transaction covers both, and its rollback takes the entry with its change.
    const bool ownTransaction = m_db.transaction();
    auto fail = [&](const QString &why) {
        if (ownTransaction)
            m_db.rollback();
        qCWarning(lcSecurity) << "audit append failed:" << why;
        if (error)
            *error = storageError(why);
        return false;
    };

    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return fail(last.lastError().text());
    QByteArray previous = AuditEntry::genesisHash();
    entry.seq = 1;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        previous = last.value(1).toString().toLatin1();
    }
    last.finish();
    entry.atUtc = m_clock->nowUtc().toUTC();
    entry.hash = AuditEntry::chainHash(previous, entry);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at_ms, user_id, user_name, action, object_id, details, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.seq);
    insert.addBindValue(entry.atUtc.toMSecsSinceEpoch());
    insert.addBindValue(entry.userId ? QVariant(*entry.userId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    // A null QString binds as SQL NULL; the columns are NOT NULL, and "" hashes the same.
    auto text = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    insert.addBindValue(text(entry.userName));
    insert.addBindValue(text(entry.action));
    insert.addBindValue(text(entry.objectId));
    insert.addBindValue(text(entry.details));
    insert.addBindValue(QString::fromLatin1(entry.hash));
    if (!insert.exec())
        return fail(insert.lastError().text());
    if (ownTransaction && !m_db.commit())
        return fail(m_db.lastError().text());
    if (ownTransaction && m_anchor)
        m_anchor->update(*this); // a failure is logged; the entry itself is safely written
    return true;
}

std::optional<QList<AuditEntry>> AuditLog::list(const ActingUser &who, const QDateTime &since,
                                                RoutiqError *error)
{
    if (RoutiqError denied = m_policy.viewAudit(who); !denied.isNull()) {
        record(who, AuditAction::AccessDenied, {}, QStringLiteral("permission=view_audit"));
        if (error)
            *error = denied;
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id, details,"
                             " hash FROM audit_log WHERE at_ms >= ? ORDER BY seq"));
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec()) {
        if (error)
            *error = storageError(q.lastError().text());
        return std::nullopt;
    }
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        if (!q.value(2).isNull())
            e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.objectId = q.value(5).toString();
        e.details = q.value(6).toString();
        e.hash = q.value(7).toString().toLatin1();
        out.append(std::move(e));
    }
    q.finish();
    const QString range = since.isValid()
                              ? QStringLiteral("since=%1").arg(since.toUTC().toString(Qt::ISODate))
                              : QStringLiteral("since=start");
    if (!record(who, AuditAction::AuditViewed, {},
                QStringLiteral("%1 entries=%2").arg(range).arg(out.size()), error))
        return std::nullopt; // fail closed, like every other audited read
    return out;
}

AuditLog::Verification AuditLog::verify(const std::optional<Head> &expectedHead) const
{
    Verification v;
    auto broken = [&v](qint64 seq, QString reason) {
        v.ok = false;
        v.firstBrokenSeq = seq;
        v.reason = std::move(reason);
        return v;
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id,"
                               " details, hash FROM audit_log ORDER BY seq")))
        return broken(1,
                      QStringLiteral("the audit log cannot be read: %1").arg(q.lastError().text()));

    QByteArray previous = AuditEntry::genesisHash();
    qint64 expectedSeq = 1;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        if (!q.value(2).isNull())
            e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.objectId = q.value(5).toString();
        e.details = q.value(6).toString();
        const QByteArray stored = q.value(7).toString().toLatin1();
        ++v.entries;

        if (e.seq != expectedSeq)
            return broken(expectedSeq, QStringLiteral("entry %1 is missing").arg(expectedSeq));
        const QByteArray computed = AuditEntry::chainHash(previous, e);
        if (computed != stored)
            return broken(e.seq, QStringLiteral("entry %1 does not match its hash (edited, "
                                                "moved or inserted)")
                                     .arg(e.seq));
        if (expectedHead && e.seq == expectedHead->seq && stored != expectedHead->hash)
            return broken(e.seq,
                          QStringLiteral("entry %1 differs from the recorded head").arg(e.seq));
        previous = stored;
        ++expectedSeq;
    }
    if (expectedHead && expectedHead->seq >= expectedSeq)
        return broken(expectedSeq, QStringLiteral("entries from %1 on are missing (the log was "
                                                  "cut short)")
                                       .arg(expectedSeq));
    return v;
}

AuditLog::Head AuditLog::head() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) &&
        q.next())
        return {q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
    return {0, AuditEntry::genesisHash()};
}

std::optional<QByteArray> AuditLog::hashAt(qint64 seq) const
{
    if (seq == 0)
        return AuditEntry::genesisHash();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return q.value(0).toString().toLatin1();
    return std::nullopt;
}

} // namespace routiq
