#pragma once

#include "settingscontext.h"

#include <QWidget>

class QTabWidget;

namespace routiq {

class AuditLogPage;
class OwnAccountPage;
class SecurityPage;
class UsersPage;

// File › Settings… (Ctrl+,): admins get Users, Security and Audit log (and whatever the
// composition root adds with addPage, e.g. the clinic connections); everyone gets "My account".
// The tabs are only what the role may use; every action is still checked by the services.
class SettingsWindow : public QWidget
{
    Q_OBJECT
public:
    // `user` decides which tabs exist (the services decide what each action may do).
    SettingsWindow(SettingsContext context, const ActingUser &user, QWidget *parent = nullptr);

    // Adds a tab before "My account" (the last one) and returns its index.
    int addPage(QWidget *page, const QString &title);

    QTabWidget *tabs() const { return m_tabs; }
    UsersPage *usersPage() const { return m_users; }
    SecurityPage *securityPage() const { return m_security; }
    AuditLogPage *auditPage() const { return m_audit; }
    OwnAccountPage *ownAccountPage() const { return m_own; }

private:
    QTabWidget *m_tabs = nullptr;
    UsersPage *m_users = nullptr;
    SecurityPage *m_security = nullptr;
    AuditLogPage *m_audit = nullptr;
    OwnAccountPage *m_own = nullptr;
};

} // namespace routiq
