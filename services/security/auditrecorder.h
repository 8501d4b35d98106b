#pragma once

#include "actinguser.h"
#include "auditaction.h"
#include "domain/routiqerror.h"

#include <QString>

namespace routiq {

// Where AuditedAccess writes what it allowed or refused: the app's hash-chained AuditLog on one
// PC, the shared server's audit_log in shared mode (ServerAuditRecorder). `objectId` is what
// AuditedAccess names (the clinic), `details` what was done; neither ever names a patient. A
// false return means the entry is not recorded: AuditedAccess then refuses (fail closed).
class AuditRecorder
{
public:
    virtual ~AuditRecorder() = default;
    virtual bool record(const ActingUser &who, AuditAction action, const QString &objectId,
                        const QString &details, RoutiqError *error) = 0;
};

} // namespace routiq
