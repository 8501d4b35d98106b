#include "serverauditlog.h"

#include "servererror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace routiq {

bool ServerAuditLog::record(AuditAction action, const ClinicId &clinic, const QString &objectId,
                            const QJsonObject &detail, RoutiqError *error) const
{
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral("INSERT INTO audit_log (action, clinic_id, object_id, "
                                       "detail) VALUES (?, ?, ?, ?::jsonb)"));
    q.addBindValue(auditActionName(action));
    q.addBindValue(clinic.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : clinic);
    q.addBindValue(objectId.isEmpty() ? QStringLiteral("") : objectId); // '' not NULL
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    ok = ok && q.exec();
    if (!ok && error)
        *error = ServerError::fromSql(q.lastError(), QStringLiteral("writing the audit log"));
    return ok;
}

std::optional<QList<AuditEntry>> ServerAuditLog::list(const QDateTime &since,
                                                      RoutiqError *error) const
{
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral(
        "SELECT seq, (extract(epoch FROM at) * 1000)::bigint, actor, action, CASE WHEN "
        "object_id <> '' THEN object_id ELSE coalesce(clinic_id, '') END, detail::text FROM "
        "audit_log WHERE at >= to_timestamp(? / 1000.0) ORDER BY seq"));
    q.addBindValue(since.toMSecsSinceEpoch());
    ok = ok && q.exec();
    if (!ok) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the audit log"));
        return std::nullopt;
    }
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.objectId = q.value(4).toString();
        e.details = q.value(5).toString();
        entries << e;
    }
    return entries;
}

} // namespace routiq
