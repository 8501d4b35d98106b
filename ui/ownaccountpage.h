#pragma once

#include "settingscontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace routiq {

// Settings › My account (everyone): who you are and your role, and a change of your own
// password — the current one, the new one twice — through OwnPasswordChange, so the key slot
// follows and the change is audited, exactly like `routiq-cli user passwd`.
class OwnAccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit OwnAccountPage(SettingsContext context, QWidget *parent = nullptr);

    bool changePassword(); // what the button does; false with message() set
    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *changeButton() const { return m_change; }
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showWho();

    SettingsContext m_context;
    QLabel *m_who = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_change = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace routiq
