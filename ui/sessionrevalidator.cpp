#include "sessionrevalidator.h"

#include "dashboardcontroller.h"
#include "security/auditedaccess.h"
#include "session/signingate.h"

#include <QApplication>
#include <QEvent>

namespace routiq {

SessionRevalidator::SessionRevalidator(SignInGate *gate, DashboardController *controller,
                                       const AuditedAccess *access, QObject *parent)
    : QObject(parent), m_gate(gate), m_controller(controller), m_access(access)
{
    connect(gate, &SignInGate::userChanged, this, [this](const ActingUser &user) {
        // Only while the dashboard shows this user (not on the sign-in or new-password page).
        if (m_controller->hasUser())
            m_controller->setUser(user, &m_gate->policy(), m_access);
    });
    qApp->installEventFilter(this);
}

SessionRevalidator::~SessionRevalidator()
{
    qApp->removeEventFilter(this);
}

bool SessionRevalidator::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Shortcut:
        // Nobody signed in: nothing to re-read. Otherwise an ended session eats the input.
        if (m_gate->currentUser() && !m_gate->revalidate())
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace routiq
