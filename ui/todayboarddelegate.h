#pragma once

#include <QStyledItemDelegate>

namespace routiq {

// Paints the Today board's rows the front desk scans for: risk as a coloured badge (low /
// elevated / high), a late cancellation in red, free gaps on a tinted band, practitioner
// sections in bold. Colours come from the theme, so light and dark both read.
class TodayBoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The board's rows (kinds, statuses) by default; `listOnly` paints just the risk badge of
    // a flat list whose `bandRole` and `riskColumn` say where the band is.
    explicit TodayBoardDelegate(QObject *parent = nullptr);
    TodayBoardDelegate(int riskColumn, int bandRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_riskColumn;
    int m_bandRole;
    bool m_boardRows;
};

} // namespace routiq
