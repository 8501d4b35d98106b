#pragma once

#include "domain/ids.h"
#include "forwardbookings.h"
#include "insightsettingsstore.h"
#include "lapsedpatients.h"
#include "patientdirectory.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace routiq {

// The JSON (and terminal table) shapes of `insights lapsed` and `insights forward`
// (docs/metrics.md "Insights"): ids are strings (64-bit PMS ids must not pass through double),
// dates ISO. The same shapes serve any later API, so they live here, not in the CLI.
class PracticeInsightsJson
{
public:
    // {"asOf", "minDays", "maxDays", "locationId", "practitionerId", "count", "patients": [...]};
    // `contacts` and `notes` add name, phone, contactedOn and outcome per row when given
    // (staff and admin only: the caller decides).
    static QJsonObject lapsed(const LapsedList &list, const PatientContacts *contacts,
                              const ContactNotes *notes);
    // {"asOf", "minDays", "maxDays", ..., "count"} without rows: what a read-only account may see.
    static QJsonObject lapsedCount(const LapsedList &list);
    static QString lapsedTable(const LapsedList &list, const PatientContacts *contacts,
                               const QHash<RecordId, QString> &practitionerNames);

    // {"asOf", "weeks": [{"weekStart", "practitioners": [{"practitionerId", "name", "bookings",
    //  "bookedMinutes", "capacityMinutes", "utilisation"}], "total": {...}}]}
    static QJsonObject forward(const ForwardBookings &forward,
                               const QHash<RecordId, QString> &practitionerNames);
    static QString forwardTable(const ForwardBookings &forward,
                                const QHash<RecordId, QString> &practitionerNames);

    // "All clinics": the group's count with each clinic's {"clinicId", "asOf", "count"}.
    static QJsonObject lapsedCountGroup(const QList<ClinicId> &clinics,
                                        const QList<LapsedList> &lists);
    // The clinics' weeks side by side (by position: each clinic's own current week): per week
    // every practitioner row tagged with its "clinicId", and the group total from the sums.
    static QJsonObject forwardGroup(const QList<ClinicId> &clinics,
                                    const QList<ForwardBookings> &forwards,
                                    const QList<QHash<RecordId, QString>> &names);
    // The weeks' totals of several clinics added up (practitioner rows dropped).
    static ForwardBookings combinedForward(const QList<ForwardBookings> &forwards);
};

} // namespace routiq
