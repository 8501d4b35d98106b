#include "syntheticclinic.h"

#include <QRandomGenerator>

#include <cmath>
#include <unordered_map>

namespace routiq::test {

std::vector<BookingRecord> SyntheticClinic::generate(const Params &p, qint64 nowMs)
{
    QRandomGenerator rng(quint32(p.seed));
    const auto uniform = [&] {
        return rng.generateDouble();
    };
    const auto normal = [&] {
        const double u1 = std::max(1e-12, uniform()), u2 = uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    std::vector<double> habit(size_t(p.patients));
    for (double &h : habit)
        h = p.habitSd * normal();
    std::unordered_map<qint64, int> seenPatient;

    constexpr qint64 hourMs = 3600LL * 1000, dayMs = 24 * hourMs;
    const qint64 firstDay = nowMs - qint64(p.days) * dayMs;
    std::vector<BookingRecord> rows;
    RecordId nextId = 1000;
    for (int d = 0; d < p.days + p.futureDays; ++d) {
        const qint64 dayStart = firstDay - firstDay % dayMs + qint64(d) * dayMs;
        for (int k = 0; k < p.bookingsPerDay; ++k) {
            BookingRecord r;
            r.id = nextId++;
            // Regulars recur: a skewed pick of patients.
            const double u = uniform();
            r.patientId = 1 + qint64(double(p.patients) * u * u) % p.patients;
            r.practitionerId = 1 + rng.bounded(6);
            r.locationId = 1;
            r.appointmentTypeId = 10 + rng.bounded(4);
            r.localHour = qint8(7 + rng.bounded(12));
            r.startsAtMs = dayStart + qint64(r.localHour) * hourMs;
            r.localWeekday = qint8(1 + (d % 7));
            const double lead = uniform() < 0.3 ? uniform() * 2 : 2 + uniform() * 45;
            r.createdAtMs = r.startsAtMs - qint64(lead * double(dayMs));
            const bool first = seenPatient[r.patientId]++ == 0;
            if (uniform() < 0.1) {
                r.cancelled = true;
                r.cancelledAtMs = r.startsAtMs - qint64(uniform() * 4 * double(dayMs));
            } else if (r.startsAtMs < nowMs && uniform() < p.markedShare) {
                const double z = p.baseLogOdds + habit[size_t(r.patientId - 1)] +
                                 p.leadEffect * (std::log1p(lead) - 2.5) +
                                 (r.localHour < 9 ? p.earlyEffect : 0.0) +
                                 (first ? p.firstVisitEffect : 0.0);
                r.didNotArrive = uniform() < 1 / (1 + std::exp(-z));
                r.arrived = !r.didNotArrive;
            }
            if (uniform() < 0.005)
                r.deleted = true;
            rows.push_back(r);
        }
    }
    return rows;
}

} // namespace routiq::test
