#include "recoverypage.h"

#include "signincard.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

RecoveryPage::RecoveryPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("RecoveryPage"));
    m_card = new SignInCard(this);
    m_card->setTitle(tr("Use the recovery key"));
    m_card->setSubtitle(tr("Type the recovery key you wrote down when Routiq was set up, and a "
                           "new password for an admin account."));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("RecoveryKey"));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("RecoveryUsername"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("RecoveryPassword"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("RecoveryConfirm"));
    for (QLineEdit *field : {m_key, m_password, m_confirm}) {
        field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText);
        field->setMaxLength(1024);
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_card->addField(tr("Recovery key"), m_key);
    m_card->addField(tr("Admin user name"), m_username);
    m_card->addField(tr("New password"), m_password);
    m_card->addField(tr("Repeat the new password"), m_confirm);
    m_button = m_card->button();
    connect(m_button, &QPushButton::clicked, this, &RecoveryPage::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &RecoveryPage::submit);

    auto *without = new QLabel(
        tr("No recovery key? Then the data Routiq cached on this computer cannot be read by "
           "anyone. You can start this data folder fresh (the old folder is kept aside, not "
           "deleted), create a new administrator and sync everything again from your PMS."),
        this);
    without->setWordWrap(true);
    m_startFresh = new QPushButton(tr("Start fresh and resync from the PMS…"), this);
    m_startFresh->setObjectName(QStringLiteral("RecoveryStartFresh"));
    connect(m_startFresh, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Start fresh?"),
            tr("Routiq will move this data folder aside and start an empty one. Clinic "
               "connections and accounts are set up again, and the data is synced again from "
               "the PMS."));
        if (answer == QMessageBox::Yes)
            emit startFreshRequested();
    });
    m_back = new QPushButton(tr("Back to sign-in"), this);
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, &RecoveryPage::backRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    without->setMaximumWidth(420);
    m_card->addBelow(without);
    m_card->addBelow(m_startFresh);
    m_card->addBelow(m_back);
    setBusy(false);
}

void RecoveryPage::setBusy(bool busy)
{
    m_busy = busy;
    m_button->setText(busy ? tr("Opening…") : tr("Open with the recovery key"));
    m_button->setEnabled(!busy);
}

void RecoveryPage::reset()
{
    m_key->clear();
    m_password->clear();
    m_confirm->clear();
    m_card->clearMessage();
    setBusy(false);
}

void RecoveryPage::showFailure(const RoutiqError &error)
{
    setBusy(false);
    m_password->clear();
    m_confirm->clear();
    m_card->showMessage(error.message, SignInCard::Tone::Error);
}

QString RecoveryPage::message() const
{
    return m_card->message();
}

void RecoveryPage::submit()
{
    if (m_busy)
        return;
    if (m_password->text().size() < m_minLength) {
        m_card->showMessage(
            tr("The password is too short: use at least %n characters.", nullptr, m_minLength),
            SignInCard::Tone::Error);
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        m_card->showMessage(tr("The two passwords are not the same."), SignInCard::Tone::Error);
        return;
    }
    m_card->clearMessage();
    emit submitted(m_key->text(), m_username->text().trimmed(), m_password->text());
}

} // namespace routiq
