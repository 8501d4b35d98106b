#pragma once

#include "appointmentfact.h"
#include "monthaggregates.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <limits>
#include <map>
#include <utility>
#include <vector>

namespace routiq {

// The metrics engine's in-memory view of a clinic's appointments: facts bucketed by local day
// (deleted ones dropped), plus per-patient bookings ordered by UTC instant, so a range query
// touches only its own days and a change set updates only what it changes.
class AppointmentIndex
{
public:
    // A fact as kept in a day bucket: the fields the figures read, 56 bytes instead of 72
    // (the day is the bucket's; deleted facts are not kept at all).
    struct Entry
    {
        static constexpr qint64 noCancellationTime = std::numeric_limits<qint64>::min();

        RecordId id = 0;
        RecordId patientId = 0;
        RecordId practitionerId = 0;
        RecordId locationId = 0;
        qint64 startsAtUtcMSecs = 0;
        qint64 cancelledAtUtcMSecs = noCancellationTime;
        qint8 localHour = 0;
        qint8 localWeekday = 1;
        bool cancelled = false;
        bool didNotArrive = false;
        bool arrived = false;

        bool hasCancellationTime() const { return cancelledAtUtcMSecs != noCancellationTime; }
        bool isBooking() const { return !cancelled; }
        static Entry from(const AppointmentFact &fact);
    };

    // What a change set may have altered, as local julian days: the old and new day of every
    // changed fact; the days of a patient's old and new first booking when that moved; and the
    // days of that patient's bookings whose "has a later booking" answer flipped (rebookRate).
    // A figure for a range that contains none of these days is unchanged.
    struct ChangeImpact
    {
        QSet<qint64> days;
        bool touchesDays(qint64 firstDay, qint64 lastDay) const;
    };

    // Replaces everything. Deleted facts are dropped; of two facts with one id the later wins.
    void reset(const QList<AppointmentFact> &facts);

    // The same as reset() of the chunks' concatenation, built chunk by chunk so that the whole
    // list of facts never has to be in memory beside the index (the full load at a start: peak
    // RSS, issue 17): beginReset(), addFacts() for each chunk in order, finishReset().
    void beginReset(qsizetype expectedFacts = 0);
    void addFacts(const QList<AppointmentFact> &chunk);
    void finishReset();

    // What newPatients and rebookRate need of one patient's whole history: the first booking
    // (earliest instant, ties by lower id) and the latest booking's instant.
    struct PatientSummary
    {
        qint64 firstStartsAtUtcMSecs = 0;
        RecordId firstId = 0;
        qint64 latestStartsAtUtcMSecs = 0;
        friend bool operator==(const PatientSummary &, const PatientSummary &) = default;
    };

    // Replaces everything with part of the history (the facts of some days) and, for every
    // patient with a booking among them, the summary of that patient's whole history: then
    // isFirstBooking and hasLaterBooking answer as on the full history, so the figures of any
    // range inside those days are exact (issue 17: the first snapshot). Not for apply():
    // load the full history with reset() before applying change sets.
    void resetPartial(const QList<AppointmentFact> &facts,
                      const QHash<RecordId, PatientSummary> &patients);

    // Upserts `upserted` (by id; a fact marked deleted is removed) and removes `deletedIds`.
    ChangeImpact apply(const QList<AppointmentFact> &upserted, const QList<RecordId> &deletedIds);

    // Calls fn(qint64 localJulianDay, const std::vector<Entry> &) for each local day in
    // [firstDay, lastDay] that holds facts, in day order.
    template <typename Fn>
    void forEachDay(qint64 firstDay, qint64 lastDay, Fn &&fn) const
    {
        for (auto it = m_days.lower_bound(firstDay); it != m_days.end() && it->first <= lastDay;
             ++it)
            fn(it->first, it->second);
    }

    // True when `entry` is a booking and is its patient's earliest booking in the whole clinic
    // (earliest UTC instant; ties by lower id).
    bool isFirstBooking(const Entry &entry) const;

    // True when the patient has a booking (any status but cancelled/deleted, any location) that
    // starts strictly later than `startsAtUtcMSecs`.
    bool hasLaterBooking(RecordId patientId, qint64 startsAtUtcMSecs) const;

    // A patient's dense number (0 .. denseNumberCount() - 1), for bitsets over patients:
    // given at the patient's first booking seen and kept while the index lives (a reset renumbers).
    quint32 denseNumberOf(RecordId patientId) const { return m_denseOfPatient.value(patientId); }
    qsizetype denseNumberCount() const { return m_denseOfPatient.size(); }

    // The month starting on `firstDayOfMonth` as per-(location, practitioner) partial figures,
    // built on first use and dropped by any change to its days (MonthAggregates). Builds lazily
    // through a const index: call it only on the index's own thread.
    const MonthAggregates::Month &monthAggregates(qint64 firstDayOfMonth) const
    {
        return m_months.month(*this, firstDayOfMonth);
    }
    qsizetype builtMonthCount() const { return m_months.builtMonths(); }
    // The first and last local day holding facts; {1, 0} when empty.
    std::pair<qint64, qint64> dayRange() const
    {
        return m_days.empty() ? std::pair<qint64, qint64>{1, 0}
                              : std::pair{m_days.begin()->first, m_days.rbegin()->first};
    }

    qsizetype factCount() const { return m_dayOfId.size(); } // facts kept (not deleted)
    qsizetype patientCount() const { return m_bookingsByPatient.size(); }

private:
    // One of a patient's bookings, ordered by (instant, id): front = first, back = latest.
    struct PatientBooking
    {
        qint64 startsAtUtcMSecs;
        RecordId id;
        friend auto operator<=>(const PatientBooking &, const PatientBooking &) = default;
    };
    using PatientBookings = std::vector<PatientBooking>;

    // The per-patient state that decides newPatients and rebookRate, read before and after a
    // change set to work out which days it touched.
    struct PatientState
    {
        bool hasBookings = false;
        PatientBooking first{};
        qint64 latestUtcMSecs = 0;
    };

    PatientState stateOf(RecordId patientId) const;
    void sortPatients();
    const Entry *find(RecordId id) const;
    void remove(RecordId id, ChangeImpact *impact);
    void insert(const AppointmentFact &fact, bool keepPatientOrder, ChangeImpact *impact);
    void addFlippedRebookDays(RecordId patientId, const PatientState &before,
                              const PatientState &after, ChangeImpact *impact) const;

    std::map<qint64, std::vector<Entry>> m_days; // local julian day -> facts
    QHash<RecordId, qint64> m_dayOfId;           // fact id -> its local julian day
    QHash<RecordId, PatientBookings> m_bookingsByPatient;
    QHash<RecordId, quint32> m_denseOfPatient;
    mutable MonthAggregates m_months; // a cache of m_days: see monthAggregates()
};

} // namespace routiq
