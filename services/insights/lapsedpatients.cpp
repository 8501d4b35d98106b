#include "lapsedpatients.h"

#include "metrics/appointmentindex.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace routiq {

namespace {

// The latest attended booking seen so far for one patient, and whether the patient has a
// booking after now (which takes them off the list whatever else holds).
struct PatientScan
{
    qint64 lastDay = 0;
    qint64 lastStartsAt = 0;
    RecordId lastId = 0;
    RecordId practitionerId = 0;
    RecordId locationId = 0;
    bool attended = false;
    bool bookedAfterNow = false;
};

// Orders attended bookings of one patient: the latest by local date decides L; between two on
// the same date the later instant (then the higher id) names the practitioner and location.
bool isLater(qint64 day, qint64 startsAt, RecordId id, const PatientScan &s)
{
    if (!s.attended)
        return true;
    if (day != s.lastDay)
        return day > s.lastDay;
    if (startsAt != s.lastStartsAt)
        return startsAt > s.lastStartsAt;
    return id > s.lastId;
}

} // namespace

bool LapsedPatientsFinder::validate(const LapsedQuery &query, QString *reason)
{
    if (query.minDays < 0 || query.maxDays > 3650 || query.minDays > query.maxDays) {
        *reason = QCoreApplication::translate(
            "routiq::LapsedPatientsFinder",
            "The days since the last visit run from 0 to 3650, minimum not above maximum.");
        return false;
    }
    return true;
}

LapsedList LapsedPatientsFinder::find(const AppointmentIndex &index, const QSet<RecordId> &archived,
                                      QDate today, qint64 nowUtcMSecs, const LapsedQuery &query)
{
    LapsedList result;
    result.asOf = today;
    result.query = query;
    if (!today.isValid() || query.minDays > query.maxDays)
        return result;
    const qint64 todayDay = today.toJulianDay();
    const qint64 firstDay = todayDay - query.maxDays;

    // Every attended booking from today - maxDays on (an L before that is too old whatever
    // comes later, and a later attended booking replaces it) and every booking after now.
    QHash<RecordId, PatientScan> scans;
    index.forEachDay(firstDay, std::numeric_limits<qint64>::max(),
                     [&](qint64 day, const std::vector<AppointmentIndex::Entry> &entries) {
                         for (const AppointmentIndex::Entry &e : entries) {
                             if (!e.isBooking())
                                 continue;
                             PatientScan &s = scans[e.patientId];
                             if (e.startsAtUtcMSecs > nowUtcMSecs)
                                 s.bookedAfterNow = true;
                             if (e.arrived && isLater(day, e.startsAtUtcMSecs, e.id, s)) {
                                 s.attended = true;
                                 s.lastDay = day;
                                 s.lastStartsAt = e.startsAtUtcMSecs;
                                 s.lastId = e.id;
                                 s.practitionerId = e.practitionerId;
                                 s.locationId = e.locationId;
                             }
                         }
                     });

    QHash<RecordId, qsizetype> rowOf;
    for (auto it = scans.cbegin(); it != scans.cend(); ++it) {
        const PatientScan &s = it.value();
        if (!s.attended || s.bookedAfterNow || archived.contains(it.key()))
            continue;
        const qint64 daysSince = todayDay - s.lastDay;
        if (daysSince < query.minDays || daysSince > query.maxDays)
            continue;
        if ((query.locationId && s.locationId != *query.locationId) ||
            (query.practitionerId && s.practitionerId != *query.practitionerId))
            continue;
        LapsedPatient row;
        row.patientId = it.key();
        row.lastVisit = QDate::fromJulianDay(s.lastDay);
        row.daysSince = int(daysSince);
        row.lastPractitionerId = s.practitionerId;
        row.lastLocationId = s.locationId;
        rowOf.insert(row.patientId, result.patients.size());
        result.patients.append(row);
    }

    // The last year's visits and misses of the listed patients, clinic-wide.
    if (!rowOf.isEmpty())
        index.forEachDay(todayDay - 364, todayDay,
                         [&](qint64, const std::vector<AppointmentIndex::Entry> &entries) {
                             for (const AppointmentIndex::Entry &e : entries) {
                                 if (!e.isBooking())
                                     continue;
                                 const auto row = rowOf.constFind(e.patientId);
                                 if (row == rowOf.cend())
                                     continue;
                                 LapsedPatient &p = result.patients[*row];
                                 if (e.arrived)
                                     ++p.attendedLast365;
                                 if (e.didNotArrive)
                                     ++p.missedLast365;
                             }
                         });

    std::sort(result.patients.begin(), result.patients.end(),
              [](const LapsedPatient &a, const LapsedPatient &b) {
                  return a.daysSince != b.daysSince ? a.daysSince < b.daysSince
                                                    : a.patientId < b.patientId;
              });
    return result;
}

} // namespace routiq
