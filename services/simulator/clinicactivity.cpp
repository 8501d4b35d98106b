#include "clinicactivity.h"

#include <QTimeZone>

#include <array>
#include <functional>

namespace routiq {

namespace {

// Index of a random appointment satisfying `fits`, or -1.
qsizetype pickAppointment(QRandomGenerator &rng, const SimulatedClinic &clinic,
                          const std::function<bool(const SimAppointment &)> &fits)
{
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < clinic.appointments.size(); ++i) {
        if (fits(clinic.appointments[i]))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return -1;
    return candidates[qsizetype(rng.bounded(quint32(candidates.size())))];
}

} // namespace

ClinicActivity::ClinicActivity(quint64 seed) : m_rng(quint32(seed ^ (seed >> 32) ^ 0x5eed)) {}

ClinicActivity::Change ClinicActivity::pickChange()
{
    // Weights: bookings and arrivals dominate a real day.
    static constexpr std::array<std::pair<Change, int>, 7> weights{{
        {Change::Booking, 32},
        {Change::Arrival, 24},
        {Change::NoShow, 6},
        {Change::Cancellation, 14},
        {Change::Reschedule, 12},
        {Change::Archive, 4},
        {Change::NewPatient, 8},
    }};
    int roll = int(m_rng.bounded(100u));
    for (const auto &[change, weight] : weights) {
        if (roll < weight)
            return change;
        roll -= weight;
    }
    return Change::Booking;
}

QList<RecordId> ClinicActivity::apply(SimulatedClinic &clinic, const QDateTime &now, int count)
{
    QList<RecordId> touched;
    for (int i = 0; i < count; ++i) {
        const RecordId id = applyOne(clinic, pickChange(), now);
        if (id != 0)
            touched.append(id);
    }
    return touched;
}

RecordId ClinicActivity::book(SimulatedClinic &clinic, const QDateTime &now)
{
    QList<const SimPractitioner *> working;
    for (const SimPractitioner &p : clinic.practitioners) {
        if (p.active)
            working.append(&p);
    }
    QList<const SimPatient *> patients;
    for (const SimPatient &p : clinic.patients) {
        if (!p.archivedAt.isValid())
            patients.append(&p);
    }
    QList<const SimAppointmentType *> types;
    for (const SimAppointmentType &t : clinic.appointmentTypes) {
        if (!t.archivedAt.isValid())
            types.append(&t);
    }
    if (working.isEmpty() || patients.isEmpty() || types.isEmpty())
        return 0;
    const SimPractitioner *p = working[qsizetype(m_rng.bounded(quint32(working.size())))];
    const SimBusiness *b = clinic.business(p->businessId);
    const QTimeZone zone(b->timeZoneId.toUtf8());
    const QDate day = now.toTimeZone(zone).date().addDays(1 + m_rng.bounded(14));
    const QTime at(8 + int(m_rng.bounded(9u)), m_rng.bounded(2u) ? 30 : 0);
    const QDateTime starts = QDateTime(day, at, zone).toUTC();
    return clinic.addAppointment(
        patients[qsizetype(m_rng.bounded(quint32(patients.size())))]->id, p->id, b->id,
        types[qsizetype(m_rng.bounded(quint32(types.size())))]->id, starts, now);
}

RecordId ClinicActivity::applyOne(SimulatedClinic &clinic, Change change, const QDateTime &now)
{
    const auto live = [](const SimAppointment &a) {
        return !a.isCancelled() && !a.isArchived();
    };
    switch (change) {
    case Change::Booking:
        return book(clinic, now);
    case Change::NewPatient: {
        static constexpr std::array first{"Alex", "Sam", "Jordan", "Taylor", "Casey", "Riley"};
        static constexpr std::array last{"Morgan", "Bailey", "Quinn", "Reid", "Hayes", "Lane"};
        clinic.addPatient(QString::fromLatin1(first[m_rng.bounded(quint32(first.size()))]),
                          QString::fromLatin1(last[m_rng.bounded(quint32(last.size()))]), now);
        return 0; // no appointment touched
    }
    case Change::Arrival:
    case Change::NoShow: {
        // Someone whose appointment started in the last few hours and is not marked yet.
        const qsizetype i = pickAppointment(m_rng, clinic, [&](const SimAppointment &a) {
            return live(a) && !a.patientArrived.value_or(false) &&
                   !a.didNotArrive.value_or(false) && a.startsAt <= now &&
                   a.startsAt > now.addSecs(-6 * 3600);
        });
        if (i < 0)
            return 0;
        const RecordId id = clinic.appointments[i].id;
        return (change == Change::Arrival ? clinic.markArrived(id, now)
                                          : clinic.markDidNotArrive(id, now))
                   ? id
                   : 0;
    }
    case Change::Cancellation: {
        const qsizetype i = pickAppointment(m_rng, clinic, [&](const SimAppointment &a) {
            return live(a) && a.startsAt > now && a.startsAt < now.addDays(10);
        });
        if (i < 0)
            return 0;
        const SimAppointment &a = clinic.appointments[i];
        const bool late = now.secsTo(a.startsAt) < 24 * 3600;
        static constexpr std::array reasons{10, 20, 30, 40, 50, 60};
        const RecordId id = a.id;
        return clinic.cancelAppointment(id, reasons[m_rng.bounded(quint32(reasons.size()))],
                                        late ? QStringLiteral("Late cancellation") : QString(), now)
                   ? id
                   : 0;
    }
    case Change::Reschedule: {
        const qsizetype i = pickAppointment(m_rng, clinic, [&](const SimAppointment &a) {
            return live(a) && a.startsAt > now && a.startsAt < now.addDays(14);
        });
        if (i < 0)
            return 0;
        const RecordId id = clinic.appointments[i].id;
        const qint64 shift = (m_rng.bounded(2u) ? 1 : -1) * qint64(1 + m_rng.bounded(3u)) * 1800;
        QDateTime start = clinic.appointments[i].startsAt.addSecs(shift);
        if (start <= now)
            start = start.addDays(1);
        return clinic.rescheduleAppointment(id, start, now) ? id : 0;
    }
    case Change::Archive: {
        const qsizetype i = pickAppointment(
            m_rng, clinic, [&](const SimAppointment &a) { return live(a) && a.startsAt > now; });
        if (i < 0)
            return 0;
        const RecordId id = clinic.appointments[i].id;
        return clinic.archiveAppointment(id, now) ? id : 0;
    }
    }
    return 0;
}

} // namespace routiq
