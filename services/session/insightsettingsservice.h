#pragma once

#include "insights/insightsettingsstore.h"
#include "security/actinguser.h"

#include <QCoreApplication>

#include <optional>

namespace routiq {

class AuditedAccess;
class Clock;

// The one path (app and CLI) to practitioners' working hours and re-engagement notes. Checks
// the role here, not in the UI: hours are read by anyone who sees the clinic's figures and
// changed by admins only (audited as a connection change); notes are patient-level (staff and
// admin), and every saved note is audited without its text.
class InsightSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(routiq::InsightSettingsService)

public:
    static constexpr int maxOutcomeLength = 500;

    InsightSettingsService(InsightSettingsStore store, const AuditedAccess *access,
                           const Clock *clock);

    std::optional<WorkingHoursMap> workingHours(const ActingUser &user, const ClinicId &clinic,
                                                RoutiqError *error) const;
    bool setWorkingHours(const ActingUser &user, const ClinicId &clinic, RecordId practitionerId,
                         const WorkingHours &hours, RoutiqError *error);
    bool clearWorkingHours(const ActingUser &user, const ClinicId &clinic, RecordId practitionerId,
                           RoutiqError *error);

    std::optional<ContactNotes> contactNotes(const ActingUser &user, const ClinicId &clinic,
                                             RoutiqError *error) const;
    bool setContactNote(const ActingUser &user, const ClinicId &clinic, RecordId patientId,
                        QDate contactedOn, const QString &outcome, RoutiqError *error);
    bool clearContactNote(const ActingUser &user, const ClinicId &clinic, RecordId patientId,
                          RoutiqError *error);

private:
    InsightSettingsStore m_store;
    const AuditedAccess *m_access;
    const Clock *m_clock;
};

} // namespace routiq
