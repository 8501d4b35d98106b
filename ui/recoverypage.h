#pragma once

#include "domain/routiqerror.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace routiq {

class SignInCard;

// "Forgot your password?": the recovery key shown when the folder was created opens the data
// again and an admin account gets a new password. Without the key it says plainly that the
// cached data cannot be read, and offers to start the folder fresh (the old one is moved aside,
// not deleted) and resync from the PMS. Collects and shows only; AppShell does the work.
class RecoveryPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryPage(QWidget *parent = nullptr);

    void setMinimumPasswordLength(int length) { m_minLength = length; }
    void setBusy(bool busy);
    void showFailure(const RoutiqError &error);
    void reset();

    QString message() const;
    QLineEdit *recoveryKeyField() const { return m_key; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *submitButton() const { return m_button; }
    QPushButton *startFreshButton() const { return m_startFresh; }
    QPushButton *backButton() const { return m_back; }

signals:
    void submitted(const QString &recoveryKey, const QString &adminName,
                   const QString &newPassword);
    void startFreshRequested();
    void backRequested();

private:
    void submit();

    SignInCard *m_card = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_button = nullptr;
    QPushButton *m_startFresh = nullptr;
    QPushButton *m_back = nullptr;
    int m_minLength = 10;
    bool m_busy = false;
};

} // namespace routiq
