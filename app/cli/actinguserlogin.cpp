#include "actinguserlogin.h"

#include "passwordinput.h"

#include "secrets/keyslotstore.h"
#include "security/accountstore.h"
#include "security/permission.h"
#include "session/appcontext.h"
#include "storage/appdatabase.h"

#include <QSettings>

namespace routiq::cli {

ActingUserLogin::ActingUserLogin(AppContext &app, const Clock *clock)
    : m_app(app), m_clock(clock), m_keys(&app, clock, m_hasher.cost())
{}

ActingUserLogin::~ActingUserLogin()
{
    // Normally settle() ran already; a run that ends without it still anchors its entries.
    if (m_anchorUpdates && m_audit && m_audit->head().seq != m_seqAtStart)
        m_anchor->update(*m_audit);
    if (m_forwarder && m_audit)
        m_forwarder->forwardNew(*m_audit);
}

void ActingUserLogin::settle(std::function<void()> done)
{
    if (!m_audit || !m_counter) {
        done();
        return;
    }
    if (!m_anchorUpdates || m_audit->head().seq == m_seqAtStart) {
        m_counter->whenSettled(std::move(done));
        return;
    }
    m_anchor->update(*m_audit);
    m_counter->update();
    if (m_forwarder)
        m_forwarder->forwardNew(*m_audit);
    m_counter->whenSettled(std::move(done));
}

void ActingUserLogin::closeServices()
{
    if (m_anchorUpdates && m_audit && m_audit->head().seq != m_seqAtStart)
        m_anchor->update(*m_audit);
    if (m_forwarder && m_audit)
        m_forwarder->forwardNew(*m_audit);
    m_access.reset();
    m_accounts.reset();
    m_forwarder.reset();
    // The counter may still be writing the keychain: it is kept (and answers later) only
    // while its log is; a rekey's last steps run without one, and reopenServices() makes both.
    m_counter.reset();
    m_audit.reset();
}

void ActingUserLogin::reopenServices()
{
    closeServices();
    openServices();
}

void ActingUserLogin::openServices()
{
    if (m_accounts)
        return;
    QSqlDatabase db = m_app.appDatabase().database();
    const QByteArray &auditKey = m_app.auditKey();
    m_anchor = std::make_unique<AuditAnchor>(m_app.dataDirectory(), auditKey);
    m_audit = std::make_unique<AuditLog>(db, m_clock);
    m_audit->setMacKey(auditKey);
    m_counter = std::make_unique<AuditCounter>(&m_app.secretStore(), m_audit.get(), auditKey);
    AccountService::Options options;
    options.throttleDatabase = m_app.keySlots().database();
    options.unknownNameKey = FolderKeys::unknownNameKey(m_app.folderId());
    m_accounts = std::make_unique<AccountService>(db, m_clock, &m_hasher, m_audit.get(), options);
    m_accounts->setSlotKeeper(&m_keys);
    m_access = std::make_unique<AuditedAccess>(&m_accounts->policy(), m_audit.get());
    if (m_anchorUpdates) {
        m_audit->setAnchor(m_anchor.get());
        m_audit->setCounter(m_counter.get());
        // A new data folder's log gets its anchor before its first entry; an existing log
        // whose anchor is gone does not (audit verify reports it; an admin re-anchors).
        m_anchor->createForNewLog(*m_audit);
    }
    m_seqAtStart = m_audit->head().seq;
    // The admin's opt-in copy to the OS log, shared with the app's setting.
    if (QSettings().value(QStringLiteral("security/forwardAuditToOsLog"), false).toBool() &&
        AuditForwarder::isAvailable()) {
        m_forwarder = std::make_unique<AuditForwarder>(AuditForwarder::systemLog());
        m_forwarder->start(*m_audit);
        m_audit->setForwarder(m_forwarder.get());
    }
    m_keys.flushPendingAudit(*m_audit);
}

QStringList ActingUserLogin::agentSlotLabels() const
{
    QStringList labels;
    const auto all = m_app.keySlots().all(nullptr);
    for (const KeySlot &slot : all.value_or(QList<KeySlot>()))
        if (slot.kind == KeySlot::Kind::Agent)
            labels.append(slot.label);
    return labels;
}

bool ActingUserLogin::signInAsAgent(const QString &label, const QByteArray &secret,
                                    RoutiqError *error)
{
    const DataKey key = m_keys.openSecretSlot(KeySlot::Kind::Agent, label, secret, error);
    if (!key.isValid() || !m_app.unlock(key, error))
        return false;
    openServices();
    const AuthResult result = m_accounts->agentLogin(label.mid(label.indexOf(u':') + 1), label);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    m_user = *result.user;
    return true;
}

bool ActingUserLogin::isNewFolder() const
{
    const AppContext::FolderState state = m_app.folderState();
    return !state.accountSlots && !state.hasData();
}

bool ActingUserLogin::signIn(const QString &username, RoutiqError *error, int *exitCode)
{
    *exitCode = 1;
    const AppContext::FolderState state = m_app.folderState();
    if (!state.accountSlots && !state.hasData()) {
        *exitCode = 2;
        *error = RoutiqError::make(
            QLatin1String(kNoAccountCode),
            QStringLiteral("No account yet: create the first admin with 'routiq-cli user add "
                           "--name NAME --role admin' (password from ROUTIQ_NEW_PASSWORD_FILE or "
                           "a prompt)."));
        return false;
    }
    if (!state.accountSlots) {
        *error = FolderKeys::noSlotError();
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
    const FolderKeys::Unwrapped unwrapped = m_keys.unlockWithPassword(username, *password);
    if (!unwrapped.ok()) {
        *error = unwrapped.error;
        return false;
    }
    if (!m_app.unlock(unwrapped.key, error))
        return false;
    openServices();
    const AuthResult result = m_accounts->finishSlotLogin(username, unwrapped.generation);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    m_user = *result.user;
    return true;
}

std::optional<QString> ActingUserLogin::createFirstAdmin(const QString &username,
                                                         const QString &password,
                                                         RoutiqError *error)
{
    const QString name = AccountService::normalizeUsername(username);
    if (name.isEmpty() || name == QLatin1String(AccountService::kDemoUsername)) {
        *error = RoutiqError::make(QStringLiteral("INVALID_USERNAME"),
                                   QStringLiteral("Choose a user name of letters and digits "
                                                  "(and . _ - @), up to 64 characters."));
        return std::nullopt;
    }
    if (password.size() < AccountService::Options().minPasswordLength || password.size() > 1024) {
        *error = RoutiqError::make(QStringLiteral("WEAK_PASSWORD"),
                                   QStringLiteral("Choose a password of at least %1 characters.")
                                       .arg(AccountService::Options().minPasswordLength));
        return std::nullopt;
    }
    const std::optional<QString> recovery = m_keys.createFolder(name, password, error);
    if (!recovery)
        return std::nullopt;
    openServices();
    const std::optional<ActingUser> admin = m_accounts->createFirstAdmin(name, password, error);
    if (!admin)
        return std::nullopt;
    m_user = *admin;
    return recovery;
}

bool ActingUserLogin::recover(const QString &adminName, const QString &recoveryKey,
                              const QString &newPassword, RoutiqError *error)
{
    const DataKey key = m_keys.openWithRecoveryKey(recoveryKey, error);
    if (!key.isValid() || !m_app.unlock(key, error))
        return false;
    openServices();
    const QString name = AccountService::normalizeUsername(adminName);
    AccountStore store(m_app.appDatabase().database());
    RoutiqError storeError;
    const std::optional<Account> account = store.find(name, &storeError);
    if (!account || account->demo || account->role != Role::Admin) {
        *error = storeError.isNull()
                     ? RoutiqError::make(QStringLiteral("UNKNOWN_ACCOUNT"),
                                         QStringLiteral("The recovery key resets the password of "
                                                        "an admin account: there is no admin "
                                                        "named '%1'.")
                                             .arg(name))
                     : storeError;
        return false;
    }
    ActingUser admin;
    admin.userId = account->id;
    admin.username = account->username;
    admin.role = Role::Admin;
    if (!m_audit->record(admin, AuditAction::UserPasswordChanged, name,
                         QStringLiteral("recovery-key"), error))
        return false;
    if (account->disabled && !m_accounts->setDisabled(admin, name, false, error))
        return false;
    if (!m_accounts->setPassword(admin, name, newPassword, error))
        return false;
    m_user = admin;
    return true;
}

RoutiqError ActingUserLogin::viewAggregates(const ClinicId &clinic)
{
    RoutiqError denied = policy().viewAggregates(m_user, clinic);
    if (!denied.isNull())
        m_audit->record(
            m_user, AuditAction::AccessDenied, clinic,
            QStringLiteral("permission=%1").arg(permissionName(Permission::ViewAggregates)));
    return denied;
}

RoutiqError ActingUserLogin::viewPatientLevel(const ClinicId &clinic, const QString &what)
{
    return m_access->viewPatientLevel(m_user, clinic, what);
}

RoutiqError ActingUserLogin::changeApiKey(const ClinicId &clinic, const QString &what)
{
    return m_access->changeApiKey(m_user, clinic, what);
}

RoutiqError ActingUserLogin::changeConnection(const ClinicId &clinic, const QString &what)
{
    return m_access->changeConnection(m_user, clinic, what);
}

} // namespace routiq::cli
