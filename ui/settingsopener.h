#pragma once

#include "settingswindow.h"

#include <QObject>
#include <QPointer>

namespace routiq {

class AppContext;
class AuditAnchor;
class AuditCounter;
class SignInGate;

// Opens File › Settings… for the signed-in user with what the pages need from the composition
// root (the clinic list, the clinics' zones for expiries, the full audit check), and closes it
// whenever the session changes hands: a sign-out, a lock, a revoked or changed account. The
// composition root adds its own pages with window()->addPage() after windowOpened().
class SettingsOpener : public QObject
{
    Q_OBJECT
public:
    // All must outlive the opener; `anchor` and `counter` may be null (Verify then reports them
    // as missing).
    SettingsOpener(SignInGate *gate, AppContext *app, AuditAnchor *anchor, AuditCounter *counter,
                   QObject *parent = nullptr);
    ~SettingsOpener() override;

    // Shows (or raises) the window for the current user; nothing when nobody is signed in.
    void open();
    void close();
    SettingsWindow *window() const { return m_window; }

signals:
    void windowOpened(routiq::SettingsWindow *window);

private:
    SignInGate *m_gate;
    AppContext *m_app;
    AuditAnchor *m_anchor;
    AuditCounter *m_counter;
    QPointer<SettingsWindow> m_window;
    bool m_stale = false; // hidden by close(): built again at the next open()
};

} // namespace routiq
