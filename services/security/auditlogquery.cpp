#include "auditlogquery.h"

#include "accesspolicy.h"
#include "auditlog.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

namespace {

// The WHERE clause of a filter and its values, in order; only placeholders, never the values.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const AuditFilter &f, qint64 maxSeq = 0)
{
    if (f.untilSeq > 0 && (maxSeq <= 0 || f.untilSeq < maxSeq))
        maxSeq = f.untilSeq;
    QStringList parts;
    Where w;
    if (maxSeq > 0) {
        parts.append(QStringLiteral("seq <= ?"));
        w.values.append(maxSeq);
    }
    if (!f.userName.isEmpty()) {
        parts.append(QStringLiteral("user_name = ?"));
        w.values.append(f.userName);
    }
    if (!f.action.isEmpty()) {
        parts.append(QStringLiteral("action = ?"));
        w.values.append(f.action);
    }
    if (f.from.isValid()) {
        parts.append(QStringLiteral("at_ms >= ?"));
        w.values.append(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        parts.append(QStringLiteral("at_ms < ?"));
        w.values.append(f.to.toMSecsSinceEpoch());
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

} // namespace

QString AuditFilter::describe() const
{
    return QStringLiteral("user=%1 action=%2 from=%3 to=%4")
        .arg(userName.isEmpty() ? QStringLiteral("*") : userName.left(80),
             action.isEmpty() ? QStringLiteral("*") : action.left(40),
             from.isValid() ? from.toUTC().toString(Qt::ISODate) : QStringLiteral("start"),
             to.isValid() ? to.toUTC().toString(Qt::ISODate) : QStringLiteral("now"));
}

AuditLogQuery::AuditLogQuery(QSqlDatabase db, const AccessPolicy *policy, AuditLog *audit)
    : m_db(std::move(db)), m_policy(policy), m_audit(audit)
{}

qint64 AuditLogQuery::headSeq() const
{
    return m_audit->head().seq;
}

RoutiqError AuditLogQuery::storageError(const QString &details) const
{
    return RoutiqError::make(QStringLiteral("AUDIT_STORAGE"),
                             tr("The audit log could not be read."), details);
}

bool AuditLogQuery::authorize(const ActingUser &actor, const QString &what,
                              RoutiqError *error) const
{
    const RoutiqError denied = m_policy->viewAudit(actor);
    if (denied.isNull())
        return true;
    m_audit->record(actor, AuditAction::AccessDenied, {},
                    QStringLiteral("permission=view_audit %1").arg(what));
    if (error)
        *error = denied;
    return false;
}

std::optional<qint64> AuditLogQuery::count(const AuditFilter &filter, RoutiqError *error,
                                           qint64 maxSeq) const
{
    const Where w = whereOf(filter, maxSeq);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + w.sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = storageError(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> AuditLogQuery::open(const ActingUser &actor, const AuditFilter &filter,
                                          RoutiqError *error)
{
    if (!authorize(actor, QStringLiteral("viewer"), error))
        return std::nullopt;
    const auto n = count(filter, error);
    if (!n)
        return std::nullopt;
    if (!m_audit->record(actor, AuditAction::AuditViewed, {},
                         QStringLiteral("viewer %1 entries=%2").arg(filter.describe()).arg(*n),
                         error))
        return std::nullopt; // fail closed, like AuditLog::list
    return n;
}

std::optional<QList<AuditEntry>> AuditLogQuery::select(const AuditFilter &filter, bool newestFirst,
                                                       qint64 offset, int limit, RoutiqError *error,
                                                       qint64 maxSeq) const
{
    const Where w = whereOf(filter, maxSeq);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id, details,"
                       " hash FROM audit_log") +
        w.sql +
        (newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq")) +
        QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax<qint64>(0, offset));
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
    return out;
}

std::optional<QList<AuditEntry>> AuditLogQuery::page(const ActingUser &actor,
                                                     const AuditFilter &filter, qint64 offset,
                                                     int limit, RoutiqError *error) const
{
    if (!authorize(actor, QStringLiteral("viewer-page"), error))
        return std::nullopt;
    return select(filter, true, offset, limit, error);
}

std::optional<QStringList> AuditLogQuery::userNames(const ActingUser &actor,
                                                    RoutiqError *error) const
{
    if (!authorize(actor, QStringLiteral("viewer-users"), error))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    if (!q.exec()) {
        if (error)
            *error = storageError(q.lastError().text());
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QString AuditLogQuery::csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || v != value) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

bool AuditLogQuery::exportCsv(const ActingUser &actor, const AuditFilter &filter, QIODevice *out,
                              RoutiqError *error)
{
    if (!authorize(actor, QStringLiteral("export"), error))
        return false;
    // The file holds what was counted, not the export's own entry.
    const qint64 last = m_audit->head().seq;
    const auto n = count(filter, error, last);
    if (!n)
        return false;
    // Recorded before anything is written: an export nobody recorded must not happen.
    if (!m_audit->record(actor, AuditAction::AuditExported, {},
                         QStringLiteral("csv %1 rows=%2").arg(filter.describe()).arg(*n), error))
        return false;
    const auto write = [&](const QString &line) {
        return out->write((line + QLatin1String("\r\n")).toUtf8()) >= 0;
    };
    bool ok = write(QStringLiteral("seq,time_utc,user,action,object,details,hash"));
    constexpr int kChunk = 1000;
    for (qint64 offset = 0; ok && offset < *n; offset += kChunk) {
        const auto rows = select(filter, false, offset, kChunk, error, last);
        if (!rows)
            return false;
        for (const AuditEntry &e : *rows) {
            ok = ok &&
                 write(QStringList{QString::number(e.seq), e.atUtc.toString(Qt::ISODateWithMs),
                                   csvField(e.userName), csvField(e.action), csvField(e.objectId),
                                   csvField(e.details), QString::fromLatin1(e.hash)}
                           .join(QLatin1Char(',')));
        }
    }
    if (!ok && error)
        *error = RoutiqError::make(QStringLiteral("EXPORT_FAILED"),
                                   tr("The file could not be written."), out->errorString());
    return ok;
}

} // namespace routiq
