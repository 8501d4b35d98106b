#pragma once

#include "domain/appointmentlistrow.h"
#include "insights/noshowsnapshot.h"
#include "localzones.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QTime>

#include <optional>

namespace routiq {

// The front desk's day as a tree: one section per practitioner (by name), under it the day's
// appointments in start order with their live status and, for upcoming ones, the no-show risk
// joined by appointment id; the free gaps between consecutive bookings sit between them.
// Patient-level: fed only from the audited appointment list. Rows and risks arrive whole (a
// re-read, a rescoring), so each change resets the model; views restore their selection by id.
class TodayBoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        PatientColumn,
        StatusColumn,
        RiskColumn,
        ColumnCount
    };
    enum class Kind
    {
        Practitioner,
        Booking,
        Gap
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        AppointmentIdRole,           // RecordId of a booking row
        StatusRole,                  // int(AppointmentStatus)
        LateCancellationRole,        // bool
        RiskRole,                    // double 0..1, invalid without a score
        RiskBandRole,                // int(RiskBand), invalid without a score
        GapMinutesRole,              // int, gap rows
    };

    // A free stretch in a practitioner's day (local times).
    struct Gap
    {
        RecordId practitionerId = 0;
        QTime from;
        QTime to;
        int minutes() const { return from.secsTo(to) / 60; }
    };
    // A late-cancelled slot of the shown day that can still be refilled.
    struct RefillSlot
    {
        RecordId appointmentId = 0;
        QString practitioner;
        QTime from;
        QTime to; // invalid when the PMS gave no end
    };

    explicit TodayBoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Today's and tomorrow's rows as the reader lists them (both days in one list).
    void setRows(const QList<AppointmentListRow> &rows);
    void setSnapshot(const NoShowSnapshot &snapshot);
    void setDay(QDate day);
    void setZones(const LocalZones &zones);
    void setBands(const RiskBands &bands);
    // "Now", for which late cancellations are still ahead (refill) and which bookings are past.
    void setNow(const QDateTime &utc);
    // Gaps shorter than this are the room between two patients, not free time.
    void setMinimumGapMinutes(int minutes);
    void clear();

    QDate day() const { return m_day; }
    const NoShowSnapshot &snapshot() const { return m_snapshot; }
    const RiskBands &bands() const { return m_bands; }
    int bookingCount() const;
    QList<Gap> gaps() const;
    QList<RefillSlot> refillSlots() const;
    // The row behind a booking index, and its score (nullptr without one).
    const AppointmentListRow *rowAt(const QModelIndex &index) const;
    const ScoredBooking *scoreOf(RecordId appointmentId) const;
    QModelIndex indexOfAppointment(RecordId appointmentId) const;
    QTime localStart(const AppointmentListRow &row) const;
    QTime localEnd(const AppointmentListRow &row) const;

    static QString statusText(const AppointmentListRow &row);

private:
    struct Entry
    {
        Kind kind = Kind::Booking;
        int row = -1; // into m_rows
        Gap gap;
    };
    struct Section
    {
        RecordId practitionerId = 0;
        QString name;
        QList<Entry> entries;
        int bookings = 0;
        int gaps = 0;
        int highRisk = 0;
    };

    void rebuild();
    QVariant sectionData(const Section &s, int column, int role) const;
    QVariant bookingData(const AppointmentListRow &r, int column, int role) const;
    QVariant gapData(const Gap &g, int column, int role) const;

    QList<AppointmentListRow> m_rows;
    QHash<RecordId, int> m_scoreIndex; // appointment id -> index into m_snapshot.bookings
    NoShowSnapshot m_snapshot;
    LocalZones m_zones;
    RiskBands m_bands;
    QDate m_day;
    QDateTime m_now;
    int m_minimumGapMinutes = 15;
    QList<Section> m_sections;
};

} // namespace routiq
