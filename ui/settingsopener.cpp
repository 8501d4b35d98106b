#include "settingsopener.h"

#include "security/accountexpiry.h"
#include "security/auditanchor.h"
#include "security/auditcounter.h"
#include "session/appcontext.h"
#include "session/cliniczone.h"
#include "settingswindow.h"
#include "storage/appdatabase.h"

#include <QDialog>

namespace routiq {

SettingsOpener::SettingsOpener(SignInGate *gate, AppContext *app, AuditAnchor *anchor,
                               AuditCounter *counter, QObject *parent)
    : QObject(parent), m_gate(gate), m_app(app), m_anchor(anchor), m_counter(counter)
{
    connect(gate, &SignInGate::signedOut, this, &SettingsOpener::close);
    connect(gate, &SignInGate::locked, this, &SettingsOpener::close);
    connect(gate, &SignInGate::revoked, this, &SettingsOpener::close);
    // Other rights, other tabs: the window is built again when asked for.
    connect(gate, &SignInGate::userChanged, this, &SettingsOpener::close);
    connect(gate, &SignInGate::signedIn, this, &SettingsOpener::close);
}

SettingsOpener::~SettingsOpener()
{
    delete m_window.data();
}

void SettingsOpener::close()
{
    if (!m_window)
        return;
    // A question still open (Add user…, Reset password…) is answered "Cancel": its page acts
    // on nothing. The window is only hidden here, since this may run inside that dialog's own
    // event loop, and deleted at the next open() or with the opener.
    for (QDialog *dialog : m_window->findChildren<QDialog *>())
        dialog->reject();
    m_window->hide();
    m_stale = true;
}

void SettingsOpener::open()
{
    const auto user = m_gate->revalidate();
    if (!user || user->demo)
        return;
    // A window closed by the user or by close() is built again: fresh lists, fresh rights.
    if (m_window && (m_stale || !m_window->isVisible())) {
        delete m_window.data();
        m_stale = false;
    }
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    SettingsContext context;
    context.gate = m_gate;
    AppContext *app = m_app;
    context.clinics = [app] {
        return app && app->isUnlocked() ? app->appDatabase().clinicConnections()
                                        : QList<ClinicConnection>();
    };
    context.expiryEnd = [app](const QDate &lastDay, const QList<ClinicId> &clinics,
                              std::function<void(const QDateTime &)> done) {
        if (!app) {
            done(AccountExpiry::endOf(lastDay, {}));
            return;
        }
        // As `routiq-cli user add --expires`: the next midnight in the clinics' zones.
        ClinicZone::ofClinics(*app, clinics, [lastDay, done](const QList<QTimeZone> &zones) {
            done(AccountExpiry::endOf(lastDay, zones));
        });
    };
    AuditAnchor *anchor = m_anchor;
    AuditCounter *counter = m_counter;
    SignInGate *gate = m_gate;
    context.verifyAudit = [gate, anchor,
                           counter](std::function<void(const AuditVerifier::Report &)> done) {
        AuditVerifier::AnchorReading reading;
        if (anchor)
            reading.saved = anchor->read(&reading.error);
        if (!counter) {
            done(AuditVerifier::check(gate->audit(), reading, {}));
            return;
        }
        counter->read([gate, reading, done](const AuditCounter::Reading &c) {
            done(AuditVerifier::check(gate->audit(), reading, c));
        });
    };
    m_window = new SettingsWindow(context, *user);
    emit windowOpened(m_window);
    m_window->show();
    m_window->raise();
}

} // namespace routiq
