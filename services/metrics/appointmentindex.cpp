#include "appointmentindex.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace routiq {

static_assert(sizeof(AppointmentIndex::Entry) <= 56, "a day bucket entry should stay compact");

bool AppointmentIndex::ChangeImpact::touchesDays(qint64 firstDay, qint64 lastDay) const
{
    // Change sets are small and ranges are short: test whichever side is smaller.
    if (lastDay - firstDay + 1 < days.size()) {
        for (qint64 d = firstDay; d <= lastDay; ++d)
            if (days.contains(d))
                return true;
        return false;
    }
    return std::any_of(days.cbegin(), days.cend(),
                       [&](qint64 d) { return d >= firstDay && d <= lastDay; });
}

AppointmentIndex::Entry AppointmentIndex::Entry::from(const AppointmentFact &fact)
{
    Entry e;
    e.id = fact.id;
    e.patientId = fact.patientId;
    e.practitionerId = fact.practitionerId;
    e.locationId = fact.locationId;
    e.startsAtUtcMSecs = fact.startsAtUtcMSecs;
    if (fact.cancelledAtUtcMSecs)
        e.cancelledAtUtcMSecs = *fact.cancelledAtUtcMSecs;
    e.localHour = fact.localHour;
    e.localWeekday = fact.localWeekday;
    e.cancelled = fact.cancelled;
    e.didNotArrive = fact.didNotArrive;
    e.arrived = fact.arrived;
    return e;
}

void AppointmentIndex::reset(const QList<AppointmentFact> &facts)
{
    m_days.clear();
    m_dayOfId.clear();
    m_bookingsByPatient.clear();
    m_denseOfPatient.clear();
    m_months.clear();
    // Reserve each bucket exactly: on years of history, vector growth slack would cost more
    // memory than the facts themselves.
    std::map<qint64, std::size_t> perDay;
    for (const AppointmentFact &fact : facts)
        if (!fact.deleted)
            ++perDay[fact.localJulianDay];
    for (const auto &[day, count] : perDay)
        m_days[day].reserve(count);
    m_dayOfId.reserve(facts.size());
    for (const AppointmentFact &fact : facts) {
        if (m_dayOfId.contains(fact.id))
            remove(fact.id, nullptr);
        insert(fact, false, nullptr);
    }
    sortPatients();
}

void AppointmentIndex::sortPatients()
{
    for (auto it = m_bookingsByPatient.begin(); it != m_bookingsByPatient.end(); ++it) {
        std::sort(it->begin(), it->end());
        it->shrink_to_fit();
    }
}

void AppointmentIndex::beginReset(qsizetype expectedFacts)
{
    m_days.clear();
    m_dayOfId.clear();
    m_bookingsByPatient.clear();
    m_denseOfPatient.clear();
    m_months.clear();
    m_dayOfId.reserve(expectedFacts);
}

void AppointmentIndex::addFacts(const QList<AppointmentFact> &chunk)
{
    for (const AppointmentFact &fact : chunk) {
        if (m_dayOfId.contains(fact.id))
            remove(fact.id, nullptr);
        insert(fact, false, nullptr);
    }
}

void AppointmentIndex::finishReset()
{
    // The buckets grew by push_back: give back the slack (reset() reserves them exactly).
    for (auto &[day, facts] : m_days)
        facts.shrink_to_fit();
    sortPatients();
}

void AppointmentIndex::resetPartial(const QList<AppointmentFact> &facts,
                                    const QHash<RecordId, PatientSummary> &patients)
{
    reset(facts);
    // Each patient's list holds only the bookings of the days read: the summary adds the true
    // first and latest, so front() is the first booking and back() the latest instant.
    for (auto it = patients.cbegin(); it != patients.cend(); ++it) {
        PatientBookings &bookings = m_bookingsByPatient[it.key()];
        bookings.push_back({it->firstStartsAtUtcMSecs, it->firstId});
        bookings.push_back({it->latestStartsAtUtcMSecs, std::numeric_limits<RecordId>::max()});
        std::sort(bookings.begin(), bookings.end());
        bookings.erase(std::unique(bookings.begin(), bookings.end()), bookings.end());
    }
}

AppointmentIndex::ChangeImpact AppointmentIndex::apply(const QList<AppointmentFact> &upserted,
                                                       const QList<RecordId> &deletedIds)
{
    ChangeImpact impact;
    // Patients this change set may affect, with their state before it.
    QHash<RecordId, PatientState> before;
    auto remember = [&](RecordId patientId) {
        if (!before.contains(patientId))
            before.insert(patientId, stateOf(patientId));
    };
    for (const AppointmentFact &fact : upserted) {
        remember(fact.patientId);
        if (const Entry *old = find(fact.id))
            remember(old->patientId);
    }
    for (RecordId id : deletedIds)
        if (const Entry *old = find(id))
            remember(old->patientId);

    for (const AppointmentFact &fact : upserted) {
        remove(fact.id, &impact);
        insert(fact, true, &impact);
    }
    for (RecordId id : deletedIds)
        remove(id, &impact);

    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const PatientState &was = it.value();
        const PatientState now = stateOf(it.key());
        if (was.hasBookings != now.hasBookings || !(was.first == now.first)) {
            if (was.hasBookings && m_dayOfId.contains(was.first.id))
                impact.days.insert(m_dayOfId.value(was.first.id));
            if (now.hasBookings)
                impact.days.insert(m_dayOfId.value(now.first.id));
        }
        addFlippedRebookDays(it.key(), was, now, &impact);
    }
    // Every day whose figures may have moved: their months are built again when next read.
    for (qint64 day : std::as_const(impact.days))
        m_months.invalidateDay(day);
    return impact;
}

void AppointmentIndex::addFlippedRebookDays(RecordId patientId, const PatientState &before,
                                            const PatientState &after, ChangeImpact *impact) const
{
    // A booking at t has a later booking iff t < latest. Only bookings with t between the old
    // and the new latest instant change their answer; removed bookings are already counted.
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    const qint64 was = before.hasBookings ? before.latestUtcMSecs : none;
    const qint64 now = after.hasBookings ? after.latestUtcMSecs : none;
    if (was == now)
        return;
    const qint64 low = std::min(was, now);
    const qint64 high = std::max(was, now);
    const auto it = m_bookingsByPatient.constFind(patientId);
    if (it == m_bookingsByPatient.cend())
        return;
    for (const PatientBooking &b : *it)
        if (b.startsAtUtcMSecs >= low && b.startsAtUtcMSecs < high)
            impact->days.insert(m_dayOfId.value(b.id));
}

AppointmentIndex::PatientState AppointmentIndex::stateOf(RecordId patientId) const
{
    PatientState state;
    const auto it = m_bookingsByPatient.constFind(patientId);
    if (it != m_bookingsByPatient.cend() && !it->empty()) {
        state.hasBookings = true;
        state.first = it->front();
        state.latestUtcMSecs = it->back().startsAtUtcMSecs;
    }
    return state;
}

const AppointmentIndex::Entry *AppointmentIndex::find(RecordId id) const
{
    const auto dayIt = m_dayOfId.constFind(id);
    if (dayIt == m_dayOfId.cend())
        return nullptr;
    const auto bucket = m_days.find(*dayIt);
    if (bucket == m_days.end())
        return nullptr;
    for (const Entry &fact : bucket->second)
        if (fact.id == id)
            return &fact;
    return nullptr;
}

void AppointmentIndex::remove(RecordId id, ChangeImpact *impact)
{
    const auto dayIt = m_dayOfId.constFind(id);
    if (dayIt == m_dayOfId.cend())
        return;
    const qint64 day = *dayIt;
    m_dayOfId.erase(dayIt);
    if (impact)
        impact->days.insert(day);
    const auto bucket = m_days.find(day);
    if (bucket == m_days.end())
        return;
    std::vector<Entry> &facts = bucket->second;
    const auto factIt =
        std::find_if(facts.begin(), facts.end(), [id](const auto &f) { return f.id == id; });
    if (factIt == facts.end())
        return;
    if (factIt->isBooking()) {
        const auto patientIt = m_bookingsByPatient.find(factIt->patientId);
        if (patientIt != m_bookingsByPatient.end()) {
            PatientBookings &bookings = *patientIt;
            // Erase keeps the order, so the vector stays sorted outside reset().
            const auto b = std::find_if(bookings.begin(), bookings.end(),
                                        [id](const PatientBooking &pb) { return pb.id == id; });
            if (b != bookings.end())
                bookings.erase(b);
            if (bookings.empty())
                m_bookingsByPatient.erase(patientIt);
        }
    }
    // Order inside a day does not matter: swap with the last and drop it.
    *factIt = facts.back();
    facts.pop_back();
    if (facts.empty())
        m_days.erase(bucket);
}

void AppointmentIndex::insert(const AppointmentFact &fact, bool keepPatientOrder,
                              ChangeImpact *impact)
{
    if (fact.deleted)
        return; // counts nowhere, so it is not kept
    m_days[fact.localJulianDay].push_back(Entry::from(fact));
    m_dayOfId.insert(fact.id, fact.localJulianDay);
    if (impact)
        impact->days.insert(fact.localJulianDay);
    if (fact.cancelled)
        return;
    if (!m_denseOfPatient.contains(fact.patientId))
        m_denseOfPatient.insert(fact.patientId, quint32(m_denseOfPatient.size()));
    PatientBookings &bookings = m_bookingsByPatient[fact.patientId];
    const PatientBooking entry{fact.startsAtUtcMSecs, fact.id};
    if (keepPatientOrder)
        bookings.insert(std::lower_bound(bookings.begin(), bookings.end(), entry), entry);
    else
        bookings.push_back(entry);
}

bool AppointmentIndex::isFirstBooking(const Entry &fact) const
{
    if (!fact.isBooking())
        return false;
    const auto it = m_bookingsByPatient.constFind(fact.patientId);
    return it != m_bookingsByPatient.cend() && !it->empty() && it->front().id == fact.id;
}

bool AppointmentIndex::hasLaterBooking(RecordId patientId, qint64 startsAtUtcMSecs) const
{
    const auto it = m_bookingsByPatient.constFind(patientId);
    return it != m_bookingsByPatient.cend() && !it->empty() &&
           it->back().startsAtUtcMSecs > startsAtUtcMSecs;
}

} // namespace routiq
