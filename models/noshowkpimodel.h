#pragma once

#include "insights/noshowsnapshot.h"

#include <QAbstractListModel>

#include <optional>

namespace routiq {

// The "Expected no-shows (next 7 days)" card's one row, with KpiModel's roles so a KpiCard
// shows it like any figure: the sum of the risks of bookings starting in the next 7 days
// (NoShowSnapshot::expectedNoShows), or "not enough history yet" with what is missing.
class NoShowKpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kHorizonDays = 7;
    static QString key() { return QStringLiteral("expectedNoShows"); }

    explicit NoShowKpiModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setSnapshot(const NoShowSnapshot &snapshot);
    // No figure, with the reason (e.g. "All clinics" shown, or no clinic yet).
    void setUnavailable(const QString &reason);
    const std::optional<NoShowSnapshot> &snapshot() const { return m_snapshot; }
    // Where the 7 days end: the snapshot's "now" plus 7 days.
    QDateTime untilUtc() const;
    std::optional<double> value() const;
    int bookingsCounted() const;

private:
    std::optional<NoShowSnapshot> m_snapshot;
    QString m_unavailable;
};

} // namespace routiq
