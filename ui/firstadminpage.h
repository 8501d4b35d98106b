#pragma once

#include "domain/routiqerror.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace routiq {

class SignInCard;

// The first-run screen: create the clinic's administrator (name, password twice, the minimum
// length shown and checked here). submitted() hands the values to SignInGate::createFirstAdmin;
// the gate's answer comes back through setBusy() and showFailure().
class FirstAdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstAdminPage(QWidget *parent = nullptr);

    // SignInGate::minPasswordLength(); shown under the password field.
    void setMinimumPasswordLength(int length);
    int minimumPasswordLength() const { return m_minLength; }

    void setBusy(bool busy); // "Creating the account…", nothing can be typed
    bool isBusy() const { return m_busy; }
    // The gate's refusal (name not allowed, password too weak, storage); clears both passwords.
    void showFailure(const RoutiqError &error);

    QString message() const;
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *submitButton() const { return m_button; }

    // After the folder was created: the recovery key, shown once, and a button to go on.
    void showRecoveryKey(const QString &words);
    QString shownRecoveryKey() const;
    QPushButton *continueButton() const { return m_continue; }

signals:
    void submitted(const QString &username, const QString &password);
    // The admin has written the recovery key down; the page forgets it.
    void recoveryKeyConfirmed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void showError(const QString &text, QLineEdit *focus);

    SignInCard *m_card = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_lengthHint = nullptr;
    QPushButton *m_button = nullptr;
    QWidget *m_recoveryPanel = nullptr;
    QLabel *m_recoveryKey = nullptr;
    QPushButton *m_continue = nullptr;
    int m_minLength = 10;
    bool m_busy = false;
};

} // namespace routiq
