#pragma once

#include "domain/ids.h"

#include <QtGlobal>

#include <array>
#include <map>
#include <vector>

namespace routiq {

class AppointmentIndex;

// Per-month partial figures of an AppointmentIndex, one block per (location, practitioner)
// pair seen in that month, so a multi-year range adds up tens of blocks instead of scanning a
// million facts (issue 17, D23). Everything additive is summed (counts, per-day trends,
// peak-hour cells, newPatients and rebooked, whose per-patient answers the index gives at build
// time); activePatients is not additive, so each block keeps its patients as sorted dense
// numbers and a range ORs them into one bitset. Any filter of metrics.md is a set of pairs.
// Months are built on first use and dropped when a change set touches one of their days (the
// index's ChangeImpact already lists every day whose figures may move). Not thread-safe: it
// belongs to its index's thread.
class MonthAggregates
{
public:
    struct DayCounts
    {
        int bookings = 0;
        int missed = 0;
        int cancelled = 0;
    };

    struct Block
    {
        RecordId locationId = 0; // named so that MetricsFilter::matches reads a block
        RecordId practitionerId = 0;
        int bookings = 0;
        int missed = 0;
        int cancellations = 0;
        int lateCancellations = 0;
        int attended = 0;
        int rebooked = 0;
        int newPatients = 0;
        std::array<int, 7 * 24> cells{}; // (weekday - 1) * 24 + hour
        std::vector<DayCounts> days;     // one per day of the month
        std::vector<quint32> patients;   // dense patient numbers with a booking, sorted, unique
    };

    struct Month
    {
        qint64 firstDay = 0; // local julian days, both inclusive
        qint64 lastDay = 0;
        std::vector<Block> blocks;
    };

    static qint64 firstDayOfMonth(qint64 julianDay);
    static qint64 lastDayOfMonth(qint64 julianDay);

    // The month holding `firstDay` (its first day), built from `index` if not kept.
    const Month &month(const AppointmentIndex &index, qint64 firstDay);

    void clear() { m_months.clear(); }
    void invalidateDay(qint64 julianDay) { m_months.erase(firstDayOfMonth(julianDay)); }
    qsizetype builtMonths() const { return qsizetype(m_months.size()); }

    static Month build(const AppointmentIndex &index, qint64 firstDay);

private:
    std::map<qint64, Month> m_months; // first day of the month -> its blocks
};

} // namespace routiq
