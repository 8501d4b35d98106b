#include "firstadminpage.h"

#include "signincard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace routiq {

FirstAdminPage::FirstAdminPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("FirstAdminPage"));
    m_card = new SignInCard(this);
    m_card->setTitle(tr("Create the administrator"));
    m_card->setSubtitle(tr("This account adds clinic connections and the accounts of your team. "
                           "Keep its password safe; the next page shows a recovery key for the "
                           "day it is forgotten."));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("FirstAdminUsername"));
    m_username->setPlaceholderText(tr("e.g. practice.manager"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("FirstAdminPassword"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("FirstAdminConfirm"));
    for (QLineEdit *field : {m_password, m_confirm}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(1024);
        field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText);
    }
    m_lengthHint = new QLabel(this);
    m_lengthHint->setObjectName(QStringLiteral("FirstAdminLengthHint"));
    m_card->addField(tr("User name"), m_username);
    m_card->addField(tr("Password"), m_password, m_lengthHint);
    m_card->addField(tr("Repeat the password"), m_confirm);
    m_button = m_card->button();
    setBusy(false);
    setMinimumPasswordLength(m_minLength);

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_button);

    // Enter moves down the form and submits from the last field.
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    connect(m_confirm, &QLineEdit::returnPressed, this, &FirstAdminPage::submit);
    connect(m_button, &QPushButton::clicked, this, &FirstAdminPage::submit);

    // Shown once the folder exists: the recovery key, in groups a person can copy by hand.
    m_recoveryPanel = new QWidget(this);
    auto *title = new QLabel(tr("Write down your recovery key"), m_recoveryPanel);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *why = new QLabel(
        tr("Routiq encrypts your clinics' data with a key that only a sign-in opens. If every "
           "admin password is forgotten, this recovery key is the only way back in; without it "
           "the data on this computer cannot be read and must be synced again from your PMS. "
           "It is shown only this once: write it down or print it, and keep it away from this "
           "computer."),
        m_recoveryPanel);
    why->setWordWrap(true);
    m_recoveryKey = new QLabel(m_recoveryPanel);
    m_recoveryKey->setObjectName(QStringLiteral("FirstAdminRecoveryKey"));
    m_recoveryKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(big.pointSizeF());
    m_recoveryKey->setFont(mono);
    m_recoveryKey->setAlignment(Qt::AlignCenter);
    m_continue = new QPushButton(tr("I have written it down \u2014 continue"), m_recoveryPanel);
    m_continue->setObjectName(QStringLiteral("FirstAdminRecoveryContinue"));
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_recoveryKey->clear();
        emit recoveryKeyConfirmed();
    });
    auto *panel = new QVBoxLayout(m_recoveryPanel);
    panel->addStretch();
    panel->addWidget(title);
    panel->addWidget(why);
    panel->addSpacing(12);
    panel->addWidget(m_recoveryKey);
    panel->addSpacing(12);
    panel->addWidget(m_continue, 0, Qt::AlignHCenter);
    panel->addStretch();
    m_recoveryPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    layout->addWidget(m_recoveryPanel);
}

void FirstAdminPage::showRecoveryKey(const QString &words)
{
    m_password->clear();
    m_confirm->clear();
    m_recoveryKey->setText(words);
    m_card->hide();
    m_recoveryPanel->show();
    m_continue->setFocus();
}

QString FirstAdminPage::shownRecoveryKey() const
{
    return m_recoveryKey->text();
}

void FirstAdminPage::setMinimumPasswordLength(int length)
{
    m_minLength = std::max(1, length);
    m_lengthHint->setText(
        tr("At least %n characters. A short sentence is easy to remember.", nullptr, m_minLength));
}

void FirstAdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_username->setFocus(); // not a focus proxy: that would pull Tab back to the name field
}

void FirstAdminPage::setBusy(bool busy)
{
    m_busy = busy;
    m_button->setText(busy ? tr("Creating the account…") : tr("Create administrator"));
    m_button->setEnabled(!busy);
    for (QLineEdit *field : {m_username, m_password, m_confirm})
        field->setReadOnly(busy);
}

void FirstAdminPage::showError(const QString &text, QLineEdit *focus)
{
    m_card->showMessage(text, SignInCard::Tone::Error);
    if (focus)
        focus->setFocus();
}

void FirstAdminPage::submit()
{
    if (m_busy)
        return;
    const QString name = m_username->text().trimmed();
    const QString password = m_password->text();
    if (name.isEmpty())
        return showError(tr("Enter a user name."), m_username);
    if (password.size() < m_minLength) {
        m_confirm->clear();
        return showError(
            tr("The password is too short: use at least %n characters.", nullptr, m_minLength),
            m_password);
    }
    if (password != m_confirm->text()) {
        m_confirm->clear();
        return showError(tr("The two passwords are not the same. Type the password again."),
                         m_confirm);
    }
    m_card->clearMessage();
    emit submitted(name, password);
}

void FirstAdminPage::showFailure(const RoutiqError &error)
{
    m_password->clear();
    m_confirm->clear();
    const bool nameProblem = error.is(ErrorCode::InvalidUsername);
    showError(error.message.isEmpty() ? tr("The account could not be created. Try again.")
                                      : error.message,
              nameProblem ? m_username : m_password);
}

QString FirstAdminPage::message() const
{
    return m_card->message();
}

} // namespace routiq
