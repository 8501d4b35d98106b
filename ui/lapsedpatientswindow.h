#pragma once

#include "domain/routiqerror.h"
#include "insights/lapsedpatients.h"
#include "insights/patientdirectory.h"
#include "insightsource.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace routiq {

class LapsedListModel;

// The re-engagement worklist (docs/metrics.md "Lapsed patients"): who dropped off, with the
// filters min/max days, location and practitioner, and a "contacted on / outcome" note per
// patient. The list is patient-level: it is asked for through ClinicSession::requestLapsed,
// which checks the role and audits the view; a refusal (read-only accounts) leaves only the
// count on screen. Stays live: every new snapshot of the clinic reads the list again
// (refreshLapsed: checked again, not audited again). Notes go through InsightSettingsService
// (checked and audited there); the CSV export through AuditedAccess::exportPatientLevel.
class LapsedPatientsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LapsedPatientsWindow(QWidget *parent = nullptr);

    void setSource(const InsightSource &source);
    LapsedQuery query() const;

    // Writes the shown rows as CSV after recording the export; false with a reason otherwise.
    bool exportCsv(const QString &path, QString *error);
    // Saves the note of the selected patient; false with the service's reason otherwise.
    bool saveNote(QString *error);

    // --- For tests and screenshots ---
    LapsedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSpinBox *minDaysBox() const { return m_minDays; }
    QSpinBox *maxDaysBox() const { return m_maxDays; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *practitionerBox() const { return m_practitioner; }
    QDateEdit *contactedOnEdit() const { return m_contactedOn; }
    QLineEdit *outcomeEdit() const { return m_outcome; }
    QPushButton *saveNoteButton() const { return m_saveNote; }
    QPushButton *exportButton() const { return m_export; }
    QString statusText() const;
    bool refused() const { return m_refused; }
    bool hasList() const { return m_hasList; }

signals:
    // A list (or a refusal, or the count) arrived: tests wait on this.
    void updated();

private:
    void ask(bool audit);
    void onList(quint64 requestId, const LapsedList &list, const PatientContacts &contacts);
    void onCount(quint64 requestId, int count, QDate asOf);
    void onFailed(quint64 requestId, const RoutiqError &error);
    void loadNotes();
    void updateEditor();
    void askExportPath();
    void fillChoices(QComboBox *box, const QString &allText, const QList<FilterChoice> &choices);

    InsightSource m_source;
    LapsedListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QSpinBox *m_minDays = nullptr;
    QSpinBox *m_maxDays = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_practitioner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_refusal = nullptr;
    QDateEdit *m_contactedOn = nullptr;
    QLineEdit *m_outcome = nullptr;
    QPushButton *m_saveNote = nullptr;
    QPushButton *m_clearNote = nullptr;
    QPushButton *m_export = nullptr;
    QList<QMetaObject::Connection> m_connections;
    quint64 m_listRequest = 0;
    quint64 m_countRequest = 0;
    bool m_opened = false; // the current view was audited once; refreshes are not
    bool m_refused = false;
    bool m_hasList = false;
    bool m_filling = false;
};

} // namespace routiq
