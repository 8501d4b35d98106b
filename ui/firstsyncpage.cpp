#include "firstsyncpage.h"

#include "domain/resourcekind.h"
#include "session/clinicconnectionservice.h"
#include "session/clinicsession.h"
#include "session/clinicsessions.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace routiq {

namespace {
QString resourceLabel(const QString &resource)
{
    if (resource == QLatin1String("locations"))
        return FirstSyncPage::tr("Locations");
    if (resource == QLatin1String("practitioners"))
        return FirstSyncPage::tr("Practitioners");
    if (resource == QLatin1String("appointment_types"))
        return FirstSyncPage::tr("Appointment types");
    if (resource == QLatin1String("patients"))
        return FirstSyncPage::tr("Patients");
    if (resource == QLatin1String("appointments"))
        return FirstSyncPage::tr("Appointments");
    return resource;
}

QString duration(qint64 secs)
{
    if (secs < 90)
        return FirstSyncPage::tr("about %1 s").arg(std::max<qint64>(1, secs));
    if (secs < 90 * 60)
        return FirstSyncPage::tr("about %1 min").arg((secs + 30) / 60);
    return FirstSyncPage::tr("about %1 h").arg((secs + 1800) / 3600);
}
} // namespace

FirstSyncPage::FirstSyncPage(ClinicConnectionService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("FirstSyncPage"));
    m_status = new QLabel(tr("Waiting for the clinic's sync to start\u2026"), this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("FirstSyncStatus"));
    m_resources = new QTreeWidget(this);
    m_resources->setObjectName(QStringLiteral("FirstSyncResources"));
    m_resources->setAccessibleName(tr("First sync progress per resource"));
    m_resources->setRootIsDecorated(false);
    m_resources->setHeaderLabels({tr("What"), tr("Stored"), tr("Of"), tr("State")});
    m_resources->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (ResourceKind kind : kAllResourceKinds)
        row(resourceKindName(kind));
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("FirstSyncBudget"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("FirstSyncEta"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("FirstSyncPause"));
    connect(m_pause, &QPushButton::clicked, this, [this] { emit pauseToggled(!m_paused); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_resources, 1);
    layout->addWidget(m_budget);
    layout->addWidget(m_eta);
    layout->addWidget(m_pause, 0, Qt::AlignLeft);

    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &FirstSyncPage::updateBudget);
    timer->start();
    updateBudget();
}

QTreeWidgetItem *FirstSyncPage::row(const QString &resource)
{
    if (QTreeWidgetItem *item = m_rows.value(resource))
        return item;
    auto *item = new QTreeWidgetItem(m_resources, {resourceLabel(resource), QStringLiteral("0"),
                                                   QStringLiteral("\u2014"), tr("waiting")});
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_rows.insert(resource, item);
    return item;
}

void FirstSyncPage::follow(ClinicSession *session)
{
    m_clinic = session->connection().id;
    setPaused(m_service->isSyncPaused(m_clinic));
    connect(session, &ClinicSession::progress, this, &FirstSyncPage::onProgress);
    connect(session, &ClinicSession::snapshotReady, this, [this] {
        if (!m_figuresSent) {
            m_figuresSent = true;
            emit firstFigures();
        }
    });
    connect(session, &ClinicSession::passCompleted, this, [this](const QDateTime &, bool done) {
        if (!done)
            return;
        for (QTreeWidgetItem *item : std::as_const(m_rows))
            item->setText(3, tr("done"));
        m_status->setText(tr("The first sync is complete. From now on Routiq fetches changes "
                             "every few seconds."));
        m_eta->clear();
        m_pause->setEnabled(false);
        emit backfillComplete();
    });
    connect(session, &ClinicSession::failed, this, [this](const RoutiqError &error) {
        m_status->setText(
            tr("The sync stopped for now: %1 It tries again by itself.").arg(error.message));
    });
    connect(session, &QObject::destroyed, this, [this] { m_clinic.clear(); });
    updateBudget();
}

void FirstSyncPage::onProgress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs)
{
    // Resources before this one are done (the backfill goes in a fixed order).
    bool before = true;
    for (ResourceKind kind : kAllResourceKinds) {
        const QString name = resourceKindName(kind);
        QTreeWidgetItem *item = row(name);
        if (name == resource) {
            before = false;
            item->setText(1, QString::number(done));
            // Practitioners come from two lists (active, inactive): the total is the list's.
            item->setText(2, total >= done ? QString::number(total) : QStringLiteral("?"));
            item->setText(3, total >= 0 && done >= total ? tr("done") : tr("syncing"));
        } else if (before && item->text(3) != tr("done")) {
            item->setText(3, tr("done"));
        }
        // A finished resource read from two lists (practitioners: active and inactive) shows
        // what it stored, not the last list's total.
        if (item->text(3) == tr("done") && item->text(2) == QStringLiteral("?"))
            item->setText(2, item->text(1));
    }
    if (!m_paused)
        m_status->setText(tr("Syncing %1\u2026 The dashboard opens as soon as the first "
                             "figures are in; the rest keeps arriving behind it.")
                              .arg(resourceLabel(resource).toLower()));
    updateBudget();
    m_eta->setText(
        etaSecs >= 0
            ? tr("Time left for %1: %2").arg(resourceLabel(resource).toLower(), duration(etaSecs))
            : tr("Time left: not known yet"));
}

void FirstSyncPage::updateBudget()
{
    const auto use = m_service->sessions() && !m_clinic.isEmpty()
                         ? m_service->sessions()->budgetUse(m_clinic)
                         : std::nullopt;
    if (!use) {
        m_budget->setText(tr("Requests to the PMS: none yet"));
        return;
    }
    const int perMinute =
        use->windowMs > 0 ? int(qint64(use->allowed) * 60'000 / use->windowMs) : use->allowed;
    m_budget->setText(
        use->limited ? tr("Requests to the PMS in the last minute: %1 of %2 allowed")
                           .arg(use->used)
                           .arg(perMinute)
                     : tr("Requests to the PMS in the last minute: %1 (no limit)").arg(use->used));
}

void FirstSyncPage::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume the first sync") : tr("Pause the first sync"));
    if (paused)
        m_status->setText(tr("Paused. Routiq remembers this, also after a restart; Resume "
                             "continues where the sync stopped."));
}

QString FirstSyncPage::statusText() const
{
    return m_status->text();
}

} // namespace routiq
