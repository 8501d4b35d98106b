#include "forwardbookingsmodel.h"

#include "tablecsvexporter.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace routiq {

ForwardBookingsModel::ForwardBookingsModel(QObject *parent) : QAbstractTableModel(parent) {}

int ForwardBookingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForwardBookingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForwardBookingsModel::hoursText(qint64 minutes)
{
    return tr("%1 h").arg(QLocale().toString(double(minutes) / 60.0, 'f', 1));
}

QString ForwardBookingsModel::practitionerName(RecordId id) const
{
    return m_names.value(id, tr("Practitioner %1").arg(id));
}

bool ForwardBookingsModel::allHoursSet(const ForwardWeek &week)
{
    return std::all_of(week.practitioners.cbegin(), week.practitioners.cend(),
                       [](const ForwardCell &c) { return c.capacityMinutes.has_value(); });
}

bool ForwardBookingsModel::missingHours() const
{
    for (const ForwardWeek &w : m_forward.weeks)
        for (const ForwardCell &c : w.practitioners)
            if (!c.capacityMinutes)
                return true;
    return false;
}

const ForwardCell &ForwardBookingsModel::cellOf(const Row &row) const
{
    const ForwardWeek &w = m_forward.weeks.at(row.week);
    return row.cell < 0 ? w.total : w.practitioners.at(row.cell);
}

QVariant ForwardBookingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ForwardWeek &week = m_forward.weeks.at(row.week);
    const ForwardCell &c = cellOf(row);
    const bool total = row.cell < 0;
    const QLocale l;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WeekColumn:
            return l.toString(week.weekStart, QStringLiteral("ddd d MMM"));
        case PractitionerColumn:
            return total ? tr("All practitioners") : practitionerName(c.practitionerId);
        case BookingsColumn:
            return l.toString(c.bookings);
        case BookedHoursColumn:
            return hoursText(c.bookedMinutes);
        case CapacityColumn:
            return c.capacityMinutes ? hoursText(*c.capacityMinutes) : QStringLiteral("\u2014");
        case UtilisationColumn:
            if (total && c.utilisation && !allHoursSet(week))
                return tr("not all hours set"); // the booked sum counts more than the capacity
            if (c.utilisation)
                return tr("%1%").arg(l.toString(*c.utilisation, 'f', 1));
            return total ? tr("no hours set") : tr("set working hours");
        default:
            return {};
        }
    case TableCsvExporter::CsvRole:
        switch (index.column()) {
        case WeekColumn:
            return week.weekStart.toString(Qt::ISODate);
        case PractitionerColumn:
            return total ? QStringLiteral("total") : practitionerName(c.practitionerId);
        case BookingsColumn:
            return c.bookings;
        case BookedHoursColumn:
            return c.bookedMinutes;
        case CapacityColumn:
            return c.capacityMinutes ? QVariant(*c.capacityMinutes) : QVariant(QString());
        case UtilisationColumn:
            return c.utilisation ? QVariant(*c.utilisation) : QVariant(QString());
        default:
            return {};
        }
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= BookingsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == UtilisationColumn && total && c.utilisation && !allHoursSet(week))
            return tr("Some practitioners of this week have no working hours: their bookings are "
                      "in the booked total but not in the capacity, so a clinic utilisation "
                      "would overstate (%1% from the sums).")
                .arg(l.toString(*c.utilisation, 'f', 1));
        if (index.column() == UtilisationColumn && !c.utilisation)
            return tr("Utilisation needs working hours: an administrator sets them under "
                      "\u201cWorking hours\u2026\u201d.");
        return {};
    case IsTotalRole:
        return total;
    case PractitionerIdRole:
        return QVariant::fromValue(c.practitionerId);
    default:
        return {};
    }
}

QVariant ForwardBookingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == TableCsvExporter::CsvRole) {
        static const char *const keys[] = {"weekStart",     "practitioner",    "bookings",
                                           "bookedMinutes", "capacityMinutes", "utilisation"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section])
                                                     : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WeekColumn:
        return tr("Week of");
    case PractitionerColumn:
        return tr("Practitioner");
    case BookingsColumn:
        return tr("Bookings");
    case BookedHoursColumn:
        return tr("Booked");
    case CapacityColumn:
        return tr("Capacity");
    case UtilisationColumn:
        return tr("Utilisation");
    default:
        return {};
    }
}

void ForwardBookingsModel::setForward(const ForwardBookings &forward)
{
    beginResetModel();
    m_forward = forward;
    m_rows.clear();
    for (int w = 0; w < m_forward.weeks.size(); ++w) {
        for (int c = 0; c < m_forward.weeks.at(w).practitioners.size(); ++c)
            m_rows.append({w, c});
        m_rows.append({w, -1});
    }
    endResetModel();
}

void ForwardBookingsModel::setPractitionerNames(const QHash<RecordId, QString> &names)
{
    m_names = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, PractitionerColumn), index(rowCount() - 1, PractitionerColumn));
}

void ForwardBookingsModel::clear()
{
    beginResetModel();
    m_forward = {};
    m_rows.clear();
    endResetModel();
}

} // namespace routiq
