#pragma once

// A front desk's two days in Melbourne, shared by the model and widget tests: appointment
// rows as the reader lists them and the insights worker's snapshot for the upcoming ones.
#include "domain/appointmentlistrow.h"
#include "insights/noshowsnapshot.h"
#include "localzones.h"

#include <QTimeZone>

#include <algorithm>

namespace routiq::test {

inline QTimeZone melbourne()
{
    return QTimeZone(QByteArrayLiteral("Australia/Melbourne"));
}

inline QDate boardToday()
{
    return QDate(2026, 12, 2);
}

// 10:40 in Melbourne (UTC+11) on the board's today.
inline QDateTime boardNowUtc()
{
    return QDateTime(boardToday(), QTime(10, 40), melbourne()).toUTC();
}

inline LocalZones boardZones()
{
    LocalZones z;
    z.fallback = melbourne();
    return z;
}

inline AppointmentListRow boardRow(RecordId id, RecordId practitioner, QDate day, QTime start,
                                   int minutes, AppointmentStatus status, const QString &patient)
{
    AppointmentListRow r;
    r.id = id;
    r.startsAtUtc = QDateTime(day, start, melbourne()).toUTC();
    r.endsAtUtc = minutes > 0 ? r.startsAtUtc.addSecs(minutes * 60) : QDateTime();
    r.localDate = day;
    r.localHour = start.hour();
    r.patientId = 100 + id;
    r.patientName = patient;
    r.practitionerId = practitioner;
    r.practitionerName =
        practitioner == 10 ? QStringLiteral("Dr Alex Lee") : QStringLiteral("Dr Sam Ng");
    r.locationId = 1;
    r.locationName = QStringLiteral("Carlton");
    r.status = status;
    return r;
}

inline const QStringList &boardSurnames()
{
    static const QStringList names{QStringLiteral("Quillfeather"), QStringLiteral("Zbyszewska"),
                                   QStringLiteral("Oyelaran-Brandt")};
    return names;
}

inline QString boardPatient(int i)
{
    return QStringLiteral("Wilhelmina ") + boardSurnames().at(i % boardSurnames().size());
}

inline QList<AppointmentListRow> boardRows()
{
    using S = AppointmentStatus;
    const QDate d = boardToday();
    const QDate t = d.addDays(1);
    QList<AppointmentListRow> rows{
        boardRow(1, 10, d, QTime(9, 0), 30, S::Attended, boardPatient(0)),
        boardRow(2, 10, d, QTime(9, 30), 30, S::Missed, boardPatient(1)),
        boardRow(3, 10, d, QTime(10, 0), 30, S::Cancelled, boardPatient(2)),
        boardRow(4, 10, d, QTime(11, 0), 45, S::Booked, boardPatient(0)),
        boardRow(5, 10, d, QTime(13, 0), 30, S::Booked, boardPatient(1)),
        boardRow(6, 10, d, QTime(13, 30), 30, S::Booked, boardPatient(2)),
        boardRow(7, 11, d, QTime(9, 0), 60, S::Attended, boardPatient(1)),
        boardRow(8, 11, d, QTime(10, 30), 45, S::Booked, boardPatient(2)),
        boardRow(9, 11, d, QTime(14, 0), 30, S::Cancelled, boardPatient(0)),
        boardRow(10, 11, d, QTime(11, 15), 45, S::Booked, boardPatient(0)),
        boardRow(11, 10, t, QTime(8, 0), 30, S::Booked, boardPatient(1)),
        boardRow(12, 10, t, QTime(8, 30), 30, S::Booked, boardPatient(2)),
        boardRow(13, 11, t, QTime(15, 0), 60, S::Booked, boardPatient(0)),
    };
    // 3: cancelled at 09:00 for 10:00 (late); 9: cancelled two days ahead (not late).
    rows[2].cancelledAtUtc = rows[2].startsAtUtc.addSecs(-3600);
    rows[2].lateCancellation = true;
    rows[8].cancelledAtUtc = rows[8].startsAtUtc.addDays(-2);
    return rows;
}

inline ScoredBooking boardScore(const AppointmentListRow &r, double risk,
                                QList<RiskReason> reasons = {})
{
    ScoredBooking b;
    b.appointmentId = r.id;
    b.patientId = r.patientId;
    b.practitionerId = r.practitionerId;
    b.locationId = r.locationId;
    b.startsAtUtc = r.startsAtUtc;
    b.risk = risk;
    b.reasons = std::move(reasons);
    return b;
}

inline NoShowModelInfo readyModel()
{
    NoShowModelInfo m;
    m.status = NoShowModelInfo::Status::Ready;
    m.trainedAt = QDateTime(QDate(2026, 12, 1), QTime(19, 30), Qt::UTC);
    m.trainingBookings = 4812;
    m.trainingNoShows = 577;
    m.baseRate = 0.12;
    m.validationAuc = 0.742;
    m.brierScore = 0.094;
    m.brierSkill = 0.081;
    m.validationBookings = 640;
    return m;
}

// Scores for every upcoming booking of boardRows() (4, 5, 6, 8, 10, 11, 12, 13).
inline NoShowSnapshot boardSnapshot()
{
    const QList<AppointmentListRow> rows = boardRows();
    const auto rowOf = [&](RecordId id) {
        return rows.at(int(id - 1));
    };
    NoShowSnapshot s;
    s.clinicId = QStringLiteral("north");
    s.generatedAt = boardNowUtc();
    s.model = readyModel();
    s.bookings = {
        boardScore(rowOf(8), 0.09,
                   {{QStringLiteral("history"), QStringLiteral("attended the last 6"), -3}}),
        boardScore(rowOf(10), 0.31,
                   {{QStringLiteral("history"), QStringLiteral("missed 1 of the last 3"), 12},
                    {QStringLiteral("lead_time"), QStringLiteral("booked 20 days ahead"), 7}}),
        boardScore(rowOf(4), 0.34,
                   {{QStringLiteral("history"), QStringLiteral("missed 2 of the last 5"), 9},
                    {QStringLiteral("lead_time"), QStringLiteral("booked 41 days ahead"), 6},
                    {QStringLiteral("hour"), QStringLiteral("late-morning slot"), 4},
                    {QStringLiteral("visits"), QStringLiteral("first visit"), 3}}),
        boardScore(rowOf(5), 0.18,
                   {{QStringLiteral("lead_time"), QStringLiteral("booked 12 days ahead"), 4},
                    {QStringLiteral("age"), QStringLiteral("aged 18\u201324"), 2}}),
        boardScore(rowOf(6), 0.05,
                   {{QStringLiteral("history"), QStringLiteral("attended the last 9"), -7}}),
        boardScore(rowOf(11), 0.41,
                   {{QStringLiteral("hour"), QStringLiteral("early-morning slot"), 8},
                    {QStringLiteral("history"), QStringLiteral("missed 3 of the last 6"), 21}}),
        boardScore(rowOf(12), 0.36,
                   {{QStringLiteral("history"), QStringLiteral("missed 2 of the last 4"), 18},
                    {QStringLiteral("hour"), QStringLiteral("early-morning slot"), 6}}),
        boardScore(rowOf(13), 0.11,
                   {{QStringLiteral("lead_time"), QStringLiteral("booked 2 days ahead"), -1}}),
    };
    std::sort(s.bookings.begin(), s.bookings.end(),
              [](const ScoredBooking &a, const ScoredBooking &b) {
                  return a.startsAtUtc < b.startsAtUtc;
              });
    return s;
}

inline NoShowSnapshot notReadySnapshot()
{
    NoShowSnapshot s;
    s.clinicId = QStringLiteral("north");
    s.generatedAt = boardNowUtc();
    s.model.status = NoShowModelInfo::Status::InsufficientHistory;
    s.model.missing = QStringLiteral("needs 300 marked bookings (has 120)");
    return s;
}

} // namespace routiq::test
