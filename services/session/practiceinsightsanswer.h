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

class ClinicReader;
class Clock;
class InsightSettingsService;

// The practice manager's worklists and capacity figures read through a ClinicReader on the
// calling thread (a clinic's cache, or the clinic on the shared server): one computation for
// `routiq-cli [--server …] insights lapsed|forward` and the REST API's
// GET /api/v1/clinics/{id}/insights/lapsed|forward (PracticeInsightsJson shapes both). The
// caller checks (and, for the patient-level list, audits) access first where the store does
// not (the server does both itself). Without settings (the server keeps none yet) the working
// hours and contact notes are empty.
class PracticeInsightsAnswer
{
public:
    // The cache, synced at least once when `requireSynced` (CACHE_EMPTY otherwise), with the
    // filter ids checked against it (BAD_REQUEST for an unknown location or practitioner).
    static std::unique_ptr<ClinicReader>
    openCache(const QString &databasePath, const DatabaseKey &key,
              const ClinicConnection &connection, std::optional<RecordId> locationId,
              std::optional<RecordId> practitionerId, bool requireSynced, RoutiqError *error);
    // The same checks on a reader of any store: synced at least once (CACHE_EMPTY, with
    // `notSynced` as its message) and the filter ids known (BAD_REQUEST).
    static bool check(const ClinicReader &reader, const ClinicConnection &connection,
                      std::optional<RecordId> locationId, std::optional<RecordId> practitionerId,
                      bool requireSynced, const QString &notSynced, RoutiqError *error);

    static std::optional<LapsedList> lapsed(const ClinicReader &reader,
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
    static std::optional<LapsedDetails> lapsedDetails(const ClinicReader &reader,
                                                      const ClinicConnection &connection,
                                                      const LapsedList &list,
                                                      const InsightSettingsService *settings,
                                                      const ActingUser &user, RoutiqError *error);

    static std::optional<ForwardBookings>
    forward(const ClinicReader &reader, const ClinicConnection &connection,
            const ForwardQuery &query, const InsightSettingsService *settings,
            const ActingUser &user, const Clock *clock, RoutiqError *error);

    static QHash<RecordId, QString> practitionerNames(const ClinicReader &reader);
};

} // namespace routiq
