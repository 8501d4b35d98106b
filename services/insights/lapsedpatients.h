#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QSet>

#include <optional>

namespace routiq {

class AppointmentIndex;

// What the re-engagement worklist asks for (docs/metrics.md "Lapsed patients").
struct LapsedQuery
{
    int minDays = 21;                       // today - L >= minDays (inclusive)
    int maxDays = 180;                      // today - L <= maxDays (inclusive)
    std::optional<RecordId> locationId;     // the latest attended booking's location
    std::optional<RecordId> practitionerId; // the latest attended booking's practitioner

    friend bool operator==(const LapsedQuery &, const LapsedQuery &) = default;
};

// One row of the worklist: no patient name or phone here (those are patient-level and read
// separately, for staff and admin only).
struct LapsedPatient
{
    RecordId patientId = 0;
    QDate lastVisit; // L: the local date of the latest attended booking
    int daysSince = 0;
    RecordId lastPractitionerId = 0;
    RecordId lastLocationId = 0;
    int attendedLast365 = 0; // attended bookings with local date in (today - 365, today]
    int missedLast365 = 0;   // missed (DNA) bookings in the same window

    friend bool operator==(const LapsedPatient &, const LapsedPatient &) = default;
};

struct LapsedList
{
    QDate asOf; // "today"
    LapsedQuery query;
    QList<LapsedPatient> patients; // daysSince ascending, then patient id

    friend bool operator==(const LapsedList &, const LapsedList &) = default;
};

// Finds the lapsed patients in an AppointmentIndex. It reads only the days from today - maxDays
// on (every attended booking that could be a later L, and every booking after now) and the last
// 365 days for the counts, so it costs a fraction of the history.
class LapsedPatientsFinder
{
public:
    // `archived` holds the ids of patients archived in the PMS; `today` is the local date of
    // reading 11 and `nowUtcMSecs` the current instant ("starts after now").
    static LapsedList find(const AppointmentIndex &index, const QSet<RecordId> &archived,
                           QDate today, qint64 nowUtcMSecs, const LapsedQuery &query);

    // Clamps and checks a query: 0 <= minDays <= maxDays <= 3650; false with a reason otherwise.
    static bool validate(const LapsedQuery &query, QString *reason);
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::LapsedQuery)
Q_DECLARE_METATYPE(routiq::LapsedList)
