#include "userspage.h"

#include "clinicchecklist.h"
#include "newuserdialog.h"
#include "security/accountexpiry.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace routiq {

namespace {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return UsersPage::tr("Administrator");
    case Role::Staff:
        return UsersPage::tr("Staff");
    case Role::ReadOnly:
        return UsersPage::tr("Read-only");
    }
    return {};
}

QString when(const std::optional<QDateTime> &t)
{
    return t ? QLocale().toString(t->toLocalTime(), QLocale::ShortFormat) : QString();
}

// A dialog of one form and OK/Cancel, for the small questions (clinics, expiry, reset).
bool ask(QWidget *parent, const QString &title, const QString &okText,
         const std::function<void(QDialog *, QFormLayout *)> &build)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    build(&dialog, form);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

UsersPage::UsersPage(SettingsContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_table(new QTableWidget(this)),
      m_message(new QLabel(this))
{
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Clinics"), tr("State"),
                                        tr("Account ends"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("User accounts"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_add = new QPushButton(tr("&Add\u2026"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_role = new QPushButton(tr("Change &role\u2026"), this);
    m_clinics = new QPushButton(tr("C&linics\u2026"), this);
    m_expiry = new QPushButton(tr("E&xpiry\u2026"), this);
    m_reset = new QPushButton(tr("Reset &password\u2026"), this);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::openAdd);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::openRole);
    connect(m_clinics, &QPushButton::clicked, this, &UsersPage::openClinics);
    connect(m_expiry, &QPushButton::clicked, this, &UsersPage::openExpiry);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::openReset);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_disable, m_role, m_clinics, m_expiry, m_reset})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_disable);
    setTabOrder(m_disable, m_role);
    setTabOrder(m_role, m_clinics);
    setTabOrder(m_clinics, m_expiry);
    setTabOrder(m_expiry, m_reset);
    refresh();
}

QString UsersPage::message() const
{
    return m_message->text();
}

void UsersPage::refresh()
{
    const QString keep = selectedUsername();
    const auto actor = m_context.actor();
    if (!actor)
        return;
    RoutiqError error;
    const auto list = m_context.gate->accounts().list(*actor, &error);
    if (!list) {
        m_message->setText(error.message);
        return;
    }
    m_accounts = *list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(m_accounts.size()));
    for (int r = 0; r < m_accounts.size(); ++r) {
        const Account &a = m_accounts.at(r);
        const bool expired = a.expiresAt && *a.expiresAt <= now;
        QString state = a.disabled ? tr("Disabled") : expired ? tr("Expired") : tr("Active");
        if (a.mustChangePassword)
            state += tr(", new password due");
        const QStringList cells = {a.username,
                                   roleLabel(a.role),
                                   a.role == Role::Admin ? tr("all")
                                                         : a.clinics.join(QStringLiteral(", ")),
                                   state,
                                   a.expiresAt ? when(a.expiresAt) : tr("never"),
                                   a.lastLoginAt ? when(a.lastLoginAt) : tr("not yet")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

void UsersPage::selectUser(const QString &username)
{
    for (int r = 0; r < m_accounts.size(); ++r) {
        if (m_accounts.at(r).username == username) {
            m_table->selectRow(r);
            return;
        }
    }
}

std::optional<Account> UsersPage::selected() const
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_accounts.size() || !m_table->selectionModel()->hasSelection())
        return std::nullopt;
    return m_accounts.at(r);
}

QString UsersPage::selectedUsername() const
{
    const auto a = selected();
    return a ? a->username : QString();
}

void UsersPage::updateButtons()
{
    const auto a = selected();
    for (QPushButton *b : {m_disable, m_role, m_clinics, m_expiry, m_reset})
        b->setEnabled(a.has_value());
    m_disable->setText(a && a->disabled ? tr("&Enable") : tr("&Disable"));
    m_clinics->setEnabled(a && a->role != Role::Admin);
}

bool UsersPage::done(bool ok, const RoutiqError &error, const QString &success)
{
    m_message->setText(ok ? success : error.message);
    refresh();
    emit messageChanged(m_message->text());
    return ok;
}

void UsersPage::whenEnds(const QDate &lastDay, const QList<ClinicId> &clinics,
                         std::function<void(const QDateTime &)> then)
{
    if (m_context.expiryEnd)
        m_context.expiryEnd(lastDay, clinics, std::move(then));
    else
        then(AccountExpiry::endOf(lastDay, {}));
}

bool UsersPage::addAccount(const AccountService::NewAccount &spec)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    const bool ok = m_context.gate->accounts().addAccount(*actor, spec, &error).has_value();
    const bool result =
        done(ok, error, tr("Added %1.").arg(AccountService::normalizeUsername(spec.username)));
    if (ok)
        selectUser(AccountService::normalizeUsername(spec.username));
    return result;
}

void UsersPage::addUser(AccountService::NewAccount spec, const std::optional<QDate> &lastDay)
{
    if (!lastDay) {
        addAccount(spec);
        return;
    }
    const QPointer<UsersPage> self(this);
    whenEnds(*lastDay, spec.role == Role::Admin ? QList<ClinicId>() : spec.clinics,
             [self, spec](const QDateTime &end) mutable {
                 if (!self)
                     return;
                 spec.expiresAt = end;
                 self->addAccount(spec);
             });
}

bool UsersPage::setDisabled(const QString &username, bool disabled)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    const bool ok = m_context.gate->accounts().setDisabled(*actor, username, disabled, &error);
    return done(ok, error,
                disabled ? tr("%1 is disabled: signed out at their next action.").arg(username)
                         : tr("%1 is enabled again.").arg(username));
}

bool UsersPage::setRole(const QString &username, Role role)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    const bool ok = m_context.gate->accounts().setRole(*actor, username, role, &error);
    return done(ok, error, tr("%1 is now %2.").arg(username, roleLabel(role)));
}

bool UsersPage::setClinics(const QString &username, const QList<ClinicId> &clinics)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    const bool ok = m_context.gate->accounts().assignClinics(*actor, username, clinics, &error);
    return done(ok, error, tr("Clinics of %1 saved.").arg(username));
}

bool UsersPage::setExpiry(const QString &username, const std::optional<QDateTime> &end)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    const bool ok = m_context.gate->accounts().setExpiry(*actor, username, end, &error);
    return done(ok, error,
                end ? tr("%1 ends %2.").arg(username, when(end))
                    : tr("%1 no longer ends.").arg(username));
}

void UsersPage::setLastDay(const QString &username, const std::optional<QDate> &lastDay)
{
    if (!lastDay) {
        setExpiry(username, std::nullopt);
        return;
    }
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&](const Account &a) { return a.username == username; });
    const QList<ClinicId> clinics =
        it != m_accounts.end() && it->role != Role::Admin ? it->clinics : QList<ClinicId>();
    const QPointer<UsersPage> self(this);
    whenEnds(*lastDay, clinics, [self, username](const QDateTime &end) {
        if (self)
            self->setExpiry(username, end);
    });
}

bool UsersPage::resetPassword(const QString &username, const QString &temporaryPassword)
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    const bool ok =
        m_context.gate->accounts().setPassword(*actor, username, temporaryPassword, &error);
    return done(
        ok, error,
        tr("New password for %1: they choose their own at the next sign-in.").arg(username));
}

void UsersPage::openAdd()
{
    NewUserDialog dialog(m_context.clinics ? m_context.clinics() : QList<ClinicConnection>(),
                         m_context.gate->minPasswordLength(), this);
    if (dialog.exec() == QDialog::Accepted)
        addUser(dialog.account(), dialog.lastDay());
}

void UsersPage::toggleDisabled()
{
    if (const auto a = selected())
        setDisabled(a->username, !a->disabled);
}

void UsersPage::openRole()
{
    const auto a = selected();
    if (!a)
        return;
    const QList<Role> roles = {Role::Staff, Role::ReadOnly, Role::Admin};
    QStringList labels;
    for (Role r : roles)
        labels << roleLabel(r);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(a->username), labels,
                              int(roles.indexOf(a->role)), false, &ok);
    if (ok)
        setRole(a->username, roles.at(labels.indexOf(chosen)));
}

void UsersPage::openClinics()
{
    const auto a = selected();
    if (!a)
        return;
    ClinicChecklist *list = nullptr;
    if (ask(this, tr("Clinics of %1").arg(a->username), tr("&Save"),
            [&](QDialog *d, QFormLayout *form) {
                list = new ClinicChecklist(d);
                list->setClinics(m_context.clinics ? m_context.clinics()
                                                   : QList<ClinicConnection>(),
                                 a->clinics);
                form->addRow(list);
            }))
        setClinics(a->username, list->checkedClinics());
}

void UsersPage::openExpiry()
{
    const auto a = selected();
    if (!a)
        return;
    QCheckBox *temporary = nullptr;
    QDateEdit *day = nullptr;
    if (!ask(this, tr("Expiry of %1").arg(a->username), tr("&Save"),
             [&](QDialog *d, QFormLayout *form) {
                 temporary = new QCheckBox(tr("&Temporary account"), d);
                 temporary->setChecked(a->expiresAt.has_value());
                 day = new QDateEdit(a->expiresAt ? a->expiresAt->toLocalTime().date().addDays(-1)
                                                  : QDate::currentDate().addDays(7),
                                     d);
                 day->setCalendarPopup(true);
                 day->setAccessibleName(tr("Last day of the account"));
                 day->setEnabled(temporary->isChecked());
                 QObject::connect(temporary, &QCheckBox::toggled, day, &QWidget::setEnabled);
                 form->addRow(temporary);
                 auto *label = new QLabel(tr("&Last day:"), d);
                 label->setBuddy(day);
                 form->addRow(label, day);
             }))
        return;
    setLastDay(a->username,
               temporary->isChecked() ? std::optional<QDate>(day->date()) : std::nullopt);
}

void UsersPage::openReset()
{
    const auto a = selected();
    if (!a)
        return;
    QLineEdit *first = nullptr;
    QLineEdit *second = nullptr;
    if (!ask(this, tr("Reset the password of %1").arg(a->username), tr("&Reset"),
             [&](QDialog *d, QFormLayout *form) {
                 first = new QLineEdit(d);
                 second = new QLineEdit(d);
                 for (QLineEdit *e : {first, second})
                     e->setEchoMode(QLineEdit::Password);
                 first->setAccessibleName(tr("Temporary password"));
                 second->setAccessibleName(tr("Temporary password again"));
                 auto *l1 = new QLabel(tr("&Temporary password:"), d);
                 auto *l2 = new QLabel(tr("&Again:"), d);
                 l1->setBuddy(first);
                 l2->setBuddy(second);
                 form->addRow(new QLabel(tr("%1 must choose a new password at the next "
                                            "sign-in.")
                                             .arg(a->username),
                                         d));
                 form->addRow(l1, first);
                 form->addRow(l2, second);
             }))
        return;
    if (first->text() != second->text()) {
        m_message->setText(tr("The two passwords differ: nothing was changed."));
        emit messageChanged(m_message->text());
        return;
    }
    resetPassword(a->username, first->text());
}

} // namespace routiq
