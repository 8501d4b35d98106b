#include "signinpage.h"

#include "core/clock.h"
#include "signincard.h"

#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

SignInPage::SignInPage(const Clock *clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("SignInPage"));
    m_card = new SignInCard(this);
    m_card->setTitle(tr("Sign in"));
    m_card->setSubtitle(tr("Use the account your clinic admin gave you."));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("SignInUsername"));
    m_username->setPlaceholderText(tr("e.g. sam.lee"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("SignInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    m_card->addField(tr("User name"), m_username);
    m_card->addField(tr("Password"), m_password);
    m_button = m_card->button();
    m_button->setText(tr("Sign in"));

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_button);

    // A plain QWidget has no default button: Enter is wired by hand. Enter in the name field
    // moves on to the password while it is empty.
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_button, &QPushButton::clicked, this, &SignInPage::submit);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInPage::refreshCountdown);

    m_recovery = new QPushButton(tr("Forgot your password? Use the recovery key"), this);
    m_recovery->setObjectName(QStringLiteral("SignInRecovery"));
    m_recovery->setFlat(true);
    connect(m_recovery, &QPushButton::clicked, this, &SignInPage::recoveryRequested);
    // After the main button: Tab goes name, password, "Sign in", then the recovery link.
    setTabOrder(m_password, m_button);
    setTabOrder(m_button, m_recovery);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    m_card->addBelow(m_recovery);
}

void SignInPage::setUsername(const QString &username)
{
    m_username->setText(username);
    if (isVisible())
        focusFirstEmptyField();
}

void SignInPage::focusFirstEmptyField()
{
    // Not a focus proxy: a proxy on this container would pull Tab back to the name field.
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void SignInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusFirstEmptyField();
}

void SignInPage::setNotice(const QString &notice)
{
    if (!isCountingDown())
        m_card->showMessage(notice, SignInCard::Tone::Notice);
}

void SignInPage::showIdleLockNotice(int idleMinutes)
{
    setNotice(
        tr("Locked after %n minutes without activity. Sign in to continue.", nullptr, idleMinutes));
}

void SignInPage::reset()
{
    m_password->clear();
    m_unlockAtMs = 0;
    m_countdown.stop();
    m_card->clearMessage();
    setBusy(false);
    updateEnabled();
}

void SignInPage::submit()
{
    if (m_busy || isCountingDown())
        return;
    const QString name = m_username->text().trimmed();
    if (name.isEmpty()) {
        m_card->showMessage(tr("Enter your user name."), SignInCard::Tone::Error);
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_card->showMessage(tr("Enter your password."), SignInCard::Tone::Error);
        m_password->setFocus();
        return;
    }
    m_card->clearMessage();
    emit submitted(name, m_password->text());
}

void SignInPage::setBusy(bool busy)
{
    m_busy = busy;
    m_button->setText(busy ? tr("Signing in…") : tr("Sign in"));
    m_username->setReadOnly(busy);
    m_password->setReadOnly(busy);
    updateEnabled();
}

void SignInPage::updateEnabled()
{
    m_button->setEnabled(!m_busy && !isCountingDown());
}

void SignInPage::showFailure(const RoutiqError &error, qint64 retryAfterSecs)
{
    m_password->clear();
    if (error.is(ErrorCode::AccountLocked) && retryAfterSecs > 0) {
        m_unlockAtMs = m_clock->nowMSecs() + retryAfterSecs * 1000;
        m_countdown.start();
        refreshCountdown();
        return;
    }
    QString text;
    if (error.is(ErrorCode::InvalidCredentials))
        text = tr("Wrong name or password.");
    else if (!error.message.isEmpty())
        text = error.message; // the services' own plain words (disabled, expired, storage)
    else
        text = tr("Signing in did not work. Try again.");
    m_card->showMessage(text, SignInCard::Tone::Error);
    m_password->setFocus();
    updateEnabled();
}

void SignInPage::refreshCountdown()
{
    if (m_unlockAtMs <= 0)
        return;
    const qint64 remainingMs = m_unlockAtMs - m_clock->nowMSecs();
    if (remainingMs <= 0) {
        m_unlockAtMs = 0;
        m_countdown.stop();
        m_card->showMessage(tr("You can try again now."), SignInCard::Tone::Notice);
        updateEnabled();
        m_password->setFocus();
        return;
    }
    const qint64 secs = (remainingMs + 999) / 1000;
    const QString text = secs < 60 ? tr("Too many attempts: try again in %n s.", nullptr, int(secs))
                                   : tr("Too many attempts: try again in %1:%2 min.")
                                         .arg(secs / 60)
                                         .arg(secs % 60, 2, 10, QLatin1Char('0'));
    m_card->showMessage(text, SignInCard::Tone::Error);
    updateEnabled();
}

QString SignInPage::message() const
{
    return m_card->message();
}

} // namespace routiq
