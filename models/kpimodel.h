#pragma once

#include "metrics/clinicmetrics.h"

#include <QAbstractListModel>

#include <optional>

namespace routiq {

// One row per KPI card: title, formatted value, change against the previous range and the
// one-sentence definition from shared/brief/metrics.md. Empty values until a snapshot arrives.
class KpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the ClinicMetrics field name, e.g. "totalBookings"
        ValueRole,                  // QVariant number, or invalid when there is no data
        PreviousValueRole,
        ChangePercentRole, // change against the previous range, or invalid
        HigherIsBetterRole,
        DefinitionRole,
    };

    explicit KpiModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Diffs against the current snapshot and emits dataChanged only for rows that changed.
    void setSnapshot(const MetricsSnapshot &snapshot);
    void clear();

private:
    QVariant valueFor(int row, const ClinicMetrics &m) const;

    std::optional<MetricsSnapshot> m_snapshot;
};

} // namespace routiq
