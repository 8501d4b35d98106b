#include "ownaccountpage.h"

#include "security/ownpasswordchange.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

OwnAccountPage::OwnAccountPage(SettingsContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_who(new QLabel(this)),
      m_current(new QLineEdit(this)), m_new(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    for (QLineEdit *e : {m_current, m_new, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_current->setAccessibleName(tr("Current password"));
    m_new->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("New password again"));
    m_who->setAccessibleName(tr("Signed in as"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    auto *group = new QGroupBox(tr("Change your password"), this);
    auto *form = new QFormLayout(group);
    const auto row = [&](const QString &label, QLineEdit *field) {
        auto *l = new QLabel(label, group);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Current password:"), m_current);
    row(tr("&New password:"), m_new);
    row(tr("New password a&gain:"), m_confirm);
    m_change = new QPushButton(tr("C&hange password"), group);
    m_change->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(m_change);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QLineEdit *e : {m_current, m_new, m_confirm})
        e->setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(group);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_change, &QPushButton::clicked, this, &OwnAccountPage::changePassword);
    connect(m_confirm, &QLineEdit::returnPressed, this, &OwnAccountPage::changePassword);
    showWho();
}

void OwnAccountPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showWho();
}

void OwnAccountPage::showWho()
{
    const auto user = m_context.gate ? m_context.gate->currentUser() : std::nullopt;
    if (!user) {
        m_who->clear();
        return;
    }
    m_who->setText(tr("Signed in as <b>%1</b> (%2). Passwords need at least %n characters.",
                      nullptr, m_context.gate->minPasswordLength())
                       .arg(user->username.toHtmlEscaped(), roleName(user->role)));
}

QString OwnAccountPage::message() const
{
    return m_message->text();
}

bool OwnAccountPage::changePassword()
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    if (m_new->text() != m_confirm->text()) {
        m_message->setText(tr("The two new passwords differ."));
        m_confirm->clear();
        m_confirm->setFocus();
        return false;
    }
    RoutiqError error;
    OwnPasswordChange change(&m_context.gate->accounts(), &m_context.gate->audit());
    const bool ok = change.change(*actor, m_current->text(), m_new->text(), &error);
    m_message->setText(ok ? tr("Your password is changed.") : error.message);
    for (QLineEdit *e : {m_current, m_new, m_confirm})
        e->clear();
    (ok ? m_current : (error.is(ErrorCode::WrongPassword) ? m_current : m_new))->setFocus();
    return ok;
}

} // namespace routiq
