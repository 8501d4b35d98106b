#include "upcominghistories.h"

#include "storage/bookinghistoryreader.h"

#include <QSet>

#include <algorithm>

namespace routiq {

bool UpcomingHistories::covers(qint64 nowMs, qint64 untilMs) const
{
    return nowMs >= m_loadedFromMs && nowMs - m_loadedFromMs <= kSlackMs &&
           untilMs <= m_loadedUntilMs;
}

void UpcomingHistories::clear()
{
    m_byPatient.clear();
    m_patientOf.clear();
    m_loadedUntilMs = -1;
}

RoutiqError UpcomingHistories::reload(const QString &connectionName, qint64 nowMs, qint64 untilMs)
{
    clear();
    RoutiqError error;
    const std::vector<BookingRecord> upcoming =
        BookingHistoryReader::upcoming(connectionName, nowMs, untilMs + kSlackMs, &error);
    if (!error.isNull())
        return error;
    QSet<RecordId> patientSet;
    for (const BookingRecord &r : upcoming)
        patientSet.insert(r.patientId);
    QList<RecordId> patients(patientSet.cbegin(), patientSet.cend());
    std::sort(patients.begin(), patients.end());
    std::vector<BookingRecord> rows =
        BookingHistoryReader::forPatients(connectionName, patients, &error);
    if (!error.isNull())
        return error;
    // forPatients answers patient by patient, in the order asked.
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j < rows.size() && rows[j].patientId == rows[i].patientId)
            ++j;
        insertPatient(rows[i].patientId, std::vector<BookingRecord>(rows.begin() + qsizetype(i),
                                                                    rows.begin() + qsizetype(j)));
        i = j;
    }
    m_loadedFromMs = nowMs;
    m_loadedUntilMs = untilMs + kSlackMs;
    return {};
}

void UpcomingHistories::insertPatient(RecordId patient, std::vector<BookingRecord> rows)
{
    for (const BookingRecord &r : rows)
        m_patientOf.insert(r.id, patient);
    m_byPatient.insert(patient, std::move(rows));
}

RoutiqError UpcomingHistories::apply(const QString &connectionName,
                                     const std::vector<BookingRecord> &upserted,
                                     const QList<RecordId> &deletedIds)
{
    const auto removeRow = [this](RecordId id) {
        const auto held = m_patientOf.constFind(id);
        if (held == m_patientOf.cend())
            return;
        std::vector<BookingRecord> &rows = m_byPatient[held.value()];
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [id](const BookingRecord &r) { return r.id == id; }),
                   rows.end());
        m_patientOf.erase(held);
    };
    for (RecordId id : deletedIds)
        removeRow(id);
    QList<RecordId> newPatients;
    for (const BookingRecord &r : upserted) {
        removeRow(r.id); // it may have moved to another patient
        if (m_byPatient.contains(r.patientId)) {
            m_byPatient[r.patientId].push_back(r);
            m_patientOf.insert(r.id, r.patientId);
        } else if (r.isBooking() && r.startsAtMs > m_loadedFromMs &&
                   r.startsAtMs < m_loadedUntilMs && !newPatients.contains(r.patientId)) {
            newPatients.append(r.patientId); // a booking of someone not held: read their history
        }
    }
    if (newPatients.isEmpty())
        return {};
    RoutiqError error;
    std::vector<BookingRecord> rows =
        BookingHistoryReader::forPatients(connectionName, newPatients, &error);
    if (!error.isNull())
        return error;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j < rows.size() && rows[j].patientId == rows[i].patientId)
            ++j;
        insertPatient(rows[i].patientId, std::vector<BookingRecord>(rows.begin() + qsizetype(i),
                                                                    rows.begin() + qsizetype(j)));
        i = j;
    }
    return {};
}

std::vector<BookingRecord> UpcomingHistories::rows() const
{
    std::vector<BookingRecord> all;
    qsizetype n = 0;
    for (const std::vector<BookingRecord> &rows : m_byPatient)
        n += qsizetype(rows.size());
    all.reserve(size_t(n));
    for (const std::vector<BookingRecord> &rows : m_byPatient)
        all.insert(all.end(), rows.begin(), rows.end());
    return all;
}

} // namespace routiq
