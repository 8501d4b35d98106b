#include "lapsedpatientswindow.h"

#include "lapsedlistmodel.h"
#include "security/auditedaccess.h"
#include "session/clinicsession.h"
#include "session/insightsettingsservice.h"
#include "tablecsvexporter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace routiq {

LapsedPatientsWindow::LapsedPatientsWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("LapsedPatientsWindow"));
    setWindowTitle(tr("Dropped-off patients"));
    m_model = new LapsedListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);

    m_minDays = new QSpinBox(this);
    m_maxDays = new QSpinBox(this);
    for (QSpinBox *box : {m_minDays, m_maxDays}) {
        box->setRange(0, 3650);
        box->setSuffix(tr(" days"));
    }
    m_minDays->setValue(LapsedQuery().minDays);
    m_maxDays->setValue(LapsedQuery().maxDays);
    m_minDays->setAccessibleName(tr("Last visit at least this many days ago"));
    m_maxDays->setAccessibleName(tr("Last visit at most this many days ago"));
    m_location = new QComboBox(this);
    m_location->setAccessibleName(tr("Location of the last visit"));
    m_practitioner = new QComboBox(this);
    m_practitioner->setAccessibleName(tr("Practitioner of the last visit"));
    fillChoices(m_location, tr("All locations"), {});
    fillChoices(m_practitioner, tr("All practitioners"), {});

    auto *filters = new QHBoxLayout;
    auto *from = new QLabel(tr("Last visit &from"), this);
    from->setBuddy(m_minDays);
    auto *to = new QLabel(tr("&to"), this);
    to->setBuddy(m_maxDays);
    auto *ago = new QLabel(tr("ago"), this);
    filters->addWidget(from);
    filters->addWidget(m_minDays);
    filters->addWidget(to);
    filters->addWidget(m_maxDays);
    filters->addWidget(ago);
    filters->addSpacing(12);
    filters->addWidget(m_location);
    filters->addWidget(m_practitioner);
    filters->addStretch();
    m_export = new QPushButton(tr("Export &CSV\u2026"), this);
    filters->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("LapsedStatus"));
    m_status->setWordWrap(true);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("LapsedRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->hide();

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LapsedListModel::DaysSinceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Dropped-off patients"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LapsedPatientsWindow::updateEditor);

    // The note of the selected patient: typed here, saved through the service (audited).
    m_contactedOn = new QDateEdit(this);
    m_contactedOn->setCalendarPopup(true);
    m_contactedOn->setAccessibleName(tr("Contacted on"));
    m_outcome = new QLineEdit(this);
    m_outcome->setMaxLength(InsightSettingsService::maxOutcomeLength);
    m_outcome->setPlaceholderText(tr("e.g. left a message, booked for next week"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_saveNote = new QPushButton(tr("&Save note"), this);
    m_clearNote = new QPushButton(tr("Clear n&ote"), this);
    auto *editor = new QHBoxLayout;
    auto *contacted = new QLabel(tr("Contacted o&n"), this);
    contacted->setBuddy(m_contactedOn);
    auto *outcome = new QLabel(tr("O&utcome"), this);
    outcome->setBuddy(m_outcome);
    editor->addWidget(contacted);
    editor->addWidget(m_contactedOn);
    editor->addWidget(outcome);
    editor->addWidget(m_outcome, 1);
    editor->addWidget(m_saveNote);
    editor->addWidget(m_clearNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_refusal, 1);
    layout->addLayout(editor);

    setTabOrder(m_minDays, m_maxDays);
    setTabOrder(m_maxDays, m_location);
    setTabOrder(m_location, m_practitioner);
    setTabOrder(m_practitioner, m_export);
    setTabOrder(m_export, m_view);
    setTabOrder(m_view, m_contactedOn);
    setTabOrder(m_contactedOn, m_outcome);
    setTabOrder(m_outcome, m_saveNote);
    setTabOrder(m_saveNote, m_clearNote);

    const auto refilter = [this] {
        if (m_filling)
            return;
        m_opened = false; // another view of the list: audited again
        ask(true);
    };
    connect(m_minDays, &QSpinBox::valueChanged, this, refilter);
    connect(m_maxDays, &QSpinBox::valueChanged, this, refilter);
    connect(m_location, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveNote(&error))
            m_status->setText(error);
    });
    connect(m_outcome, &QLineEdit::returnPressed, m_saveNote, &QPushButton::click);
    connect(m_clearNote, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        const RecordId patient = m_model->patientAt(current.row());
        RoutiqError error;
        if (!patient || !m_source.settings || !m_source.user ||
            !m_source.settings->clearContactNote(*m_source.user, m_source.clinicId, patient,
                                                 &error)) {
            m_status->setText(error.message);
            return;
        }
        loadNotes();
    });
    connect(m_export, &QPushButton::clicked, this, &LapsedPatientsWindow::askExportPath);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    updateEditor();
    resize(1100, 620);
}

void LapsedPatientsWindow::fillChoices(QComboBox *box, const QString &allText,
                                       const QList<FilterChoice> &choices)
{
    const QVariant current = box->currentData();
    m_filling = true;
    box->clear();
    box->addItem(allText);
    for (const FilterChoice &c : choices)
        box->addItem(c.name, QVariant::fromValue(c.id));
    const int again = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(qMax(0, again));
    m_filling = false;
}

void LapsedPatientsWindow::setSource(const InsightSource &source)
{
    const bool sameClinic =
        source.clinicId == m_source.clinicId && source.session == m_source.session &&
        (source.user ? source.user->userId : 0) == (m_source.user ? m_source.user->userId : 0);
    m_source = source;
    setWindowTitle(tr("Dropped-off patients \u2014 %1").arg(source.clinicName));
    fillChoices(m_location, tr("All locations"), source.locations);
    fillChoices(m_practitioner, tr("All practitioners"), source.practitioners);
    if (!sameClinic || m_connections.isEmpty()) {
        // Opened from the dashboard: start from its location and practitioner.
        const QSignalBlocker blockLocation(m_location);
        const QSignalBlocker blockPractitioner(m_practitioner);
        const auto select = [](QComboBox *box, std::optional<RecordId> id) {
            box->setCurrentIndex(id ? qMax(0, box->findData(QVariant::fromValue(*id))) : 0);
        };
        select(m_location, source.request.locationId);
        select(m_practitioner, source.request.practitionerId);
    }
    m_model->setPractitionerNames(source.practitionerNames());
    if (sameClinic && !m_connections.isEmpty())
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model->clear();
    m_opened = false;
    m_hasList = false;
    if (!source.session)
        return;
    ClinicSession *s = source.session;
    m_connections << connect(s, &ClinicSession::lapsedReady, this, &LapsedPatientsWindow::onList)
                  << connect(s, &ClinicSession::lapsedCountReady, this,
                             &LapsedPatientsWindow::onCount)
                  << connect(s, &ClinicSession::insightFailed, this,
                             &LapsedPatientsWindow::onFailed)
                  << connect(s, &ClinicSession::snapshotReady, this, [this] { ask(false); });
    ask(true);
}

LapsedQuery LapsedPatientsWindow::query() const
{
    LapsedQuery q;
    q.minDays = m_minDays->value();
    q.maxDays = m_maxDays->value();
    if (const QVariant v = m_location->currentData(); v.isValid())
        q.locationId = v.value<RecordId>();
    if (const QVariant v = m_practitioner->currentData(); v.isValid())
        q.practitionerId = v.value<RecordId>();
    return q;
}

void LapsedPatientsWindow::ask(bool audit)
{
    if (!m_source.session)
        return;
    QString reason;
    if (!LapsedPatientsFinder::validate(query(), &reason)) {
        m_status->setText(reason);
        return;
    }
    if (m_refused && !audit) {
        // Refused once for this view: only the count stays live (no denial logged per change).
        m_source.session->requestLapsedCount(query(), m_countRequest = nextInsightRequestId());
        return;
    }
    m_listRequest = nextInsightRequestId();
    if (!m_source.user) {
        // Without accounts (tests) the list is asked for like the drill-down's: a guard refuses.
        m_source.session->requestLapsedCount(query(), m_countRequest = nextInsightRequestId());
        return;
    }
    if (m_opened && !audit)
        m_source.session->refreshLapsed(*m_source.user, query(), m_listRequest);
    else
        m_source.session->requestLapsed(*m_source.user, query(), m_listRequest);
    m_opened = true;
}

void LapsedPatientsWindow::onList(quint64 requestId, const LapsedList &list,
                                  const PatientContacts &contacts)
{
    if (requestId != m_listRequest)
        return;
    m_refused = false;
    m_hasList = true;
    m_model->setList(list, contacts);
    loadNotes();
    const QLocale l;
    m_status->setText(tr("%n patient(s) whose last visit was %1 to %2 days before %3 and who have "
                         "nothing booked since. The freshest drop-offs come first: they are the "
                         "easiest to win back.",
                         nullptr, int(list.patients.size()))
                          .arg(list.query.minDays)
                          .arg(list.query.maxDays)
                          .arg(l.toString(list.asOf, QLocale::ShortFormat)));
    m_view->setVisible(true);
    m_refusal->hide();
    m_view->resizeColumnsToContents();
    m_export->setEnabled(true);
    updateEditor();
    emit updated();
}

void LapsedPatientsWindow::onCount(quint64 requestId, int count, QDate asOf)
{
    if (requestId != m_countRequest)
        return;
    m_refusal->setText(tr("%n patient(s) dropped off (last visit %1 to %2 days before %3).\n\n"
                          "Your account sees this number only: names and phone numbers are "
                          "for staff and administrators.",
                          nullptr, count)
                           .arg(query().minDays)
                           .arg(query().maxDays)
                           .arg(QLocale().toString(asOf, QLocale::ShortFormat)));
    emit updated();
}

void LapsedPatientsWindow::onFailed(quint64 requestId, const RoutiqError &error)
{
    if (requestId == m_countRequest) {
        m_refusal->setText(error.message);
        emit updated();
        return;
    }
    if (requestId != m_listRequest)
        return;
    // Refused (or failed): nothing patient-level may stay on screen.
    m_model->clear();
    m_hasList = false;
    m_refused = error.is(ErrorCode::AccessDenied);
    m_opened = false;
    m_status->setText(error.message);
    m_view->hide();
    m_refusal->setText(error.message);
    m_refusal->show();
    m_export->setEnabled(false);
    updateEditor();
    if (m_refused && m_source.session)
        m_source.session->requestLapsedCount(query(), m_countRequest = nextInsightRequestId());
    emit updated();
}

void LapsedPatientsWindow::loadNotes()
{
    if (!m_source.settings || !m_source.user)
        return;
    RoutiqError error;
    const auto notes = m_source.settings->contactNotes(*m_source.user, m_source.clinicId, &error);
    if (notes)
        m_model->setNotes(*notes);
    else
        m_status->setText(error.message);
    updateEditor();
}

void LapsedPatientsWindow::updateEditor()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const RecordId patient = m_model->patientAt(current.row());
    const bool can = patient != 0 && m_source.settings && m_source.user;
    for (QWidget *w : {static_cast<QWidget *>(m_contactedOn), static_cast<QWidget *>(m_outcome),
                       static_cast<QWidget *>(m_saveNote)})
        w->setEnabled(can);
    m_clearNote->setEnabled(can && m_model->notes().contains(patient));
    const QDate today =
        m_model->list().asOf.isValid() ? m_model->list().asOf : QDate::currentDate();
    m_contactedOn->setMaximumDate(today); // a contact cannot lie in the future
    if (!can) {
        m_contactedOn->setDate(today);
        m_outcome->clear();
        return;
    }
    const auto note = m_model->notes().constFind(patient);
    m_contactedOn->setDate(note != m_model->notes().cend() ? note->contactedOn : today);
    m_outcome->setText(note != m_model->notes().cend() ? note->outcome : QString());
}

bool LapsedPatientsWindow::saveNote(QString *error)
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const RecordId patient = m_model->patientAt(current.row());
    if (!patient || !m_source.settings || !m_source.user) {
        if (error)
            *error = tr("Select a patient first.");
        return false;
    }
    RoutiqError e;
    if (!m_source.settings->setContactNote(*m_source.user, m_source.clinicId, patient,
                                           m_contactedOn->date(), m_outcome->text(), &e)) {
        if (error)
            *error = e.message;
        return false;
    }
    loadNotes();
    m_status->setText(tr("Note saved."));
    return true;
}

bool LapsedPatientsWindow::exportCsv(const QString &path, QString *error)
{
    if (!m_hasList || !m_source.user || !m_source.access) {
        if (error)
            *error = tr("There is no list to export.");
        return false;
    }
    // Recorded before the file is written, without the path (it can name a person).
    const QString what = QStringLiteral("lapsed csv rows=%1 %2..%3 days")
                             .arg(m_model->rowCount())
                             .arg(m_model->list().query.minDays)
                             .arg(m_model->list().query.maxDays);
    const RoutiqError denied =
        m_source.access->exportPatientLevel(*m_source.user, m_source.clinicId, what);
    if (!denied.isNull()) {
        if (error)
            *error = denied.message;
        return false;
    }
    return TableCsvExporter::write(path, *m_proxy, error);
}

void LapsedPatientsWindow::askExportPath()
{
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setWindowTitle(tr("Export dropped-off patients as CSV"));
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(tr("routiq-dropped-off.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_status->setText(
            exportCsv(path, &error) ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

QString LapsedPatientsWindow::statusText() const
{
    return m_status->text();
}

} // namespace routiq
