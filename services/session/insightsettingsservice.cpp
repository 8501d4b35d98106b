#include "insightsettingsservice.h"

#include "core/clock.h"
#include "security/accesspolicy.h"
#include "security/auditedaccess.h"

namespace routiq {

InsightSettingsService::InsightSettingsService(InsightSettingsStore store,
                                               const AuditedAccess *access, const Clock *clock)
    : m_store(std::move(store)), m_access(access), m_clock(clock)
{}

std::optional<WorkingHoursMap> InsightSettingsService::workingHours(const ActingUser &user,
                                                                    const ClinicId &clinic,
                                                                    RoutiqError *error) const
{
    if (RoutiqError denied = m_access->policy()->check(user, Permission::ViewAggregates, clinic);
        !denied.isNull()) {
        *error = denied;
        return std::nullopt;
    }
    return m_store.workingHours(clinic, error);
}

bool InsightSettingsService::setWorkingHours(const ActingUser &user, const ClinicId &clinic,
                                             RecordId practitionerId, const WorkingHours &hours,
                                             RoutiqError *error)
{
    if (hours.isEmpty())
        return clearWorkingHours(user, clinic, practitionerId, error);
    if (RoutiqError denied =
            m_access->changeConnection(user, clinic,
                                       QStringLiteral("working hours practitioner %1: %2")
                                           .arg(practitionerId)
                                           .arg(hours.toString()));
        !denied.isNull()) {
        *error = denied;
        return false;
    }
    return m_store.setWorkingHours(clinic, practitionerId, hours, m_clock->nowUtc(), error);
}

bool InsightSettingsService::clearWorkingHours(const ActingUser &user, const ClinicId &clinic,
                                               RecordId practitionerId, RoutiqError *error)
{
    if (RoutiqError denied = m_access->changeConnection(
            user, clinic,
            QStringLiteral("working hours practitioner %1 cleared").arg(practitionerId));
        !denied.isNull()) {
        *error = denied;
        return false;
    }
    return m_store.clearWorkingHours(clinic, practitionerId, error);
}

std::optional<ContactNotes> InsightSettingsService::contactNotes(const ActingUser &user,
                                                                 const ClinicId &clinic,
                                                                 RoutiqError *error) const
{
    // Read as part of the worklist, whose opening is the audited view.
    if (RoutiqError denied = m_access->policy()->check(user, Permission::ViewPatientLevel, clinic);
        !denied.isNull()) {
        *error = denied;
        return std::nullopt;
    }
    return m_store.contactNotes(clinic, error);
}

bool InsightSettingsService::setContactNote(const ActingUser &user, const ClinicId &clinic,
                                            RecordId patientId, QDate contactedOn,
                                            const QString &outcome, RoutiqError *error)
{
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    if (!contactedOn.isValid() || contactedOn > today.addDays(1)) {
        *error = RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                   tr("The contact date must be a real date, not in the future."));
        return false;
    }
    if (outcome.size() > maxOutcomeLength) {
        *error =
            RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                              tr("The outcome is limited to %1 characters.").arg(maxOutcomeLength));
        return false;
    }
    if (RoutiqError denied =
            m_access->recordContactNote(user, clinic, QStringLiteral("patient %1").arg(patientId));
        !denied.isNull()) {
        *error = denied;
        return false;
    }
    return m_store.setContactNote(
        clinic, patientId,
        ContactNote{contactedOn, outcome.trimmed(), user.username, m_clock->nowUtc()}, error);
}

bool InsightSettingsService::clearContactNote(const ActingUser &user, const ClinicId &clinic,
                                              RecordId patientId, RoutiqError *error)
{
    if (RoutiqError denied = m_access->recordContactNote(
            user, clinic, QStringLiteral("patient %1 note cleared").arg(patientId));
        !denied.isNull()) {
        *error = denied;
        return false;
    }
    return m_store.clearContactNote(clinic, patientId, error);
}

} // namespace routiq
