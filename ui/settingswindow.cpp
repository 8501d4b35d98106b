#include "settingswindow.h"

#include "auditlogpage.h"
#include "ownaccountpage.h"
#include "securitypage.h"
#include "userspage.h"

#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace routiq {

SettingsWindow::SettingsWindow(SettingsContext context, const ActingUser &user, QWidget *parent)
    : QWidget(parent, Qt::Window), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Routiq \u2014 Settings"));
    setAccessibleName(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setDocumentMode(true);
    if (user.role == Role::Admin && !user.demo) {
        m_users = new UsersPage(context, m_tabs);
        m_security = new SecurityPage(context, m_tabs);
        m_audit = new AuditLogPage(context, m_tabs);
        m_tabs->addTab(m_users, tr("&Users"));
        m_tabs->addTab(m_security, tr("S&ecurity"));
        m_tabs->addTab(m_audit, tr("&Audit log"));
    }
    m_own = new OwnAccountPage(context, m_tabs);
    m_tabs->addTab(m_own, tr("&My account"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);
    // Fits a 1366×768 laptop with the taskbar and title bar.
    resize(1040, 640);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
}

int SettingsWindow::addPage(QWidget *page, const QString &title)
{
    return m_tabs->insertTab(m_tabs->indexOf(m_own), page, title);
}

} // namespace routiq
