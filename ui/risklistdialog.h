#pragma once

#include "risklistmodel.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace routiq {

// The drill-down behind "Expected no-shows (next 7 days)": the upcoming bookings the figure
// sums, highest risk first, and the selected booking's reasons in full below the table.
class RiskListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RiskListDialog(QWidget *parent = nullptr);

    void setEntries(const QString &title, const QList<RiskListModel::Entry> &entries,
                    const NoShowSnapshot &snapshot, const RiskBands &bands);
    RiskListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString detailText() const;

private:
    void updateDetail();

    RiskListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace routiq
