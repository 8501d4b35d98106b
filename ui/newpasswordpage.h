#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace routiq {

// The sign-in step after an admin's password reset: the user chooses their own password (twice)
// before the dashboard opens. Only collects; AppShell hands it to AccountService::setPassword.
class NewPasswordPage : public QWidget
{
    Q_OBJECT
public:
    explicit NewPasswordPage(QWidget *parent = nullptr);

    void start(const QString &username, int minPasswordLength);
    void showFailure(const QString &message);

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *submitButton() const { return m_button; }
    QString message() const;

signals:
    void submitted(const QString &password);
    void cancelled(); // signs out

private:
    void submit();

    QLabel *m_intro = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_button = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    int m_minLength = 10;
};

} // namespace routiq
