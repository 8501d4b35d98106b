#include "clinicconnectionspanel.h"

#include "connectclinicwizard.h"
#include "core/clock.h"
#include "live/livestatustracker.h"
#include "session/appcontext.h"
#include "session/clinicconnectionservice.h"
#include "session/clinicsession.h"
#include "session/clinicsessions.h"
#include "storage/appdatabase.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace routiq {

namespace {
QString stateText(LiveStatus status, bool paused)
{
    if (paused)
        return ClinicConnectionsPanel::tr("paused");
    switch (status) {
    case LiveStatus::Connecting:
        return ClinicConnectionsPanel::tr("connecting");
    case LiveStatus::Live:
        return ClinicConnectionsPanel::tr("live");
    case LiveStatus::Syncing:
        return ClinicConnectionsPanel::tr("first sync running");
    case LiveStatus::Stale:
        return ClinicConnectionsPanel::tr("stale");
    case LiveStatus::Offline:
        return ClinicConnectionsPanel::tr("offline");
    case LiveStatus::AuthError:
        return ClinicConnectionsPanel::tr("API key rejected");
    }
    return {};
}

QString ageText(std::optional<qint64> secs)
{
    if (!secs)
        return ClinicConnectionsPanel::tr("no data yet");
    if (*secs < 120)
        return ClinicConnectionsPanel::tr("%n s", nullptr, int(*secs));
    if (*secs < 7200)
        return ClinicConnectionsPanel::tr("%n min", nullptr, int(*secs / 60));
    return ClinicConnectionsPanel::tr("%n h", nullptr, int(*secs / 3600));
}
} // namespace

ClinicConnectionsPanel::ClinicConnectionsPanel(ClinicConnectionService *service, ActingUser user,
                                               const Clock &clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_user(std::move(user)), m_clock(clock)
{
    setObjectName(QStringLiteral("ClinicConnectionsPanel"));
    auto *intro = new QLabel(tr("The practice management systems Routiq reads from. Each clinic "
                                "has its own encrypted cache and API key."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ClinicConnectionsTable"));
    m_table->setAccessibleName(tr("Clinic connections"));
    m_table->setHorizontalHeaderLabels({tr("Clinic"), tr("PMS"), tr("State"),
                                        tr("Last successful sync"), tr("Data age"),
                                        tr("Requests (last minute)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = PmsColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons

    m_add = new QPushButton(tr("&Add clinic\u2026"), this);
    m_add->setObjectName(QStringLiteral("ClinicAdd"));
    m_replaceKey = new QPushButton(tr("Replace API &key\u2026"), this);
    m_replaceKey->setObjectName(QStringLiteral("ClinicReplaceKey"));
    m_rename = new QPushButton(tr("Re&name\u2026"), this);
    m_rename->setObjectName(QStringLiteral("ClinicRename"));
    m_remove = new QPushButton(tr("&Remove\u2026"), this);
    m_remove->setObjectName(QStringLiteral("ClinicRemove"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_replaceKey, m_rename, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ClinicConnectionsMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ClinicConnectionsPanel::openWizard);
    connect(m_replaceKey, &QPushButton::clicked, this, &ClinicConnectionsPanel::askReplaceKey);
    connect(m_rename, &QPushButton::clicked, this, &ClinicConnectionsPanel::askRename);
    connect(m_remove, &QPushButton::clicked, this, &ClinicConnectionsPanel::askRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ClinicConnectionsPanel::updateButtons);
    connect(m_service, &ClinicConnectionService::connectionsChanged, this,
            &ClinicConnectionsPanel::reload);
    if (ClinicSessions *sessions = m_service->sessions()) {
        connect(sessions, &ClinicSessions::sessionOpened, this, [this](ClinicSession *s) {
            track(s);
            refreshRows();
        });
        connect(sessions, &ClinicSessions::sessionClosing, this,
                [this](ClinicSession *s) { delete m_trackers.take(s->connection().id); });
        for (ClinicSession *s : sessions->sessions())
            track(s);
    }
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &ClinicConnectionsPanel::refreshRows);
    timer->start();
    reload();
}

ClinicConnectionsPanel::~ClinicConnectionsPanel() = default;

void ClinicConnectionsPanel::track(ClinicSession *session)
{
    const ClinicId id = session->connection().id;
    delete m_trackers.take(id);
    auto *t = new LiveStatusTracker(m_clock, this);
    t->setLastSuccessfulSync(session->lastSuccessfulSync());
    connect(session, &ClinicSession::progress, t, &LiveStatusTracker::syncProgress);
    connect(session, &ClinicSession::passCompleted, t, &LiveStatusTracker::passCompleted);
    connect(session, &ClinicSession::changesCommitted, t, &LiveStatusTracker::changeSetCommitted);
    connect(session, &ClinicSession::failed, t, &LiveStatusTracker::syncFailed);
    m_trackers.insert(id, t);
}

void ClinicConnectionsPanel::reload()
{
    const ClinicId keep = selectedClinic();
    RoutiqError error;
    const QList<ClinicConnection> clinics =
        m_service->context()->appDatabase().clinicConnections(&error);
    m_table->setRowCount(int(clinics.size()));
    for (int r = 0; r < clinics.size(); ++r) {
        const ClinicConnection &c = clinics[r];
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(c.name, c.id));
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(r, NameColumn, name);
        m_table->setItem(r, PmsColumn,
                         new QTableWidgetItem(c.pmsKind == PmsKind::Cliniko
                                                  ? QStringLiteral("Cliniko")
                                                  : QStringLiteral("Nookal")));
        for (int col = StateColumn; col < ColumnCount; ++col)
            m_table->setItem(r, col, new QTableWidgetItem);
    }
    if (!error.isNull())
        showMessage(error.message, true);
    refreshRows();
    if (!keep.isEmpty())
        selectClinic(keep);
    if (selectedClinic().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void ClinicConnectionsPanel::refreshRows()
{
    ClinicSessions *sessions = m_service->sessions();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const ClinicId id = m_table->item(r, NameColumn)->data(Qt::UserRole).toString();
        LiveStatusTracker *t = m_trackers.value(id);
        const bool paused = m_service->isSyncPaused(id);
        m_table->item(r, StateColumn)
            ->setText(t ? stateText(t->status(), paused)
                        : (paused ? stateText(LiveStatus::Connecting, true) : tr("not open")));
        const QDateTime last = t ? t->lastSuccessUtc() : QDateTime();
        m_table->item(r, LastSyncColumn)
            ->setText(last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
                                     : tr("never"));
        m_table->item(r, AgeColumn)->setText(ageText(t ? t->dataAgeSecs() : std::nullopt));
        const auto use = sessions ? sessions->budgetUse(id) : std::nullopt;
        const int perMinute =
            use && use->windowMs > 0 ? int(qint64(use->allowed) * 60'000 / use->windowMs) : 0;
        m_table->item(r, BudgetColumn)
            ->setText(!use           ? QStringLiteral("\u2014")
                      : use->limited ? tr("%1 of %2").arg(use->used).arg(perMinute)
                                     : tr("%1 (no limit)").arg(use->used));
    }
}

ClinicId ClinicConnectionsPanel::selectedClinic() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toString();
}

void ClinicConnectionsPanel::selectClinic(const ClinicId &clinic)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NameColumn)->data(Qt::UserRole).toString() == clinic)
            m_table->selectRow(r);
}

void ClinicConnectionsPanel::updateButtons()
{
    const bool one = !selectedClinic().isEmpty();
    for (QPushButton *b : {m_replaceKey, m_rename, m_remove})
        b->setEnabled(one);
}

void ClinicConnectionsPanel::showMessage(const QString &text, bool bad)
{
    const ThemeColors colors = themeColors(palette());
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg((bad ? colors.bad : colors.good).name()));
    m_message->setText(text);
}

QString ClinicConnectionsPanel::messageText() const
{
    return m_message->text();
}

ConnectClinicWizard *ClinicConnectionsPanel::openWizard()
{
    if (!m_wizard) {
        m_wizard = new ConnectClinicWizard(m_service, m_user, this);
        m_wizard->setWindowFlag(Qt::Window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_wizard->show();
    m_wizard->raise();
    return m_wizard;
}

void ClinicConnectionsPanel::replaceApiKey(const ClinicId &clinic, const QString &apiKey)
{
    showMessage(tr("Testing the new key\u2026"), false);
    m_replaceKey->setEnabled(false);
    QPointer<ClinicConnectionsPanel> self(this);
    m_service->replaceApiKey(m_user, clinic, apiKey, [self](const RoutiqError &error) {
        if (!self)
            return;
        self->updateButtons();
        self->showMessage(error.isNull() ? tr("The new API key works and replaced the old one.")
                                         : tr("The old key was kept. %1").arg(error.message),
                          !error.isNull());
        emit self->actionFinished(error);
    });
}

void ClinicConnectionsPanel::renameClinic(const ClinicId &clinic, const QString &name)
{
    const RoutiqError error = m_service->rename(m_user, clinic, name);
    showMessage(error.isNull() ? tr("Renamed.") : error.message, !error.isNull());
    emit actionFinished(error);
}

QString ClinicConnectionsPanel::removalText(const ClinicId &clinic) const
{
    const auto c = m_service->context()->appDatabase().clinicConnection(clinic);
    const QString name = c ? c->name : clinic;
    return tr("Remove \"%1\" from Routiq?\n\nThis deletes, on this computer:\n"
              "\u2022 its cache: every appointment, patient and figure Routiq copied from the "
              "PMS;\n\u2022 its keys: the API key and the cache's encryption key in the "
              "keychain;\n\u2022 its grants: every user's access to this clinic.\n\n"
              "Nothing is deleted in the PMS itself. Adding the clinic again later starts with "
              "a new, empty cache and no user grants.")
        .arg(name);
}

void ClinicConnectionsPanel::removeClinic(const ClinicId &clinic)
{
    QPointer<ClinicConnectionsPanel> self(this);
    m_service->remove(m_user, clinic, [self](const RoutiqError &error) {
        if (!self)
            return;
        self->showMessage(error.isNull() ? tr("The clinic, its cache, its keys and its grants "
                                              "were removed.")
                                         : error.message,
                          !error.isNull());
        self->reload();
        emit self->actionFinished(error);
    });
}

void ClinicConnectionsPanel::askReplaceKey()
{
    const ClinicId clinic = selectedClinic();
    if (clinic.isEmpty())
        return;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Replace API key"));
    dialog.setLabelText(tr("Paste the new API key. Routiq tests it first; the old key stays "
                           "until the new one works."));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    replaceApiKey(clinic, dialog.textValue().trimmed());
}

void ClinicConnectionsPanel::askRename()
{
    const ClinicId clinic = selectedClinic();
    const auto c = m_service->context()->appDatabase().clinicConnection(clinic);
    if (!c)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename clinic"), tr("New name:"),
                                               QLineEdit::Normal, c->name, &ok);
    if (ok)
        renameClinic(clinic, name);
}

void ClinicConnectionsPanel::askRemove()
{
    const ClinicId clinic = selectedClinic();
    if (clinic.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove clinic"), removalText(clinic),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeClinic(clinic);
}

} // namespace routiq
