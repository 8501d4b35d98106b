#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "security/auditaction.h"
#include "security/auditentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace routiq {

// The shared server's audit_log (migration 2): every account may add an entry, whose actor
// (session_user) and time the server sets; admins read it; nobody edits it and only
// routiq_maintenance deletes old entries. The account and patient-list functions write their
// own entries in their transaction; this is for what the client itself refuses or does.
class ServerAuditLog
{
public:
    explicit ServerAuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // `detail` never names a patient.
    bool record(AuditAction action, const ClinicId &clinic, const QString &objectId,
                const QJsonObject &detail, RoutiqError *error) const;
    // Entries from `since` on, oldest first, as the local log's entries: seq, time, actor,
    // action, the object (or else the clinic) and the detail JSON as text. Admins only (the
    // server refuses anyone else: SERVER_PERMISSION_DENIED).
    std::optional<QList<AuditEntry>> list(const QDateTime &since, RoutiqError *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace routiq
