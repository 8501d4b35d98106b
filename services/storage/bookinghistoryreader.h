#pragma once

#include "domain/bookingrecord.h"
#include "domain/routiqerror.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <vector>

namespace routiq {

// Reads the appointments the no-show model learns from and scores, as compact BookingRecords,
// on an open connection of the calling thread (the insights worker's own reader).
class BookingHistoryReader
{
public:
    // Every cached appointment, deleted ones flagged (a million rows at most a few seconds).
    // `cancel`, when set from another thread, stops the read early (an empty answer).
    static std::vector<BookingRecord> all(const QString &connectionName,
                                          RoutiqError *error = nullptr,
                                          const std::atomic<bool> *cancel = nullptr);
    // Every appointment of these patients (the index appointments_by_patient), one prepared
    // statement for all.
    static std::vector<BookingRecord> forPatients(const QString &connectionName,
                                                  const QList<RecordId> &patientIds,
                                                  RoutiqError *error = nullptr);
    // Only these appointments; unknown ids are skipped.
    static std::vector<BookingRecord>
    byIds(const QString &connectionName, const QList<RecordId> &ids, RoutiqError *error = nullptr);
    // Bookings (not cancelled, not deleted) starting in (fromMs, toMs).
    static std::vector<BookingRecord> upcoming(const QString &connectionName, qint64 fromMs,
                                               qint64 toMs, RoutiqError *error = nullptr);
    // How many appointments the cache holds (to size a full read).
    static qint64 appointmentCount(const QString &connectionName, RoutiqError *error = nullptr);
    static QHash<RecordId, QString> appointmentTypeNames(const QString &connectionName,
                                                         RoutiqError *error = nullptr);
};

} // namespace routiq
