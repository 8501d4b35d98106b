// Every figure computed by brute force straight from shared/brief/metrics.md (plain loops over
// all facts, no code shared with the engine) and compared with the engine on random clinics.
#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"

#include "testapp.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <random>

using namespace routiq;
using namespace routiq::test;

namespace {

struct Filter
{
    std::optional<RecordId> location;
    std::optional<RecordId> practitioner;
};

double bruteRound(qint64 num, qint64 den, int decimals)
{
    const bool negative = (num < 0) != (den < 0);
    num = num < 0 ? -num : num;
    den = den < 0 ? -den : den;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    qint64 q = num * scale / den;
    if (2 * (num * scale % den) >= den)
        ++q;
    const double magnitude = double(q) / double(scale);
    return negative ? -magnitude : magnitude;
}

std::pair<QDate, QDate> previousOf(QDate s, QDate e)
{
    if (s.dayOfWeek() == 1 && s.daysTo(e) == 6)
        return {s.addDays(-7), e.addDays(-7)};
    if (s.day() == 1 && e == QDate(s.year(), s.month(), s.daysInMonth()))
        return {s.addMonths(-1), s.addDays(-1)};
    const qint64 n = s.daysTo(e) + 1;
    return {s.addDays(-n), s.addDays(-1)};
}

class Brute
{
public:
    Brute(const QList<AppointmentFact> &facts, Filter filter) : m_facts(facts), m_filter(filter) {}

    static bool isBooking(const AppointmentFact &f) { return !f.deleted && !f.cancelled; }
    static bool isCancellation(const AppointmentFact &f) { return !f.deleted && f.cancelled; }
    bool matches(const AppointmentFact &f) const
    {
        return (!m_filter.location || f.locationId == *m_filter.location) &&
               (!m_filter.practitioner || f.practitionerId == *m_filter.practitioner);
    }
    static bool in(const AppointmentFact &f, QDate s, QDate e)
    {
        const QDate day = QDate::fromJulianDay(f.localJulianDay);
        return day >= s && day <= e;
    }

    int bookings(QDate s, QDate e) const
    {
        int n = 0;
        for (const auto &f : m_facts)
            if (isBooking(f) && in(f, s, e) && matches(f))
                ++n;
        return n;
    }

    ClinicMetrics metrics(QDate s, QDate e) const
    {
        ClinicMetrics m;
        m.totalBookings = bookings(s, e);
        const auto [ps, pe] = previousOf(s, e);
        const int previous = bookings(ps, pe);
        if (previous != 0)
            m.totalBookingsChange = bruteRound((m.totalBookings - previous) * 100LL, previous, 1);

        QSet<RecordId> active;
        QSet<QDate> bookedDays;
        for (const auto &f : m_facts) {
            if (!in(f, s, e) || !matches(f))
                continue;
            if (isBooking(f)) {
                active.insert(f.patientId);
                bookedDays.insert(QDate::fromJulianDay(f.localJulianDay));
                if (f.didNotArrive)
                    ++m.missedAppointments;
                if (f.arrived)
                    ++m.attendedAppointments;
            }
            if (isCancellation(f)) {
                ++m.cancellations;
                if (f.cancelledAtUtcMSecs &&
                    f.startsAtUtcMSecs - *f.cancelledAtUtcMSecs < 24LL * 3600 * 1000)
                    ++m.lateCancellations;
            }
        }
        m.activePatients = int(active.size());

        QSet<RecordId> everyone;
        for (const auto &f : m_facts)
            everyone.insert(f.patientId);
        for (RecordId p : everyone) {
            const AppointmentFact *first = nullptr;
            for (const auto &f : m_facts) {
                if (f.patientId != p || !isBooking(f))
                    continue;
                if (!first || f.startsAtUtcMSecs < first->startsAtUtcMSecs ||
                    (f.startsAtUtcMSecs == first->startsAtUtcMSecs && f.id < first->id))
                    first = &f;
            }
            if (first && in(*first, s, e) && matches(*first))
                ++m.newPatients;
        }

        m.dailyAverage =
            bookedDays.isEmpty() ? 0 : bruteRound(m.totalBookings, bookedDays.size(), 2);
        m.missedAppointmentsPercentage =
            m.totalBookings == 0 ? 0 : bruteRound(m.missedAppointments * 100LL, m.totalBookings, 1);

        for (QDate day = s; day <= e; day = day.addDays(1)) {
            DailyTrend t{day, 0, 0, 0};
            for (const auto &f : m_facts) {
                if (!in(f, day, day) || !matches(f))
                    continue;
                if (isBooking(f)) {
                    ++t.bookings;
                    if (f.didNotArrive)
                        ++t.missed;
                }
                if (isCancellation(f))
                    ++t.cancelled;
            }
            m.bookingTrends.append(t);
        }

        std::map<std::pair<int, int>, int> cells;
        for (const auto &f : m_facts)
            if (isBooking(f) && in(f, s, e) && matches(f))
                ++cells[{f.localWeekday, f.localHour}];
        for (const auto &[key, n] : cells)
            m.peakHours.append(PeakHourCell{key.first, key.second, n});
        std::sort(m.peakHours.begin(), m.peakHours.end(), [](const auto &a, const auto &b) {
            if (a.bookings != b.bookings)
                return a.bookings > b.bookings;
            if (a.dayOfWeek != b.dayOfWeek)
                return a.dayOfWeek < b.dayOfWeek;
            return a.hour < b.hour;
        });

        const int base = m.totalBookings + m.cancellations;
        m.cancellationRate = base == 0 ? 0 : bruteRound(m.cancellations * 100LL, base, 1);
        if (m.newPatients != 0)
            m.patientVisitAverage = bruteRound(m.attendedAppointments, m.newPatients, 2);

        int rebooked = 0;
        for (const auto &f : m_facts) {
            if (!isBooking(f) || !f.arrived || !in(f, s, e) || !matches(f))
                continue;
            for (const auto &g : m_facts)
                if (isBooking(g) && g.patientId == f.patientId &&
                    g.startsAtUtcMSecs > f.startsAtUtcMSecs) {
                    ++rebooked;
                    break;
                }
        }
        m.rebookedAppointments = rebooked;
        m.rebookRate = m.attendedAppointments == 0
                           ? 0
                           : bruteRound(rebooked * 100LL, m.attendedAppointments, 1);
        return m;
    }

private:
    const QList<AppointmentFact> &m_facts;
    Filter m_filter;
};

// A small busy clinic: 3 locations in 2 zones, 4 practitioners, 40 patients, 8 months across
// both DST changes, start times on a half-hour grid so that instants tie.
class RandomClinic
{
public:
    explicit RandomClinic(unsigned seed) : m_rng(seed) {}

    AppointmentFact randomFact(RecordId id)
    {
        const RecordId location = pick(1, 3);
        const QTimeZone zone = location == 3 ? perth() : sydney();
        const qint64 halfHours = pick(0, 9 * 30 * 48);
        QDateTime start = utc("2026-02-15T00:00:00Z").addSecs(halfHours * 1800);
        RecordId patient = pick(1, 40);
        if (m_previous && pick(0, 9) == 0) { // the same patient at the same instant: a tie
            start = QDateTime::fromMSecsSinceEpoch(m_previous->startsAtUtcMSecs, Qt::UTC);
            patient = m_previous->patientId;
        }
        AppointmentFact f = booking(id, patient, start, zone, location, pick(10, 13));
        m_previous = f;
        const int status = int(pick(0, 99));
        if (status < 5)
            f.deleted = true;
        if (status >= 5 && status < 22) {
            f.cancelled = true;
            if (pick(0, 9) < 7) {
                const qint64 ahead = pick(0, 3) == 0 ? 24 * 3600 : pick(-7200, 72 * 3600);
                f.cancelledAtUtcMSecs = f.startsAtUtcMSecs - ahead * 1000;
            }
        }
        f.didNotArrive = pick(0, 9) == 0;
        f.arrived = !f.didNotArrive && pick(0, 1) == 0;
        return f;
    }

    QDate randomDate() { return QDate(2026, 2, 1).addDays(pick(0, 300)); }

    std::pair<QDate, QDate> randomRange()
    {
        const QDate day = randomDate();
        switch (pick(0, 2)) {
        case 0: {
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            return {monday, monday.addDays(6)};
        }
        case 1:
            return {QDate(day.year(), day.month(), 1),
                    QDate(day.year(), day.month(), day.daysInMonth())};
        default:
            return {day, day.addDays(pick(0, 60))};
        }
    }

    Filter randomFilter()
    {
        Filter f;
        const qint64 kind = pick(0, 4);
        if (kind == 1 || kind == 3)
            f.location = pick(1, 3);
        if (kind == 2 || kind == 3)
            f.practitioner = pick(10, 13);
        if (kind == 4)
            f.location = 99; // a location without appointments
        return f;
    }

    qint64 pick(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }

private:
    std::mt19937_64 m_rng;
    std::optional<AppointmentFact> m_previous;
};

void requireSame(const ClinicMetrics &engine, const ClinicMetrics &brute)
{
    CHECK(engine.totalBookings == brute.totalBookings);
    CHECK(engine.totalBookingsChange == brute.totalBookingsChange);
    CHECK(engine.activePatients == brute.activePatients);
    CHECK(engine.newPatients == brute.newPatients);
    CHECK(engine.dailyAverage == brute.dailyAverage);
    CHECK(engine.missedAppointments == brute.missedAppointments);
    CHECK(engine.missedAppointmentsPercentage == brute.missedAppointmentsPercentage);
    CHECK(engine.bookingTrends == brute.bookingTrends);
    CHECK(engine.peakHours == brute.peakHours);
    CHECK(engine.cancellations == brute.cancellations);
    CHECK(engine.cancellationRate == brute.cancellationRate);
    CHECK(engine.lateCancellations == brute.lateCancellations);
    CHECK(engine.attendedAppointments == brute.attendedAppointments);
    CHECK(engine.patientVisitAverage == brute.patientVisitAverage);
    CHECK(engine.rebookRate == brute.rebookRate);
    CHECK(engine.rebookedAppointments == brute.rebookedAppointments);
}

ClinicMetrics engineMetrics(const AppointmentIndex &index, QDate s, QDate e, Filter filter)
{
    return MetricsCalculator(index).compute(RangeResolver::withPreviousRange(s, e),
                                            MetricsFilter{filter.location, filter.practitioner});
}

// The facts as the index should hold them: the last fact of each id.
QList<AppointmentFact> lastOfEachId(const QList<AppointmentFact> &facts)
{
    QHash<RecordId, qsizetype> last;
    for (qsizetype i = 0; i < facts.size(); ++i)
        last.insert(facts[i].id, i);
    QList<AppointmentFact> out;
    for (qsizetype i = 0; i < facts.size(); ++i)
        if (last.value(facts[i].id) == i)
            out.append(facts[i]);
    return out;
}

} // namespace

TEST_CASE("every figure equals a brute-force count from the definitions on random clinics")
{
    for (unsigned seed : {1u, 2u, 3u, 42u, 2026u}) {
        RandomClinic clinic(seed);
        QList<AppointmentFact> facts;
        for (RecordId id = 1; id <= 700; ++id)
            facts.append(clinic.randomFact(id * 7 % 1009)); // ids not in time order
        for (int i = 0; i < 20; ++i) // some ids arrive twice: the later fact wins
            facts.append(clinic.randomFact(facts[clinic.pick(0, 699)].id));
        const QList<AppointmentFact> truth = lastOfEachId(facts);

        AppointmentIndex index;
        index.reset(facts);
        for (int i = 0; i < 40; ++i) {
            const auto [s, e] = clinic.randomRange();
            const Filter filter = clinic.randomFilter();
            INFO("seed " << seed << " range " << s.toString(Qt::ISODate).toStdString() << ".."
                         << e.toString(Qt::ISODate).toStdString() << " location "
                         << filter.location.value_or(0) << " practitioner "
                         << filter.practitioner.value_or(0));
            requireSame(engineMetrics(index, s, e, filter), Brute(truth, filter).metrics(s, e));
        }
    }
}

TEST_CASE("change sets applied in place give the figures of a fresh count, and untouched ranges "
          "keep their figures")
{
    for (unsigned seed : {7u, 8u, 9u}) {
        RandomClinic clinic(seed);
        QHash<RecordId, AppointmentFact> byId;
        QList<AppointmentFact> facts;
        for (RecordId id = 1; id <= 500; ++id)
            facts.append(clinic.randomFact(id));
        for (const auto &f : facts)
            byId.insert(f.id, f);
        AppointmentIndex index;
        index.reset(facts);

        for (int round = 0; round < 15; ++round) {
            QList<AppointmentFact> upserted;
            QList<RecordId> deletedIds;
            const qint64 changes = clinic.pick(1, 6);
            for (qint64 c = 0; c < changes; ++c) {
                const qint64 kind = clinic.pick(0, 3);
                const RecordId id = clinic.pick(1, 560); // some new, some existing
                if (kind == 0) {
                    deletedIds.append(id);
                } else if (kind == 1 && byId.contains(id)) {
                    AppointmentFact f = byId.value(id); // a status change only
                    f.cancelled = !f.cancelled;
                    f.arrived = !f.arrived && !f.didNotArrive;
                    upserted.append(f);
                } else {
                    upserted.append(clinic.randomFact(id));
                }
            }
            // What the index must end up holding.
            for (const auto &f : upserted)
                byId.insert(f.id, f);
            for (RecordId id : deletedIds)
                byId.remove(id);
            const QList<AppointmentFact> truth = byId.values();

            // Figures before the change, for ranges the change may leave alone.
            std::vector<std::tuple<QDate, QDate, Filter, ClinicMetrics>> before;
            for (int i = 0; i < 12; ++i) {
                const auto [s, e] = clinic.randomRange();
                const Filter filter = clinic.randomFilter();
                before.emplace_back(s, e, filter, engineMetrics(index, s, e, filter));
            }
            const auto impact = index.apply(upserted, deletedIds);

            for (const auto &[s, e, filter, was] : before) {
                INFO("seed " << seed << " round " << round << " range "
                             << s.toString(Qt::ISODate).toStdString() << ".."
                             << e.toString(Qt::ISODate).toStdString());
                const ClinicMetrics now = engineMetrics(index, s, e, filter);
                requireSame(now, Brute(truth, filter).metrics(s, e));
                const auto [ps, pe] = previousOf(s, e);
                if (!impact.touchesDays(s.toJulianDay(), e.toJulianDay()) &&
                    !impact.touchesDays(ps.toJulianDay(), pe.toJulianDay()))
                    CHECK(now == was);
            }
        }
    }
}
