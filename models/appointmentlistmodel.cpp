#include "appointmentlistmodel.h"

#include <QLocale>

namespace routiq {

AppointmentListModel::AppointmentListModel(QObject *parent) : QAbstractTableModel(parent) {}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentRow &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return locale.toString(r.date, QLocale::ShortFormat);
        case TimeColumn:
            return locale.toString(r.time, QLocale::ShortFormat);
        case PractitionerColumn:
            return r.practitioner;
        case PatientColumn:
            return r.patient.isEmpty() ? tr("(hidden)") : r.patient;
        case StatusColumn:
            return r.status;
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) { // sortable raw values
        switch (index.column()) {
        case DateColumn:
            return r.date;
        case TimeColumn:
            return r.time;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case PractitionerColumn:
        return tr("Practitioner");
    case PatientColumn:
        return tr("Patient");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString AppointmentListModel::statusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Attended:
        return tr("Attended");
    case AppointmentStatus::Missed:
        return tr("Missed");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::Deleted:
        return tr("Deleted");
    }
    return {};
}

AppointmentRow AppointmentListModel::rowFrom(const AppointmentListRow &r, const QTimeZone &zone)
{
    const QTime local = zone.isValid() ? r.startsAtUtc.toTimeZone(zone).time()
                                       : QTime(r.localHour, r.startsAtUtc.time().minute());
    return {r.localDate, local, r.practitionerName, r.patientName, statusText(r.status)};
}

void AppointmentListModel::setRows(const QList<AppointmentRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace routiq
