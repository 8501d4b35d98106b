#pragma once

#include <QObject>

namespace routiq {

class AuditedAccess;
class DashboardController;
class SignInGate;

// "Changes apply at once": an application-wide input filter that has SignInGate re-read the
// signed-in account before every user action (key press, click, shortcut), so a change an
// admin made — here or in routiq-cli — applies at the account's next action at the latest.
// Changed rights reach the dashboard at once (a demotion to read-only takes drill-down away);
// a disabled or expired account's input is swallowed while the gate ends the session
// (SignInGate::revoked, which the composition root answers with the sign-in page).
class SessionRevalidator : public QObject
{
    Q_OBJECT
public:
    // All must outlive this object; it installs itself on qApp.
    SessionRevalidator(SignInGate *gate, DashboardController *controller,
                       const AuditedAccess *access, QObject *parent = nullptr);
    ~SessionRevalidator() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SignInGate *m_gate;
    DashboardController *m_controller;
    const AuditedAccess *m_access;
};

} // namespace routiq
