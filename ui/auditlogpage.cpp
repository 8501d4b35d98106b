#include "auditlogpage.h"

#include "auditlogmodel.h"
#include "security/auditaction.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace routiq {

namespace {

const QDate kAnyDate(2000, 1, 1); // the date fields' "any" value (their minimum)

} // namespace

AuditLogPage::AuditLogPage(SettingsContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)),
      m_query(std::make_unique<AuditLogQuery>(m_context.gate->accounts().database(),
                                              &m_context.gate->policy(), &m_context.gate->audit())),
      m_user(new QComboBox(this)), m_action(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_view(new QTableView(this)), m_count(new QLabel(this)),
      m_verifyResult(new QLabel(this))
{
    const SettingsContext ctx = m_context;
    m_model = new AuditLogModel(
        m_query.get(), [ctx] { return ctx.actor(); }, this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(AuditLogModel::Seq, 70);
    m_view->setColumnWidth(AuditLogModel::Time, 150);
    m_view->setColumnWidth(AuditLogModel::User, 120);
    m_view->setColumnWidth(AuditLogModel::Action, 150);
    m_view->setColumnWidth(AuditLogModel::Object, 140);

    m_user->setAccessibleName(tr("User filter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &name : auditActionNames())
        m_action->addItem(name, name);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
    m_apply = new QPushButton(tr("A&pply filter"), this);
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setToolTip(tr("Checks every entry, the anchor beside the database and the "
                            "keychain's counter, as 'routiq-cli audit verify' does."));
    m_export = new QPushButton(tr("E&xport CSV\u2026"), this);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setAccessibleName(tr("Verification result"));
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setAccessibleName(tr("Number of entries"));

    auto *filters = new QGridLayout;
    const auto labelled = [&](int column, const QString &text, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        filters->addWidget(l, 0, column);
        filters->addWidget(field, 1, column);
    };
    labelled(0, tr("&User:"), m_user);
    labelled(1, tr("Ac&tion:"), m_action);
    labelled(2, tr("&From:"), m_from);
    labelled(3, tr("T&o:"), m_to);
    filters->addWidget(m_apply, 1, 4);
    filters->setColumnStretch(1, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_verify);
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_verifyResult);

    connect(m_apply, &QPushButton::clicked, this, &AuditLogPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::askExportPath);
    connect(m_model, &AuditLogModel::failed, this,
            [this](const RoutiqError &e) { m_count->setText(e.message); });
    setTabOrder(m_user, m_action);
    setTabOrder(m_action, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_apply);
    setTabOrder(m_apply, m_view);
    setTabOrder(m_view, m_verify);
    setTabOrder(m_verify, m_export);
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read (and audited) only when someone looks at it, not when the window opens.
    if (!m_opened)
        applyFilter();
}

QString AuditLogPage::verifyText() const
{
    return m_verifyResult->text();
}

QString AuditLogPage::message() const
{
    return m_count->text();
}

AuditFilter AuditLogPage::currentFilter() const
{
    AuditFilter f;
    f.userName = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    // Whole local days: from the first one's midnight to the midnight after the last one.
    if (m_from->date() > kAnyDate)
        f.from = m_from->date().startOfDay().toUTC();
    if (m_to->date() > kAnyDate)
        f.to = m_to->date().addDays(1).startOfDay().toUTC();
    return f;
}

void AuditLogPage::refreshUsers()
{
    const QString keep = m_user->currentData().toString();
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    const auto actor = m_context.actor();
    if (!actor)
        return;
    if (const auto names = m_query->userNames(*actor, nullptr)) {
        for (const QString &n : *names)
            m_user->addItem(n, n);
    }
    if (const int i = m_user->findData(keep); i >= 0)
        m_user->setCurrentIndex(i);
}

void AuditLogPage::applyFilter()
{
    m_opened = true;
    refreshUsers();
    if (m_model->open(currentFilter()))
        m_count->setText(tr("%n entries, newest first", nullptr, int(m_model->totalCount())));
}

QString AuditLogPage::describe(const AuditVerifier::Report &report)
{
    if (!report.ok) {
        QString text = tr("Not intact: %1").arg(report.message);
        if (!report.details.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(report.details);
        return text;
    }
    QString text = tr("Intact: all %n entries verified.", nullptr, int(report.entries));
    for (const QString &note : report.notes)
        text += QLatin1Char(' ') + note + QLatin1Char('.');
    for (const QString &warning : report.warnings)
        text += QLatin1Char(' ') + tr("Not checked: %1.").arg(warning);
    return text;
}

void AuditLogPage::verify()
{
    const auto actor = m_context.actor();
    RoutiqError error;
    if (!actor || !m_query->authorize(*actor, QStringLiteral("verify"), &error)) {
        m_verifyResult->setText(error.message);
        emit verified(m_verifyResult->text());
        return;
    }
    m_verifyResult->setText(tr("Verifying\u2026"));
    const auto show = [self = QPointer<AuditLogPage>(this)](const AuditVerifier::Report &r) {
        if (!self)
            return;
        self->m_verifyResult->setText(describe(r));
        emit self->verified(self->m_verifyResult->text());
    };
    if (m_context.verifyAudit) {
        m_context.verifyAudit(show);
        return;
    }
    show(AuditVerifier::check(m_context.gate->audit(), AuditVerifier::AnchorReading{}, {}));
}

bool AuditLogPage::exportTo(const QString &path)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    QSaveFile file(path);
    RoutiqError error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok)
        error = RoutiqError::make(QStringLiteral("EXPORT_FAILED"),
                                  tr("The file could not be written."), file.errorString());
    ok = ok && m_query->exportCsv(*actor, currentFilter(), &file, &error) && file.commit();
    if (!ok)
        file.cancelWriting();
    m_count->setText(ok ? tr("Exported to %1.").arg(path) : error.message);
    return ok;
}

void AuditLogPage::askExportPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/routiq-audit.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace routiq
