#include "auditedaccess.h"

#include "accesspolicy.h"
#include "auditrecorder.h"

namespace routiq {

AuditedAccess::AuditedAccess(const AccessPolicy *policy, AuditRecorder *audit)
    : m_policy(policy), m_audit(audit)
{}

RoutiqError AuditedAccess::guard(const ActingUser &user, Permission p, AuditAction action,
                                 const ClinicId &clinic, const QString &what) const
{
    RoutiqError denied = m_policy->check(user, p, clinic);
    if (!denied.isNull()) {
        // Recorded even when the write fails: the refusal stands either way.
        m_audit->record(user, AuditAction::AccessDenied, clinic,
                        QStringLiteral("permission=%1 %2").arg(permissionName(p), what), nullptr);
        return denied;
    }
    RoutiqError error;
    if (!m_audit->record(user, action, clinic, what, &error))
        return error; // fail closed: no unaudited access
    return {};
}

RoutiqError AuditedAccess::viewPatientLevel(const ActingUser &user, const ClinicId &clinic,
                                            const QString &what) const
{
    return guard(user, Permission::ViewPatientLevel, AuditAction::PatientLevelViewed, clinic, what);
}

RoutiqError AuditedAccess::exportPatientLevel(const ActingUser &user, const ClinicId &clinic,
                                              const QString &what) const
{
    return guard(user, Permission::ExportPatientLevel, AuditAction::ExportedPatientLevel, clinic,
                 what);
}

RoutiqError AuditedAccess::exportAggregates(const ActingUser &user, const ClinicId &clinic,
                                            const QString &what) const
{
    return guard(user, Permission::ExportAggregates, AuditAction::ExportedAggregates, clinic, what);
}

RoutiqError AuditedAccess::changeConnection(const ActingUser &user, const ClinicId &clinic,
                                            const QString &what) const
{
    return guard(user, Permission::ManageConnections, AuditAction::ConnectionChanged, clinic, what);
}

RoutiqError AuditedAccess::changeApiKey(const ActingUser &user, const ClinicId &clinic,
                                        const QString &what) const
{
    return guard(user, Permission::ManageApiKeys, AuditAction::ApiKeyChanged, clinic, what);
}

RoutiqError AuditedAccess::recordContactNote(const ActingUser &user, const ClinicId &clinic,
                                             const QString &what) const
{
    return guard(user, Permission::ViewPatientLevel, AuditAction::ContactNoteRecorded, clinic,
                 what);
}

} // namespace routiq
