#pragma once

#include "domain/routiqerror.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace routiq {

class Clock;
class SignInCard;

// The sign-in screen (at start and after the idle lock): user name, password, "Sign in".
// It only collects and shows: submitted() carries what was typed to SignInGate, and the gate's
// answers come back through setBusy() and showFailure() (with a live lockout countdown).
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    // `clock` (outlives the page) times the lockout countdown.
    explicit SignInPage(const Clock *clock, QWidget *parent = nullptr);

    // Prefills the name (e.g. SignInGate::lastUsername()); the cursor then starts in the
    // password field.
    void setUsername(const QString &username);
    // Puts the cursor in the first empty field (done on show).
    void focusFirstEmptyField();
    // A plain-words notice above the button, e.g. why the screen came back after the idle lock.
    void setNotice(const QString &notice);
    // The notice after SignInGate::locked(): "Locked after N minutes without activity…".
    void showIdleLockNotice(int idleMinutes);
    // Empties the password and the message: show the page afresh.
    void reset();

    // While the gate checks: the button says "Signing in…" and nothing can be typed.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The gate's refusal in plain words; ACCOUNT_LOCKED counts `retryAfterSecs` down and
    // re-enables the button at zero. Clears the password.
    void showFailure(const RoutiqError &error, qint64 retryAfterSecs);

    QString message() const;
    bool isCountingDown() const { return m_unlockAtMs > 0; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *submitButton() const { return m_button; }
    QPushButton *recoveryButton() const { return m_recovery; }

public slots:
    // Redraws the countdown from the clock (each second from a timer; tests call it directly).
    void refreshCountdown();

signals:
    void submitted(const QString &username, const QString &password);
    // "Forgot your password? Use the recovery key".
    void recoveryRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void updateEnabled();

    const Clock *m_clock;
    SignInCard *m_card = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_button = nullptr;
    QPushButton *m_recovery = nullptr;
    QTimer m_countdown;
    qint64 m_unlockAtMs = 0; // 0 = not locked out
    bool m_busy = false;
};

} // namespace routiq
