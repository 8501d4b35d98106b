#include "clinicgenerator.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace routiq {

namespace {

constexpr std::array kFirstNames{
    "Olivia", "Jack",   "Charlotte", "Noah",  "Amelia", "William", "Isla",   "Oliver",
    "Mia",    "Thomas", "Ava",       "James", "Grace",  "Lucas",   "Chloe",  "Henry",
    "Zoe",    "Ethan",  "Ruby",      "Liam",  "Harper", "Leo",     "Sophie", "Mason",
    "Ella",   "Samuel", "Matilda",   "Oscar", "Evie",   "Archie",  "Layla",  "Hugo",
    "Priya",  "Wei",    "Aisha",     "Mateo", "Yuki",   "Arjun",   "Fatima", "Kai"};
constexpr std::array kLastNames{
    "Smith",  "Jones",    "Williams", "Brown",  "Wilson",   "Taylor",   "Nguyen", "Johnson",
    "Martin", "White",    "Anderson", "Walker", "Thompson", "Harris",   "Lee",    "Ryan",
    "King",   "Robinson", "Kelly",    "Wright", "Campbell", "Mitchell", "Young",  "Clarke",
    "Patel",  "Chen",     "Singh",    "Wang",   "Murphy",   "Hughes",   "Scott",  "Green"};
constexpr std::array kDesignations{"Physiotherapist", "Osteopath", "Exercise Physiologist",
                                   "Massage Therapist", "Podiatrist"};

struct TypeSpec
{
    const char *name;
    const char *color;
    int minutes;
    int weight; // relative popularity
    bool archived;
};
constexpr std::array<TypeSpec, 5> kTypes{{
    {"Initial Consultation", "#2e7d32", 60, 15, false},
    {"Standard Consultation", "#1565c0", 30, 55, false},
    {"Extended Consultation", "#6a1b9a", 45, 18, false},
    {"Telehealth Review", "#00838f", 30, 8, false},
    {"Hydrotherapy Session", "#ef6c00", 45, 4, true}, // retired: archived, older history only
}};

constexpr std::array<int, 7> kReasons{10, 20, 30, 31, 40, 50, 60};

class Rng
{
public:
    explicit Rng(quint64 seed) : m_gen(quint32(seed ^ (seed >> 32))) {}
    double uniform() { return m_gen.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n <= 0 ? 0 : int(m_gen.bounded(quint32(n))); }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo + 1)); }
    template <typename A>
    auto pick(const A &array)
    {
        return array[size_t(below(int(array.size())))];
    }

private:
    QRandomGenerator m_gen;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// How far ahead bookings are made: a fifth on the day or the day before, most one to three
// weeks ahead (rebooked at the previous visit), a quarter up to ten weeks ahead. `u` is one
// uniform draw, so the generator's random sequence does not depend on this shape.
qint64 leadTimeSecs(double u)
{
    constexpr qint64 hour = 3600, day = 24 * hour;
    if (u < 0.2)
        return hour + qint64(u / 0.2 * double(47 * hour));
    if (u < 0.75)
        return 2 * day + qint64((u - 0.2) / 0.55 * double(19 * day));
    return 21 * day + qint64((u - 0.75) / 0.25 * double(49 * day));
}

// A patient's habit, fixed per patient: most turn up, a few miss often. A log-odds offset
// drawn from the id (about normal, sd 1.3), so it needs no draw of the generator's sequence.
double patientHabit(RecordId patientId)
{
    quint64 h = quint64(patientId) * 0x9E3779B97F4A7C15ULL;
    double sum = 0;
    for (int i = 0; i < 4; ++i) { // the sum of four uniforms is close to normal
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 27;
        sum += double(h >> 11) / double(1ULL << 53);
    }
    return (sum - 2.0) / std::sqrt(4.0 / 12.0) * 1.3;
}

// Non-attendance follows what the literature finds (a per-patient habit first, then lead time,
// early and late slots, Mondays, first visits, age) around the clinic's overall rate. The offsets
// are centred so the clinic's rate stays near `baseRate`.
double noShowChance(double baseRate, const SimAppointment &a, qint64 leadSecs, bool firstVisit,
                    const QDate &dateOfBirth, const QTimeZone &zone)
{
    const QDateTime local = a.startsAt.toTimeZone(zone);
    const int hour = local.time().hour();
    const double leadDays = double(leadSecs) / (24.0 * 3600);
    double z = std::log(baseRate / (1 - baseRate)) - 0.75;
    z += patientHabit(a.patientId);
    z += 0.55 * (std::log1p(leadDays) - 2.2);
    z += hour < 9 ? 0.45 : (hour >= 17 ? 0.3 : (hour >= 12 && hour < 14 ? 0.1 : -0.1));
    z += local.date().dayOfWeek() == 1 ? 0.2 : 0.0;
    z += firstVisit ? 0.35 : 0.0;
    if (dateOfBirth.isValid()) { // young adults miss more, older patients less
        const int age = local.date().year() - dateOfBirth.year();
        z += age < 25 ? 0.35 : (age >= 65 ? -0.3 : 0.0);
    }
    return 1.0 / (1.0 + std::exp(-z));
}

// Demand by local hour: peaks mid-morning and late afternoon, a lunch dip.
double hourWeight(int hour)
{
    static constexpr std::array<double, 24> w{0,    0,    0,   0,   0,   0,    0,   0.55,
                                              0.75, 0.95, 1.0, 0.9, 0.6, 0.55, 0.7, 0.85,
                                              1.0,  0.95, 0.6, 0,   0,   0,    0,   0};
    return w[size_t(std::clamp(hour, 0, 23))];
}

// Demand by weekday (Monday = 1): busy early week, quieter Friday, Saturday mornings only.
double weekdayWeight(int dayOfWeek)
{
    static constexpr std::array<double, 8> w{0, 1.0, 0.97, 0.92, 0.9, 0.74, 0.6, 0};
    return w[size_t(std::clamp(dayOfWeek, 0, 7))];
}

QDateTime whole(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

SimulatedClinic ClinicGenerator::generate()
{
    return generate(Params{});
}

SimulatedClinic ClinicGenerator::generate(const Params &params)
{
    Rng rng(params.seed);
    const QDateTime now =
        whole(params.now.isValid() ? params.now.toUTC() : QDateTime::currentDateTimeUtc());
    const QDateTime historyStart = now.addDays(-params.historyDays);
    const QDateTime accountCreated = historyStart.addDays(-400);

    SimulatedClinic clinic;
    clinic.accountTimeZoneLabel = QStringLiteral("Melbourne");

    // Locations, in two zones.
    const std::array<std::array<const char *, 3>, 2> places{{
        {"Routiq Demo Physio Melbourne", "Australia/Melbourne", "Melbourne"},
        {"Routiq Demo Physio Perth", "Australia/Perth", "Perth"},
    }};
    for (const auto &place : places) {
        SimBusiness b;
        b.id = clinic.takeId();
        b.name = s(place[0]);
        b.timeZoneId = s(place[1]);
        b.timeZoneLabel = s(place[2]);
        b.createdAt = accountCreated;
        b.updatedAt = accountCreated.addDays(3);
        clinic.businesses.append(b);
    }

    for (const TypeSpec &spec : kTypes) {
        SimAppointmentType t;
        t.id = clinic.takeId();
        t.name = s(spec.name);
        t.color = s(spec.color);
        t.durationMinutes = spec.minutes;
        t.createdAt = accountCreated.addDays(1);
        t.updatedAt = t.createdAt;
        if (spec.archived) {
            t.archivedAt = historyStart.addDays(params.historyDays / 3);
            t.updatedAt = t.archivedAt;
        }
        clinic.appointmentTypes.append(t);
    }
    const int typeWeightTotal = [] {
        int total = 0;
        for (const TypeSpec &t : kTypes)
            total += t.weight;
        return total;
    }();

    // Practitioners: some per location, plus a few who left (inactive).
    const int totalPractitioners = params.practitionersPerLocation * int(clinic.businesses.size()) +
                                   params.inactivePractitioners;
    for (int i = 0; i < totalPractitioners; ++i) {
        SimPractitioner p;
        p.id = clinic.takeId();
        p.businessId = clinic.businesses[i % clinic.businesses.size()].id;
        p.firstName = s(kFirstNames[size_t(i * 7 + 3) % kFirstNames.size()]);
        p.lastName = s(kLastNames[size_t(i * 5 + 1) % kLastNames.size()]);
        p.title = i % 3 == 0 ? QStringLiteral("Dr") : QString();
        p.designation = s(kDesignations[size_t(i) % kDesignations.size()]);
        p.createdAt = accountCreated.addDays(2 + i);
        p.updatedAt = p.createdAt;
        if (i >= totalPractitioners - params.inactivePractitioners) {
            p.active = false;
            p.lastWorkingDay =
                now.addDays(-rng.between(30, std::max(31, params.historyDays / 2))).date();
            p.updatedAt = QDateTime(p.lastWorkingDay.addDays(1), QTime(0, 0), Qt::UTC);
        }
        clinic.practitioners.append(p);
    }

    // Patients: created over the account's life; a few archived.
    QList<SimPatient> patients;
    patients.reserve(params.patientCount);
    for (int i = 0; i < params.patientCount; ++i) {
        SimPatient p;
        p.firstName = s(rng.pick(kFirstNames));
        p.lastName = s(rng.pick(kLastNames));
        p.dateOfBirth = QDate(1940 + rng.below(70), 1 + rng.below(12), 1 + rng.below(28));
        p.createdAt =
            accountCreated.addSecs(rng.between(0, accountCreated.secsTo(now.addDays(-1))));
        p.updatedAt = p.createdAt.addSecs(rng.between(0, 3600 * 24));
        if (p.updatedAt > now)
            p.updatedAt = now;
        patients.append(p);
    }
    std::stable_sort(
        patients.begin(), patients.end(),
        [](const SimPatient &a, const SimPatient &b) { return a.createdAt < b.createdAt; });
    for (SimPatient &p : patients)
        p.id = clinic.takeId();
    for (SimPatient &p : patients) {
        if (rng.chance(params.archivedPatientRate)) {
            p.archivedAt = p.updatedAt.addDays(rng.between(1, 200));
            if (p.archivedAt > now)
                p.archivedAt = now;
            p.updatedAt = p.archivedAt;
        }
    }

    // Appointments: walk every practitioner's working days slot by slot in the local zone.
    QList<SimAppointment> appointments;
    const QDate firstDay = historyStart.date();
    const QDate lastDay = now.addDays(params.futureDays).date();
    for (qsizetype index = 0; index < clinic.practitioners.size(); ++index) {
        const SimPractitioner &p = clinic.practitioners[index];
        const SimBusiness *b = clinic.business(p.businessId);
        const QTimeZone zone(b->timeZoneId.toUtf8());
        const int dayOff = 3 + int(index % 3); // part-timers take Wednesday to Friday off
        const bool worksSaturday = index % 2 == 0;
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            if (!p.active && day > p.lastWorkingDay)
                break;
            const int dow = day.dayOfWeek();
            if (dow == 7 || dow == dayOff || (dow == 6 && !worksSaturday))
                continue;
            if (rng.chance(0.03)) // leave, conferences, sick days
                continue;
            QTime slot(8, 0);
            const QTime close = dow == 6 ? QTime(12, 0) : QTime(18, 0);
            while (slot < close) {
                const QDateTime startLocal(day, slot, zone);
                const QDateTime starts = whole(startLocal.toUTC());
                const qint64 daysAhead = now.daysTo(starts);
                double p_book = params.bookingRate * hourWeight(slot.hour()) * weekdayWeight(dow);
                if (daysAhead > 0) // the diary fills up as the day approaches
                    p_book *= std::max(0.15, 1.0 - double(daysAhead) / (params.futureDays + 7.0));
                if (!rng.chance(p_book)) {
                    slot = slot.addSecs(30 * 60);
                    continue;
                }
                int pickWeight = rng.below(typeWeightTotal);
                size_t typeIndex = 0;
                while (pickWeight >= kTypes[typeIndex].weight) {
                    pickWeight -= kTypes[typeIndex].weight;
                    ++typeIndex;
                }
                const SimAppointmentType &type = clinic.appointmentTypes[qsizetype(typeIndex)];
                if (type.archivedAt.isValid() && starts > type.archivedAt) {
                    typeIndex = 1; // retired type: book a standard consultation instead
                }
                const SimAppointmentType &chosen = clinic.appointmentTypes[qsizetype(typeIndex)];

                SimAppointment a;
                a.practitionerId = p.id;
                a.businessId = b->id;
                a.appointmentTypeId = chosen.id;
                a.startsAt = starts;
                a.endsAt = starts.addSecs(60LL * chosen.durationMinutes);
                const qint64 leadSecs = leadTimeSecs(rng.uniform());
                a.createdAt = std::min(starts.addSecs(-leadSecs), now.addSecs(-60));
                // A patient who already existed when the booking was made; regulars recur.
                const auto known = std::upper_bound(
                    patients.cbegin(), patients.cend(), a.createdAt,
                    [](const QDateTime &t, const SimPatient &pt) { return t < pt.createdAt; });
                const int eligible = std::max(1, int(known - patients.cbegin()));
                const double u = rng.uniform();
                const SimPatient &patient =
                    patients[qsizetype(double(eligible) * (1.0 - u * u)) % eligible];
                a.patientId = patient.id;
                a.updatedAt = a.createdAt;

                if (rng.chance(params.cancellationRate)) {
                    const bool late = rng.chance(params.lateCancellationShare);
                    const qint64 before =
                        late ? rng.between(600, 3600 * 23) : rng.between(3600 * 24, 3600 * 24 * 7);
                    QDateTime cancelled = starts.addSecs(-before);
                    if (cancelled <= a.createdAt)
                        cancelled = a.createdAt.addSecs(rng.between(60, 3600));
                    if (cancelled <= now) {
                        a.cancelledAt = cancelled;
                        a.cancellationReason = kReasons[size_t(rng.below(int(kReasons.size())))];
                        a.cancellationNote = late ? QStringLiteral("Late cancellation") : QString();
                        a.updatedAt = cancelled;
                    }
                }
                if (!a.isCancelled() && a.endsAt <= now) {
                    if (rng.chance(noShowChance(params.noShowRate, a, leadSecs, typeIndex == 0,
                                                patient.dateOfBirth, zone))) {
                        a.didNotArrive = true;
                        a.patientArrived = false;
                    } else if (rng.chance(0.97)) {
                        a.didNotArrive = false;
                        a.patientArrived = true;
                    } // else: never marked
                    if (a.didNotArrive || a.patientArrived)
                        a.updatedAt = std::min(now, a.endsAt.addSecs(rng.between(0, 3600 * 3)));
                }
                if (rng.chance(params.archivedAppointmentRate)) {
                    a.archivedAt = std::min(now, a.updatedAt.addSecs(rng.between(60, 3600 * 48)));
                    a.updatedAt = a.archivedAt;
                }
                appointments.append(a);
                slot = slot.addSecs(60 * std::max(30, chosen.durationMinutes));
            }
        }
    }
    // Ids grow with creation, as Cliniko's do.
    std::stable_sort(
        appointments.begin(), appointments.end(),
        [](const SimAppointment &x, const SimAppointment &y) { return x.createdAt < y.createdAt; });
    for (SimAppointment &a : appointments)
        a.id = clinic.takeId();

    clinic.patients = std::move(patients);
    clinic.appointments = std::move(appointments);
    return clinic;
}

} // namespace routiq
