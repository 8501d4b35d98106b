#include "synchealthwindow.h"

#include "session/synchealthtracker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace routiq {

namespace {

QString when(const QDateTime &utc)
{
    if (!utc.isValid())
        return SyncHealthWindow::tr("not yet");
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::LongFormat)
                                                : locale.toString(local, QLocale::ShortFormat);
}

QString age(qint64 secs)
{
    if (secs < 90)
        return SyncHealthWindow::tr("%1 s").arg(secs);
    if (secs < 90 * 60)
        return SyncHealthWindow::tr("%1 min").arg(secs / 60);
    return SyncHealthWindow::tr("%1 h").arg(secs / 3600);
}

QString stateText(const QString &state)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("idle"), QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Idle")},
        {QStringLiteral("connecting"), QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Connecting")},
        {QStringLiteral("backfilling"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Downloading the history")},
        {QStringLiteral("catchingup"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Catching up")},
        {QStringLiteral("polling"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Checking for changes")},
        {QStringLiteral("waiting"), QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Up to date")},
        {QStringLiteral("failed"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Last pass failed")},
        {QStringLiteral("finished"), QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Stopped")},
    };
    const char *name = names.value(state);
    return name ? SyncHealthWindow::tr(name) : state;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = t->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            t->setItem(row, c, item);
        }
        item->setText(cells.at(c));
    }
}

} // namespace

SyncHealthWindow::SyncHealthWindow(const SyncHealthTracker *tracker, QWidget *parent)
    : QWidget(parent, Qt::Window), m_tracker(tracker)
{
    setObjectName(QStringLiteral("SyncHealthWindow"));
    setWindowTitle(tr("Sync health"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_clinic = new QComboBox(this);
    m_clinic->setAccessibleName(tr("Clinic"));
    layout->addWidget(m_clinic);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("last"), tr("Last successful sync")},
        {QStringLiteral("age"), tr("Data age")},
        {QStringLiteral("budget"), tr("Requests per minute")},
        {QStringLiteral("circuit"), tr("Connection guard")},
        {QStringLiteral("retry"), tr("Next retry")},
    };
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields.insert(key, value);
        form->addRow(label, value);
    }
    layout->addLayout(form);

    auto *resourcesTitle = new QLabel(tr("Last success per resource"), this);
    QFont bold = resourcesTitle->font();
    bold.setBold(true);
    resourcesTitle->setFont(bold);
    layout->addWidget(resourcesTitle);
    m_resources = table({tr("Resource"), tr("Last success")}, this);
    m_resources->setMinimumHeight(170);
    layout->addWidget(m_resources);
    m_errorsTitle = new QLabel(this);
    m_errorsTitle->setFont(bold);
    layout->addWidget(m_errorsTitle);
    m_errors = table({tr("Time"), tr("Error"), tr("Reference")}, this);
    layout->addWidget(m_errors, 1);
    auto *hint = new QLabel(tr("Give the reference to your support contact: it finds the "
                               "matching lines in the log (Help › Save diagnostics…)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    resize(560, 620);

    connect(m_clinic, &QComboBox::currentIndexChanged, this, &SyncHealthWindow::refresh);
    if (m_tracker)
        connect(m_tracker, &SyncHealthTracker::changed, this, [this] { refresh(); });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SyncHealthWindow::refresh);
    m_timer.start();
    fillClinics();
    refresh();
}

void SyncHealthWindow::fillClinics()
{
    if (!m_tracker)
        return;
    const QString current = shownClinic();
    QStringList ids = m_tracker->clinicIds();
    QStringList shown;
    for (int i = 0; i < m_clinic->count(); ++i)
        shown << m_clinic->itemData(i).toString();
    if (shown == ids)
        return;
    const QSignalBlocker block(m_clinic);
    m_clinic->clear();
    for (const QString &id : ids) {
        const auto h = m_tracker->snapshot(id);
        m_clinic->addItem(h && !h->clinicName.isEmpty() ? h->clinicName : id, id);
    }
    const int keep = m_clinic->findData(current);
    m_clinic->setCurrentIndex(keep >= 0 ? keep : 0);
    m_clinic->setVisible(ids.size() > 1);
}

void SyncHealthWindow::showClinic(const QString &clinicId)
{
    fillClinics();
    const int i = m_clinic->findData(clinicId);
    if (i >= 0)
        m_clinic->setCurrentIndex(i);
    refresh();
}

QString SyncHealthWindow::shownClinic() const
{
    return m_clinic->currentData().toString();
}

QString SyncHealthWindow::fieldText(const QString &key) const
{
    const QLabel *l = m_fields.value(key);
    return l ? l->text() : QString();
}

void SyncHealthWindow::refresh()
{
    if (!m_tracker)
        return;
    fillClinics();
    const auto h = m_tracker->snapshot(shownClinic());
    if (!h) {
        for (QLabel *l : std::as_const(m_fields))
            l->setText(tr("No clinic is open."));
        return;
    }
    showHealth(*h);
}

void SyncHealthWindow::showHealth(const SyncHealth &h)
{
    m_fields.value(QStringLiteral("state"))->setText(stateText(h.state));
    m_fields.value(QStringLiteral("last"))->setText(when(h.lastSuccessfulSyncUtc));
    m_fields.value(QStringLiteral("age"))
        ->setText(h.dataAgeSecs ? age(*h.dataAgeSecs) : tr("no data yet"));
    QString budget = tr("not known");
    if (const auto perMinute = h.requestsPerMinute()) {
        const double allowed =
            h.requestBudget * 60'000.0 / double(qMax<qint64>(1, h.budgetWindowMs));
        budget = h.budgetLimited ? tr("%1 of %2 allowed by the practice system")
                                       .arg(qRound(*perMinute))
                                       .arg(qRound(allowed))
                                 : tr("%1 (no limit applies)").arg(qRound(*perMinute));
    }
    m_fields.value(QStringLiteral("budget"))->setText(budget);
    QString circuit = tr("not known");
    if (h.circuitState == QLatin1String("closed"))
        circuit = tr("Closed: requests go through");
    else if (h.circuitState == QLatin1String("open"))
        circuit = tr("Open: paused after repeated failures, trial in %1")
                      .arg(age(qMax<qint64>(1, h.circuitRetryInMs / 1000)));
    else if (h.circuitState == QLatin1String("half-open"))
        circuit = tr("Half-open: one trial request is under way");
    m_fields.value(QStringLiteral("circuit"))->setText(circuit);
    m_fields.value(QStringLiteral("retry"))
        ->setText(h.nextRetryUtc.isValid() ? when(h.nextRetryUtc) : tr("none due"));

    static const QHash<QString, const char *> resourceNames{
        {QStringLiteral("locations"), QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Locations")},
        {QStringLiteral("practitioners"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Practitioners")},
        {QStringLiteral("appointment_types"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Appointment types")},
        {QStringLiteral("patients"), QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Patients")},
        {QStringLiteral("appointments"),
         QT_TRANSLATE_NOOP("routiq::SyncHealthWindow", "Appointments")},
    };
    m_resources->setRowCount(int(h.resources.size()));
    for (int i = 0; i < h.resources.size(); ++i) {
        const SyncHealth::Resource &r = h.resources.at(i);
        const char *name = resourceNames.value(r.name);
        setRow(m_resources, i, {name ? tr(name) : r.name, when(r.lastSuccessUtc)});
    }
    m_errorsTitle->setText(tr("Errors in the last 24 hours: %1").arg(h.recentFailures.size()));
    m_errors->setRowCount(int(h.recentFailures.size()));
    for (int i = 0; i < h.recentFailures.size(); ++i) {
        const SyncHealth::Failure &f = h.recentFailures.at(i);
        setRow(m_errors, i, {when(f.atUtc), f.code, f.reference});
    }
}

} // namespace routiq
