#pragma once

#include "domain/bookingrecord.h"
#include "domain/routiqerror.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace routiq {

// The histories the scoring needs, kept in memory between rescorings: every appointment of each
// patient who has a booking in the loaded window (now, now + horizon + an hour). Change sets are
// applied row by row (a booking of a patient not held yet loads that patient), so rescoring
// after a live change reads almost nothing; the whole set is read again when the window has
// moved an hour or the horizon changed.
class UpcomingHistories
{
public:
    static constexpr qint64 kSlackMs = 3600LL * 1000;

    bool covers(qint64 nowMs, qint64 untilMs) const;
    RoutiqError reload(const QString &connectionName, qint64 nowMs, qint64 untilMs);
    // Upserted rows (as now cached) and removed ids, from one change set.
    RoutiqError apply(const QString &connectionName, const std::vector<BookingRecord> &upserted,
                      const QList<RecordId> &deletedIds);
    void clear();

    // Every row held, each patient's rows together.
    std::vector<BookingRecord> rows() const;
    qsizetype patientCount() const { return m_byPatient.size(); }

private:
    void insertPatient(RecordId patient, std::vector<BookingRecord> rows);

    QHash<RecordId, std::vector<BookingRecord>> m_byPatient;
    QHash<RecordId, RecordId> m_patientOf; // appointment id → patient held
    qint64 m_loadedFromMs = 0;
    qint64 m_loadedUntilMs = -1;
};

} // namespace routiq
