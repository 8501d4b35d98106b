#include "lapsedlistmodel.h"

#include "tablecsvexporter.h"

#include <QLocale>

namespace routiq {

LapsedListModel::LapsedListModel(QObject *parent) : QAbstractTableModel(parent) {}

int LapsedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.patients.size());
}

int LapsedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RecordId LapsedListModel::patientAt(int row) const
{
    return row >= 0 && row < m_list.patients.size() ? m_list.patients.at(row).patientId : 0;
}

int LapsedListModel::rowOfPatient(RecordId patientId) const
{
    for (int i = 0; i < m_list.patients.size(); ++i)
        if (m_list.patients.at(i).patientId == patientId)
            return i;
    return -1;
}

QVariant LapsedListModel::display(const LapsedPatient &p, int column) const
{
    const QLocale l;
    switch (column) {
    case NameColumn: {
        const QString name = m_contacts.value(p.patientId).name;
        // Purged by the retention rule, or not cached: the PMS id is what staff can look up.
        return name.isEmpty() ? tr("Patient %1").arg(p.patientId) : name;
    }
    case PhoneColumn:
        return m_contacts.value(p.patientId).phone;
    case LastVisitColumn:
        return l.toString(p.lastVisit, QLocale::ShortFormat);
    case DaysSinceColumn:
        return l.toString(p.daysSince);
    case PractitionerColumn:
        return m_practitioners.value(p.lastPractitionerId,
                                     tr("Practitioner %1").arg(p.lastPractitionerId));
    case AttendedColumn:
        return l.toString(p.attendedLast365);
    case MissedColumn:
        return l.toString(p.missedLast365);
    case ContactedOnColumn: {
        const auto note = m_notes.constFind(p.patientId);
        return note == m_notes.cend() ? QString()
                                      : l.toString(note->contactedOn, QLocale::ShortFormat);
    }
    case OutcomeColumn:
        return m_notes.value(p.patientId).outcome;
    default:
        return {};
    }
}

QVariant LapsedListModel::sortKey(const LapsedPatient &p, int column) const
{
    switch (column) {
    case LastVisitColumn:
        return p.lastVisit;
    case DaysSinceColumn:
        return p.daysSince;
    case AttendedColumn:
        return p.attendedLast365;
    case MissedColumn:
        return p.missedLast365;
    case ContactedOnColumn: {
        const auto note = m_notes.constFind(p.patientId);
        return note == m_notes.cend() ? QVariant(QDate()) : QVariant(note->contactedOn);
    }
    default:
        return display(p, column);
    }
}

QVariant LapsedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LapsedPatient &p = m_list.patients.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(p, column);
    case Qt::EditRole:
        return sortKey(p, column);
    case TableCsvExporter::CsvRole:
        // Machine-readable: ISO dates and plain numbers.
        if (column == LastVisitColumn)
            return p.lastVisit.toString(Qt::ISODate);
        if (column == ContactedOnColumn) {
            const auto note = m_notes.constFind(p.patientId);
            return note == m_notes.cend() ? QString() : note->contactedOn.toString(Qt::ISODate);
        }
        return column == NameColumn || column == PhoneColumn || column == PractitionerColumn ||
                       column == OutcomeColumn
                   ? display(p, column)
                   : sortKey(p, column);
    case Qt::TextAlignmentRole:
        return column == DaysSinceColumn || column == AttendedColumn || column == MissedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (column == OutcomeColumn && m_notes.contains(p.patientId)) {
            const ContactNote n = m_notes.value(p.patientId);
            return tr("Noted by %1 on %2")
                .arg(n.notedBy, QLocale().toString(n.notedAt.toLocalTime(), QLocale::ShortFormat));
        }
        return {};
    case PatientIdRole:
        return QVariant::fromValue(p.patientId);
    default:
        return {};
    }
}

QVariant LapsedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == TableCsvExporter::CsvRole) {
        static const char *const keys[] = {"name",
                                           "phone",
                                           "lastVisit",
                                           "daysSince",
                                           "lastPractitioner",
                                           "attendedLast365",
                                           "missedLast365",
                                           "contactedOn",
                                           "outcome"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section])
                                                     : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Patient");
    case PhoneColumn:
        return tr("Phone");
    case LastVisitColumn:
        return tr("Last visit");
    case DaysSinceColumn:
        return tr("Days since");
    case PractitionerColumn:
        return tr("Last practitioner");
    case AttendedColumn:
        return tr("Attended (12 mo)");
    case MissedColumn:
        return tr("Missed (12 mo)");
    case ContactedOnColumn:
        return tr("Contacted on");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

void LapsedListModel::setList(const LapsedList &list, const PatientContacts &contacts)
{
    bool samePatients = list.patients.size() == m_list.patients.size();
    for (int i = 0; samePatients && i < list.patients.size(); ++i)
        samePatients = list.patients.at(i).patientId == m_list.patients.at(i).patientId;
    if (!samePatients) {
        beginResetModel();
        m_list = list;
        m_contacts = contacts;
        endResetModel();
        return;
    }
    m_list = list;
    m_contacts = contacts;
    if (!m_list.patients.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LapsedListModel::setPractitionerNames(const QHash<RecordId, QString> &names)
{
    m_practitioners = names;
    if (!m_list.patients.isEmpty())
        emit dataChanged(index(0, PractitionerColumn), index(rowCount() - 1, PractitionerColumn));
}

void LapsedListModel::setNotes(const ContactNotes &notes)
{
    m_notes = notes;
    if (!m_list.patients.isEmpty())
        emit dataChanged(index(0, ContactedOnColumn), index(rowCount() - 1, OutcomeColumn));
}

void LapsedListModel::clear()
{
    beginResetModel();
    m_list = {};
    m_contacts.clear();
    m_notes.clear();
    endResetModel();
}

} // namespace routiq
