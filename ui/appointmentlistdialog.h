#pragma once

#include "appointmentrow.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace routiq {

class AppointmentListModel;

// The drill-down behind a KPI: a sortable table of the appointments (date, time, practitioner,
// patient, status) that make up the figure. The rows are supplied by the caller from the cache;
// the dialog only shows them.
class AppointmentListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AppointmentListDialog(QWidget *parent = nullptr);

    void setRows(const QString &title, const QList<AppointmentRow> &rows);
    AppointmentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    AppointmentListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace routiq
