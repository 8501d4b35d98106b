#pragma once

#include "metrics/clinicmetrics.h"

#include <QAbstractListModel>

#include <optional>

namespace routiq {

// One row per KPI card: title, value (raw and formatted), change against the previous range and
// the one-sentence definition from shared/brief/metrics.md. On a running period (the snapshot's
// toDate) the outcome figures' change is the to-date one, and the tooltip names the days.
// Empty values until a snapshot arrives.
class KpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the ClinicMetrics field name, e.g. "totalBookings"
        ValueRole,                  // QVariant number, or invalid when there is no data / null
        PreviousValueRole,
        ChangePercentRole, // change against the previous range, or invalid (see ChangeIsPoints)
        HigherIsBetterRole,
        DefinitionRole,
        FormattedValueRole,  // "128", "4.27", "12.5%", or an em dash when there is no value
        FormattedChangeRole, // "▲ 12.5% vs previous period", or a note why there is none
        ChangeIsPointsRole,  // true when the change is in percentage points (rates)
        ChangeToneRole,      // +1 good, -1 bad, 0 neutral/unknown
        // True when the change is the running period's like-for-like one (snapshot.toDate):
        // the outcome figures on a range that contains today.
        ChangeIsToDateRole,
    };

    enum class Kind
    {
        Count,
        Average,
        Percent
    };

    explicit KpiModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a ClinicMetrics field name, or -1.
    int rowOfKey(const QString &key) const;
    bool hasSnapshot() const { return m_snapshot.has_value(); }

    // Diffs against the current snapshot and emits dataChanged only for rows that changed.
    void setSnapshot(const MetricsSnapshot &snapshot);
    void clear();

private:
    QVariant valueFor(int row, const ClinicMetrics &m) const;
    QVariant changeFor(int row, const MetricsSnapshot &s) const;
    static bool isToDate(int row, const MetricsSnapshot &s);
    static QString comparisonText(const MetricsSnapshot &s);
    QString toolTipFor(int row) const;
    QString formatValue(int row, const QVariant &value) const;
    QString formatChange(int row) const;
    int toneFor(int row) const;

    std::optional<MetricsSnapshot> m_snapshot;
};

} // namespace routiq
