#pragma once

#include "actinguser.h"
#include "auditaction.h"
#include "domain/routiqerror.h"
#include "permission.h"

#include <QString>

namespace routiq {

class AccessPolicy;
class AuditRecorder;

// The entry-point guard for everything the audit log must show: patient-level views, exports and
// settings changes. Each call checks the policy, then writes the audit entry — "access.denied" on
// refusal, the action itself when allowed — and returns a null error only when both succeeded,
// so nothing patient-level happens unrecorded. `what` names the object without patient data
// (e.g. "no-shows 2026-11-25", "csv rows=42"). The entries go to an AuditRecorder: the app's
// AuditLog, or the shared server's log (ServerAuditRecorder).
class AuditedAccess
{
public:
    AuditedAccess(const AccessPolicy *policy, AuditRecorder *audit);

    const AccessPolicy *policy() const { return m_policy; }

    RoutiqError viewPatientLevel(const ActingUser &user, const ClinicId &clinic,
                                 const QString &what) const;
    RoutiqError exportPatientLevel(const ActingUser &user, const ClinicId &clinic,
                                   const QString &what) const;
    RoutiqError exportAggregates(const ActingUser &user, const ClinicId &clinic,
                                 const QString &what) const;
    RoutiqError changeConnection(const ActingUser &user, const ClinicId &clinic,
                                 const QString &what) const;
    RoutiqError changeApiKey(const ActingUser &user, const ClinicId &clinic,
                             const QString &what) const;
    // A re-engagement note on a patient (patient-level: staff and admin).
    RoutiqError recordContactNote(const ActingUser &user, const ClinicId &clinic,
                                  const QString &what) const;

private:
    RoutiqError guard(const ActingUser &user, Permission permission, AuditAction action,
                      const ClinicId &clinic, const QString &what) const;

    const AccessPolicy *m_policy;
    AuditRecorder *m_audit;
};

} // namespace routiq
