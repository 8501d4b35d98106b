#pragma once

#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "insights/noshowsnapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace routiq {

class Clock;

// The no-show risk of a clinic's upcoming bookings, read from its cache on the calling thread:
// one computation and one JSON formatter for `routiq-cli insights no-show` and the REST API's
// GET /api/v1/clinics/{id}/insights/no-show. The caller checks (and audits) patient-level access
// first.
class NoShowAnswer
{
public:
    struct Result
    {
        NoShowSnapshot snapshot;
        QHash<RecordId, QString> practitionerNames; // for the table
        QTimeZone zone;                             // the clinic's "today" zone, for the table
    };
    // CACHE_EMPTY when the clinic never finished a sync; storage and model errors as they are.
    static std::optional<Result> compute(const QString &databasePath, const DatabaseKey &key,
                                         const ClinicConnection &connection, int days,
                                         const Clock *clock, RoutiqError *error);
    // The JSON body, with the risk bands of the settings (insights/elevatedRisk, highRisk).
    static QJsonObject toJson(const NoShowSnapshot &snapshot);
    static QString table(const Result &result);
};

} // namespace routiq
