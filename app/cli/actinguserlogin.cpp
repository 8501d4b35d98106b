#include "actinguserlogin.h"

#include "passwordinput.h"

#include "security/permission.h"
#include "session/appcontext.h"
#include "storage/appdatabase.h"

#include <QSettings>

namespace routiq::cli {

ActingUserLogin::ActingUserLogin(const AppContext &app, const Clock *clock)
    : m_anchor(app.dataDirectory(), app.auditKey()), m_audit(app.appDatabase().database(), clock),
      m_counter(&app.secretStore(), &m_audit, app.auditKey()),
      m_accounts(app.appDatabase().database(), clock, &m_hasher, &m_audit),
      m_access(&m_accounts.policy(), &m_audit)
{
    m_audit.setMacKey(app.auditKey());
    m_audit.setAnchor(&m_anchor);
    m_audit.setCounter(&m_counter);
    // A new data folder's log gets its anchor before its first entry; an existing log whose
    // anchor is gone does not (audit verify reports it; an admin re-anchors).
    m_anchor.createForNewLog(m_audit);
    m_seqAtStart = m_audit.head().seq;
    // The admin's opt-in copy to the OS log, shared with the app's setting.
    if (QSettings().value(QStringLiteral("security/forwardAuditToOsLog"), false).toBool() &&
        AuditForwarder::isAvailable()) {
        m_forwarder = std::make_unique<AuditForwarder>(AuditForwarder::systemLog());
        m_forwarder->start(m_audit);
        m_audit.setForwarder(m_forwarder.get());
    }
}

ActingUserLogin::~ActingUserLogin()
{
    // Normally settle() ran already; a run that ends without it still anchors its entries.
    if (m_audit.head().seq != m_seqAtStart)
        m_anchor.update(m_audit);
    if (m_forwarder)
        m_forwarder->forwardNew(m_audit);
}

void ActingUserLogin::settle(std::function<void()> done)
{
    if (m_audit.head().seq == m_seqAtStart) {
        m_counter.whenSettled(std::move(done));
        return;
    }
    m_anchor.update(m_audit);
    m_counter.update();
    if (m_forwarder)
        m_forwarder->forwardNew(m_audit);
    m_counter.whenSettled(std::move(done));
}

bool ActingUserLogin::signIn(const QString &username, RoutiqError *error, int *exitCode)
{
    *exitCode = 1;
    const std::optional<bool> any = m_accounts.hasAccounts(error);
    if (!any)
        return false;
    if (!*any) {
        *exitCode = 2;
        *error = RoutiqError::make(
            QLatin1String(kNoAccountCode),
            QStringLiteral("No account yet: create the first admin with 'routiq-cli user add "
                           "--name NAME --role admin' (password from ROUTIQ_NEW_PASSWORD_FILE or "
                           "a prompt)."));
        return false;
    }
    if (username.isEmpty()) {
        *exitCode = 2;
        *error = RoutiqError::make(
            QLatin1String(kLoginRequiredCode),
            QStringLiteral("This command needs an account: add --user NAME (password from "
                           "ROUTIQ_PASSWORD_FILE or a prompt)."));
        return false;
    }
    const auto password = PasswordInput::read("ROUTIQ_PASSWORD_FILE",
                                              QStringLiteral("Password for %1: ").arg(username));
    if (!password) {
        *exitCode = 2;
        *error = RoutiqError::make(
            QLatin1String(kLoginRequiredCode),
            QStringLiteral("No password for --user: set ROUTIQ_PASSWORD_FILE to a readable file "
                           "or run at a terminal."));
        return false;
    }
    const AuthResult result = m_accounts.authenticate(username, *password);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    m_user = *result.user;
    return true;
}

RoutiqError ActingUserLogin::viewAggregates(const ClinicId &clinic)
{
    RoutiqError denied = policy().viewAggregates(m_user, clinic);
    if (!denied.isNull())
        m_audit.record(
            m_user, AuditAction::AccessDenied, clinic,
            QStringLiteral("permission=%1").arg(permissionName(Permission::ViewAggregates)));
    return denied;
}

RoutiqError ActingUserLogin::viewPatientLevel(const ClinicId &clinic, const QString &what)
{
    return m_access.viewPatientLevel(m_user, clinic, what);
}

RoutiqError ActingUserLogin::changeApiKey(const ClinicId &clinic, const QString &what)
{
    return m_access.changeApiKey(m_user, clinic, what);
}

RoutiqError ActingUserLogin::changeConnection(const ClinicId &clinic, const QString &what)
{
    return m_access.changeConnection(m_user, clinic, what);
}

} // namespace routiq::cli
