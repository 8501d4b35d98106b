// The re-engagement worklist against hand-computed expectations (docs/metrics.md "Lapsed
// patients"): each patient below is built to sit on one edge of one rule.
#include "factbuilder.h"
#include "insights/lapsedpatients.h"
#include "metrics/appointmentindex.h"

#include "testapp.h"

using namespace routiq;
using namespace routiq::test;

namespace {

// Today is Monday 2026-04-27 in Sydney; now is 10:00 that morning.
const QDate today(2026, 4, 27);
const qint64 now = local("2026-04-27T10:00").toMSecsSinceEpoch();

QDateTime daysAgoAt(int days, const char *time = "09:00")
{
    const QString wall =
        today.addDays(-days).toString(Qt::ISODate) + QLatin1Char('T') + QLatin1String(time);
    return local(wall.toLatin1().constData());
}

LapsedList lapsedOf(const QList<AppointmentFact> &facts, const LapsedQuery &query = {},
                    const QSet<RecordId> &archived = {})
{
    AppointmentIndex index;
    index.reset(facts);
    return LapsedPatientsFinder::find(index, archived, today, now, query);
}

QList<RecordId> idsOf(const LapsedList &list)
{
    QList<RecordId> ids;
    for (const LapsedPatient &p : list.patients)
        ids.append(p.patientId);
    return ids;
}

} // namespace

TEST_CASE("a patient last seen exactly minDays or maxDays ago is lapsed, one day either side not")
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 101, daysAgoAt(21))),  // exactly minDays
        attended(booking(2, 102, daysAgoAt(20))),  // one day too fresh
        attended(booking(3, 103, daysAgoAt(180))), // exactly maxDays
        attended(booking(4, 104, daysAgoAt(181))), // one day too old
    };
    const LapsedList list = lapsedOf(facts);
    CHECK(list.asOf == today);
    CHECK(idsOf(list) == QList<RecordId>{101, 103});
    REQUIRE(list.patients.size() == 2);
    CHECK(list.patients[0].daysSince == 21);
    CHECK(list.patients[0].lastVisit == today.addDays(-21));
    CHECK(list.patients[1].daysSince == 180);
}

TEST_CASE("any booking after now takes a patient off the list, a cancelled one does not")
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 201, daysAgoAt(40))),
        booking(2, 201, local("2026-05-04T09:00")), // future, unmarked: not lapsed
        attended(booking(3, 202, daysAgoAt(40))),
        cancelled(booking(4, 202, local("2026-05-04T09:00")), daysAgoAt(1)), // cancelled: lapsed
        attended(booking(5, 203, daysAgoAt(40))),
        deleted(booking(6, 203, local("2026-05-04T09:00"))), // deleted: counts nowhere
        attended(booking(7, 204, daysAgoAt(40))),
        booking(8, 204, local("2026-04-27T09:30")), // earlier today, unmarked: not after now
        attended(booking(9, 205, daysAgoAt(40))),
        booking(10, 205, local("2026-04-27T10:30")), // later today: after now
    };
    CHECK(idsOf(lapsedOf(facts)) == QList<RecordId>{202, 203, 204});
}

TEST_CASE("a DNA after the last attended visit leaves L at the visit and is counted as missed")
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 301, daysAgoAt(100))),
        attended(booking(2, 301, daysAgoAt(60))),
        missed(booking(3, 301, daysAgoAt(30))),
        booking(4, 301, daysAgoAt(25)), // past, never marked: neither attended nor missed
        attended(booking(5, 301, daysAgoAt(400))), // outside the last year
        missed(booking(6, 301, daysAgoAt(365))),   // today - 365: outside (the window is open)
        missed(booking(7, 301, daysAgoAt(364))),   // inside
    };
    const LapsedList list = lapsedOf(facts);
    REQUIRE(list.patients.size() == 1);
    const LapsedPatient &p = list.patients.first();
    CHECK(p.lastVisit == today.addDays(-60));
    CHECK(p.daysSince == 60);
    CHECK(p.attendedLast365 == 2);
    CHECK(p.missedLast365 == 2);
}

TEST_CASE("neither an archived patient nor one without an attended booking is lapsed")
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 401, daysAgoAt(50))),
        attended(booking(2, 402, daysAgoAt(50))),
        missed(booking(3, 403, daysAgoAt(50))),
    };
    CHECK(idsOf(lapsedOf(facts, {}, {402})) == QList<RecordId>{401});
}

TEST_CASE("narrowing follows the latest attended booking's location and practitioner")
{
    const QList<AppointmentFact> facts = {
        // Patient 501: last seen at location 2 by practitioner 20, earlier at 1 by 10.
        attended(booking(1, 501, daysAgoAt(90), sydney(), 1, 10)),
        attended(booking(2, 501, daysAgoAt(30), sydney(), 2, 20)),
        // Patient 502: two attended bookings on L; the later one (16:00) names location 1.
        attended(booking(3, 502, daysAgoAt(45, "16:00"), sydney(), 1, 10)),
        attended(booking(4, 502, daysAgoAt(45, "08:00"), sydney(), 2, 20)),
    };
    LapsedQuery atOne;
    atOne.locationId = 1;
    CHECK(idsOf(lapsedOf(facts, atOne)) == QList<RecordId>{502});
    LapsedQuery byTwenty;
    byTwenty.practitionerId = 20;
    CHECK(idsOf(lapsedOf(facts, byTwenty)) == QList<RecordId>{501});
    const LapsedList all = lapsedOf(facts);
    REQUIRE(all.patients.size() == 2);
    CHECK(all.patients[0].lastLocationId == 2);
    CHECK(all.patients[0].lastPractitionerId == 20);
    CHECK(all.patients[1].lastLocationId == 1);
    // The last-year counts are the patient's, clinic-wide, whatever the narrowing.
    CHECK(lapsedOf(facts, atOne).patients.first().attendedLast365 == 2);
}

TEST_CASE("the list is ordered by days since the last visit, then patient id")
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 603, daysAgoAt(30))),
        attended(booking(2, 601, daysAgoAt(50))),
        attended(booking(3, 602, daysAgoAt(30))),
    };
    CHECK(idsOf(lapsedOf(facts)) == QList<RecordId>{602, 603, 601});
}

TEST_CASE("days since the last visit are calendar days across a DST change")
{
    // DST ended 2026-04-05 in Sydney. A visit on Saturday 2026-04-04 at 23:30 local (13:30 UTC)
    // is 23 calendar days before 2026-04-27 whatever the clock did in between.
    const QList<AppointmentFact> facts = {attended(booking(1, 701, local("2026-04-04T23:30")))};
    const LapsedList list = lapsedOf(facts);
    REQUIRE(list.patients.size() == 1);
    CHECK(list.patients.first().lastVisit == QDate(2026, 4, 4));
    CHECK(list.patients.first().daysSince == 23);
}

TEST_CASE("custom min and max days are applied and bad bounds are refused")
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 801, daysAgoAt(10))),
        attended(booking(2, 802, daysAgoAt(200))),
    };
    LapsedQuery wide;
    wide.minDays = 0;
    wide.maxDays = 365;
    CHECK(idsOf(lapsedOf(facts, wide)) == QList<RecordId>{801, 802});
    QString reason;
    LapsedQuery inverted;
    inverted.minDays = 30;
    inverted.maxDays = 20;
    CHECK_FALSE(LapsedPatientsFinder::validate(inverted, &reason));
    CHECK_FALSE(reason.isEmpty());
    CHECK(LapsedPatientsFinder::validate(wide, &reason));
}
