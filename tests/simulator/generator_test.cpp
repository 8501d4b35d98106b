#include "simulator/clinicgenerator.h"
#include "testapp.h"

#include <QSet>
#include <QTimeZone>

#include <map>

using namespace routiq;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
}

const SimulatedClinic &defaultClinic()
{
    static const SimulatedClinic clinic = [] {
        ClinicGenerator::Params p;
        p.now = fixedNow();
        return ClinicGenerator::generate(p);
    }();
    return clinic;
}

} // namespace

TEST_CASE("the same seed always builds the same clinic, another seed a different one")
{
    ClinicGenerator::Params p;
    p.now = fixedNow();
    p.patientCount = 200;
    p.historyDays = 40;
    const SimulatedClinic a = ClinicGenerator::generate(p);
    const SimulatedClinic b = ClinicGenerator::generate(p);
    CHECK(a.expectedAppointments() == b.expectedAppointments());
    CHECK(a.expectedPatients() == b.expectedPatients());
    p.seed += 1;
    const SimulatedClinic c = ClinicGenerator::generate(p);
    CHECK_FALSE(a.expectedAppointments() == c.expectedAppointments());
}

TEST_CASE("the default clinic has two zones, inactive staff, thousands of patients, two years")
{
    const SimulatedClinic &clinic = defaultClinic();
    REQUIRE(clinic.businesses.size() == 2);
    CHECK(clinic.businesses[0].timeZoneId != clinic.businesses[1].timeZoneId);
    CHECK(std::count_if(clinic.practitioners.cbegin(), clinic.practitioners.cend(),
                        [](const SimPractitioner &p) { return !p.active; }) >= 1);
    CHECK(clinic.practitioners.size() >= 6);
    CHECK(clinic.patients.size() >= 2'000);
    CHECK(clinic.appointments.size() > 20'000);

    QDateTime first = clinic.appointments.first().startsAt, last = first;
    for (const SimAppointment &a : clinic.appointments) {
        first = std::min(first, a.startsAt);
        last = std::max(last, a.startsAt);
    }
    CHECK(first.daysTo(fixedNow()) >= 720);
    CHECK(fixedNow().daysTo(last) >= 28);
    CHECK(fixedNow().daysTo(last) <= 43);
}

TEST_CASE("ids are unique 19-digit numbers growing with creation, and references resolve")
{
    const SimulatedClinic &clinic = defaultClinic();
    QSet<RecordId> ids;
    RecordId previous = 0;
    for (const SimAppointment &a : clinic.appointments) {
        REQUIRE(QString::number(a.id).size() == 19);
        REQUIRE(a.id > previous);
        previous = a.id;
        ids.insert(a.id);
        REQUIRE(clinic.patient(a.patientId));
        REQUIRE(clinic.business(a.businessId));
        REQUIRE(clinic.appointmentType(a.appointmentTypeId));
        REQUIRE(a.updatedAt >= a.createdAt);
        REQUIRE(a.updatedAt <= fixedNow());
        REQUIRE(a.createdAt <= fixedNow());
    }
    CHECK(ids.size() == clinic.appointments.size());
    for (const SimPractitioner &p : clinic.practitioners) {
        if (p.active)
            continue;
        for (const SimAppointment &a : clinic.appointments) {
            if (a.practitionerId == p.id)
                REQUIRE(a.startsAt.date() <= p.lastWorkingDay.addDays(1));
        }
    }
}

TEST_CASE("no-shows, cancellations (some late) and archived rows come at realistic rates")
{
    const SimulatedClinic &clinic = defaultClinic();
    int past = 0, dna = 0, cancelled = 0, late = 0, archived = 0, total = 0;
    QSet<int> reasons;
    for (const SimAppointment &a : clinic.appointments) {
        ++total;
        if (a.isArchived())
            ++archived;
        if (a.isCancelled()) {
            ++cancelled;
            reasons.insert(a.cancellationReason);
            if (a.cancelledAt.secsTo(a.startsAt) < 24 * 3600)
                ++late;
            continue;
        }
        if (a.endsAt <= fixedNow()) {
            ++past;
            if (a.didNotArrive.value_or(false))
                ++dna;
        }
    }
    const double dnaRate = double(dna) / past;
    CHECK(dnaRate >= 0.05);
    CHECK(dnaRate <= 0.10);
    CHECK(double(cancelled) / total > 0.07);
    CHECK(double(cancelled) / total < 0.15);
    CHECK(late > cancelled / 5);
    CHECK(reasons.size() >= 5);
    CHECK(archived > 0);
    CHECK(std::count_if(clinic.patients.cbegin(), clinic.patients.cend(),
                        [](const SimPatient &p) { return p.archivedAt.isValid(); }) > 0);
}

TEST_CASE("bookings peak mid-morning and late afternoon, early week, never on Sunday")
{
    const SimulatedClinic &clinic = defaultClinic();
    std::map<int, int> byHour, byWeekday;
    for (const SimAppointment &a : clinic.appointments) {
        const QTimeZone zone(clinic.business(a.businessId)->timeZoneId.toUtf8());
        const QDateTime local = a.startsAt.toTimeZone(zone);
        ++byHour[local.time().hour()];
        ++byWeekday[local.date().dayOfWeek()];
    }
    CHECK(byHour[10] > byHour[8]);
    CHECK(byHour[10] > byHour[13]);
    CHECK(byHour[16] > byHour[13]);
    CHECK(byHour[16] > byHour[17]);
    CHECK(byHour[7] == 0);
    CHECK(byHour[19] == 0);
    CHECK(byWeekday[7] == 0);
    CHECK(byWeekday[1] > byWeekday[5]);
    CHECK(byWeekday[5] > byWeekday[6]);
}
