#pragma once

#include "appointmentrow.h"
#include "domain/appointmentlistrow.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace routiq {

// The rows behind a KPI drill-down: date, time, practitioner, patient, status. The rows are
// handed in whole (a new list is a new question), so setRows resets the model.
class AppointmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        PractitionerColumn,
        PatientColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AppointmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<AppointmentRow> &rows);
    // The cache's drill-down rows as the list shows them (status words translated). The start
    // time is the local hour plus the UTC minute: exact except in half-hour zones, because
    // AppointmentListRow carries no local minute.
    // One cache row as shown: its local start time read in the location's zone when known
    // (half-hour zones included), else from the stored local hour.
    static AppointmentRow rowFrom(const AppointmentListRow &row, const QTimeZone &zone);
    static QString statusText(AppointmentStatus status);
    const QList<AppointmentRow> &rows() const { return m_rows; }

private:
    QList<AppointmentRow> m_rows;
};

} // namespace routiq
