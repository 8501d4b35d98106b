#include "auditlog.h"

#include "auditanchor.h"
#include "auditcounter.h"
#include "auditforwarder.h"

#include "secrets/auditkey.h"

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
    if (!last.exec(
            QStringLiteral("SELECT seq, hash, mac FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return fail(last.lastError().text());
    QByteArray previous = AuditEntry::genesisHash();
    bool previousKeyed = false;
    entry.seq = 1;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        previous = last.value(1).toString().toLatin1();
        previousKeyed = !last.value(2).toString().isEmpty();
    }
    last.finish();
    QSqlQuery recorded(m_db);
    if (!recorded.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")))
        return fail(recorded.lastError().text());
    const bool hasRecord = recorded.next();
    // The head record moves only forward along the chain it names, like the anchor: after a
    // cut (or with the record deleted under keyed entries) it is left as the evidence.
    const bool moveRecord = hasRecord ? recorded.value(0).toLongLong() == entry.seq - 1 &&
                                            recorded.value(1).toString().toLatin1() == previous
                                      : !previousKeyed;
    recorded.finish();
    if (!hasMacKey() && (hasRecord || previousKeyed)) {
        // An unkeyed entry after keyed ones would read as tampering; refuse instead (fail
        // closed: the caller's action is refused with it).
        if (ownTransaction)
            m_db.rollback();
        qCWarning(lcSecurity) << "audit append refused: the log is keyed and no key is set";
        if (error) {
            *error = storageError(QStringLiteral("no audit key"));
            error->code = QStringLiteral("AUDIT_KEY_MISSING");
        }
        return false;
    }
    if (hasMacKey() && !moveRecord)
        qCWarning(lcSecurity) << "the audit log's head record does not name its last entry -"
                              << "left alone";
    entry.atUtc = m_clock->nowUtc().toUTC();
    entry.hash = AuditEntry::chainHash(previous, entry);
    if (hasMacKey())
        entry.mac = AuditKey::mac(m_macKey, AuditEntry::macMessage(entry.hash));

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at_ms, user_id, user_name, action, object_id, details, hash,"
        " mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    insert.addBindValue(entry.mac.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(QString::fromLatin1(entry.mac)));
    if (!insert.exec())
        return fail(insert.lastError().text());
    if (hasMacKey() && moveRecord) {
        // The database's own record of its last entry, in the same transaction: entries cut
        // off the end contradict it, and nobody without the key can move it back.
        const Head head{entry.seq, entry.hash};
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO audit_head (id, seq, hash, mac) VALUES (1, ?, ?, ?)"));
        record.addBindValue(head.seq);
        record.addBindValue(QString::fromLatin1(head.hash));
        record.addBindValue(QString::fromLatin1(headMac(m_macKey, "head", head)));
        if (!record.exec())
            return fail(record.lastError().text());
    }
    if (ownTransaction && !m_db.commit())
        return fail(m_db.lastError().text());
    if (ownTransaction && m_anchor)
        m_anchor->update(*this); // a failure is logged; the entry itself is safely written
    if (ownTransaction && m_counter)
        m_counter->update(); // asynchronous, forward only
    if (ownTransaction && m_forwarder)
        m_forwarder->forwardNew(*this);
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
    v.macsChecked = hasMacKey();
    auto broken = [&v](const char *code, qint64 seq, QString reason) {
        v.ok = false;
        v.code = QLatin1String(code);
        v.firstBrokenSeq = seq;
        v.reason = std::move(reason);
        return v;
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id,"
                               " details, hash, mac FROM audit_log ORDER BY seq")))
        return broken(AuditCode::kChainBroken, 1,
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
        const QByteArray mac = q.value(8).toString().toLatin1();
        ++v.entries;

        if (e.seq != expectedSeq)
            return broken(AuditCode::kChainBroken, expectedSeq,
                          QStringLiteral("entry %1 is missing").arg(expectedSeq));
        const QByteArray computed = AuditEntry::chainHash(previous, e);
        if (computed != stored)
            return broken(AuditCode::kChainBroken, e.seq,
                          QStringLiteral("entry %1 does not match its hash (edited, "
                                         "moved or inserted)")
                              .arg(e.seq));
        if (mac.isEmpty()) {
            if (v.firstKeyedSeq > 0)
                return broken(AuditCode::kMacMismatch, e.seq,
                              QStringLiteral("entry %1 has no MAC although entry %2 before it "
                                             "has one (written or rewritten without the key)")
                                  .arg(e.seq)
                                  .arg(v.firstKeyedSeq));
            ++v.legacyEntries;
        } else {
            if (v.firstKeyedSeq == 0)
                v.firstKeyedSeq = e.seq;
            if (hasMacKey() && !AuditKey::verify(m_macKey, AuditEntry::macMessage(stored), mac))
                return broken(AuditCode::kMacMismatch, e.seq,
                              QStringLiteral("entry %1 does not match its MAC (rewritten, the "
                                             "chain recomputed without the key)")
                                  .arg(e.seq));
        }
        if (expectedHead && e.seq == expectedHead->seq && stored != expectedHead->hash)
            return broken(AuditCode::kChainBroken, e.seq,
                          QStringLiteral("entry %1 differs from the recorded head").arg(e.seq));
        previous = stored;
        ++expectedSeq;
    }
    q.finish();
    const qint64 last = expectedSeq - 1;
    if (expectedHead && expectedHead->seq > last)
        return broken(AuditCode::kTailCut, expectedSeq,
                      QStringLiteral("entries from %1 on are missing (the log was cut short)")
                          .arg(expectedSeq));
    if (v.firstKeyedSeq == 0)
        return v; // a legacy log: no head record to compare with yet

    // The database's head record, written with every keyed entry.
    QSqlQuery h(m_db);
    if (!h.exec(QStringLiteral("SELECT seq, hash, mac FROM audit_head WHERE id = 1")))
        return broken(
            AuditCode::kChainBroken, last,
            QStringLiteral("the audit head record cannot be read: %1").arg(h.lastError().text()));
    if (!h.next())
        return broken(AuditCode::kTailCut, last,
                      QStringLiteral("the log's own head record is gone (entries may have been "
                                     "cut off the end)"));
    const Head recorded{h.value(0).toLongLong(), h.value(1).toString().toLatin1()};
    const QByteArray recordedMac = h.value(2).toString().toLatin1();
    h.finish();
    if (hasMacKey() && !headMacMatches(m_macKey, "head", recorded, recordedMac))
        return broken(AuditCode::kMacMismatch, recorded.seq,
                      QStringLiteral("the log's head record does not match its MAC"));
    if (recorded.seq > last)
        return broken(AuditCode::kTailCut, last + 1,
                      QStringLiteral("the log ends at entry %1 but its own head record says "
                                     "%2: entries from %3 on were removed")
                          .arg(last)
                          .arg(recorded.seq)
                          .arg(last + 1));
    if (hashAt(recorded.seq) != recorded.hash)
        return broken(
            AuditCode::kChainBroken, recorded.seq,
            QStringLiteral("entry %1 differs from the log's head record").arg(recorded.seq));
    if (recorded.seq < last)
        return broken(AuditCode::kMacMismatch, recorded.seq + 1,
                      QStringLiteral("entries after %1 were not written by Routiq (the head "
                                     "record does not know them)")
                          .arg(recorded.seq));
    return v;
}

namespace {
QByteArray headMessage(const char *purpose, const AuditLog::Head &head)
{
    return QByteArrayLiteral("routiq.audit.") + purpose + ".v1\n" + QByteArray::number(head.seq) +
           '\n' + head.hash;
}
} // namespace

QByteArray AuditLog::headMac(const QByteArray &key, const char *purpose, const Head &head)
{
    return AuditKey::mac(key, headMessage(purpose, head));
}

bool AuditLog::headMacMatches(const QByteArray &key, const char *purpose, const Head &head,
                              const QByteArray &mac)
{
    return AuditKey::verify(key, headMessage(purpose, head), mac);
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

bool AuditLog::isKeyed(qint64 seq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    return q.exec() && q.next() && !q.value(0).isNull() && !q.value(0).toString().isEmpty();
}

QList<AuditEntry> AuditLog::entriesAfter(qint64 seq) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id, details,"
                             " hash, mac FROM audit_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(seq);
    if (!q.exec())
        return out;
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
        e.mac = q.value(8).toString().toLatin1();
        out.append(std::move(e));
    }
    return out;
}

} // namespace routiq
