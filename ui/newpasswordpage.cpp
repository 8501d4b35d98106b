#include "newpasswordpage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

NewPasswordPage::NewPasswordPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_button(new QPushButton(tr("&Save and continue"), this)),
      m_cancel(new QPushButton(tr("Sign &out"), this)), m_message(new QLabel(this))
{
    for (QLineEdit *e : {m_password, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("New password again"));
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));
    auto *form = new QFormLayout;
    auto *l1 = new QLabel(tr("&New password:"), this);
    auto *l2 = new QLabel(tr("&Again:"), this);
    l1->setBuddy(m_password);
    l2->setBuddy(m_confirm);
    form->addRow(l1, m_password);
    form->addRow(l2, m_confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch();
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();
    m_button->setDefault(true);
    connect(m_button, &QPushButton::clicked, this, &NewPasswordPage::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &NewPasswordPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &NewPasswordPage::cancelled);
}

void NewPasswordPage::start(const QString &username, int minPasswordLength)
{
    m_minLength = minPasswordLength;
    m_intro->setText(tr("An administrator reset the password of <b>%1</b>. Choose your own "
                        "password now (at least %n characters); nobody else will know it.",
                        nullptr, minPasswordLength)
                         .arg(username.toHtmlEscaped()));
    m_password->clear();
    m_confirm->clear();
    m_message->clear();
    m_password->setFocus();
}

void NewPasswordPage::showFailure(const QString &message)
{
    m_message->setText(message);
    m_password->clear();
    m_confirm->clear();
    m_password->setFocus();
}

QString NewPasswordPage::message() const
{
    return m_message->text();
}

void NewPasswordPage::submit()
{
    if (m_password->text() != m_confirm->text()) {
        showFailure(tr("The two passwords differ."));
        return;
    }
    emit submitted(m_password->text());
}

} // namespace routiq
