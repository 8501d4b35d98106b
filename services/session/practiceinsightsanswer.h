#pragma once

#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "insights/forwardbookings.h"
#include "insights/insightsettingsstore.h"
#include "insights/lapsedpatients.h"
#include "insights/patientdirectory.h"
#include "security/actinguser.h"

#include <QHash>

#include <memory>
#include <optional>

namespace routiq {

class ClinicDatabaseReader;
class Clock;
class InsightSettingsService;

// The practice manager's worklists and capacity figures read from a clinic's cache on the
// calling thread: one computation for `routiq-cli insights lapsed|forward` and the REST API's
// GET /api/v1/clinics/{id}/insights/lapsed|forward (PracticeInsightsJson shapes both). The
// caller checks (and, for the patient-level list, audits) access first.
class PracticeInsightsAnswer
{
public:
    // The cache, synced at least once when `requireSynced` (CACHE_EMPTY otherwise), with the
    // filter ids checked against it (BAD_REQUEST for an unknown location or practitioner).
    static std::unique_ptr<ClinicDatabaseReader>
    openCache(const QString &databasePath, const DatabaseKey &key,
              const ClinicConnection &connection, std::optional<RecordId> locationId,
              std::optional<RecordId> practitionerId, bool requireSynced, RoutiqError *error);

    static std::optional<LapsedList> lapsed(const ClinicDatabaseReader &reader,
                                            const ClinicConnection &connection,
                                            const LapsedQuery &query, const Clock *clock,
                                            RoutiqError *error);
    // What the full worklist shows beside each patient: contact details and the notes staff
    // recorded (the notes through the settings service, for `user`).
    struct LapsedDetails
    {
        PatientContacts contacts;
        ContactNotes notes;
    };
    static std::optional<LapsedDetails> lapsedDetails(const ClinicDatabaseReader &reader,
                                                      const ClinicConnection &connection,
                                                      const LapsedList &list,
                                                      const InsightSettingsService &settings,
                                                      const ActingUser &user, RoutiqError *error);

    static std::optional<ForwardBookings>
    forward(const ClinicDatabaseReader &reader, const ClinicConnection &connection,
            const ForwardQuery &query, const InsightSettingsService &settings,
            const ActingUser &user, const Clock *clock, RoutiqError *error);

    static QHash<RecordId, QString> practitionerNames(const ClinicDatabaseReader &reader);
};

} // namespace routiq
