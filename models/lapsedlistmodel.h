#pragma once

#include "insights/insightsettingsstore.h"
#include "insights/lapsedpatients.h"
#include "insights/patientdirectory.h"

#include <QAbstractTableModel>
#include <QHash>

namespace routiq {

// The re-engagement worklist as a table: name, phone, last visit, days since, last
// practitioner, attended and missed in the last year, and the practice's own "contacted on /
// outcome" note. Patient-level: only ever filled for an account the service allowed (the
// window asks ClinicSession::requestLapsed, which checks and audits). Sorting reads EditRole
// (dates and numbers, not their text); CSV export reads TableCsvExporter::CsvRole.
class LapsedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        LastVisitColumn,
        DaysSinceColumn,
        PractitionerColumn,
        AttendedColumn,
        MissedColumn,
        ContactedOnColumn,
        OutcomeColumn,
        ColumnCount
    };
    static constexpr int PatientIdRole = Qt::UserRole + 1;

    explicit LapsedListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A new answer: rows reset when the set of patients changed, else updated in place (a live
    // refresh keeps the selection and the scroll position).
    void setList(const LapsedList &list, const PatientContacts &contacts);
    void setPractitionerNames(const QHash<RecordId, QString> &names);
    void setNotes(const ContactNotes &notes);
    void clear();

    const LapsedList &list() const { return m_list; }
    const ContactNotes &notes() const { return m_notes; }
    RecordId patientAt(int row) const;
    int rowOfPatient(RecordId patientId) const;

private:
    QVariant display(const LapsedPatient &p, int column) const;
    QVariant sortKey(const LapsedPatient &p, int column) const;

    LapsedList m_list;
    PatientContacts m_contacts;
    ContactNotes m_notes;
    QHash<RecordId, QString> m_practitioners;
};

} // namespace routiq
