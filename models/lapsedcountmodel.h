#pragma once

#include "insights/lapsedpatients.h"

#include <QAbstractListModel>
#include <QDate>

#include <optional>

namespace routiq {

// The "Dropped off" card's one row, with KpiModel's roles so a KpiCard shows it like any figure:
// how many patients are lapsed (docs/metrics.md "Lapsed patients") for the default window of
// 21..180 days. An aggregate: every role that sees the clinic sees it; the list behind it is
// for staff and admin only.
class LapsedCountModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static QString key() { return QStringLiteral("droppedOff"); }

    explicit LapsedCountModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setCount(int count, QDate asOf, const LapsedQuery &query);
    // No figure, with the reason (e.g. no clinic shown yet); empty: waiting.
    void setUnavailable(const QString &reason);
    std::optional<int> count() const { return m_count; }

private:
    std::optional<int> m_count;
    QDate m_asOf;
    LapsedQuery m_query;
    QString m_unavailable;
};

} // namespace routiq
