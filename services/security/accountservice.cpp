#include "accountservice.h"

#include "accountadmin.h"
#include "accountslotkeeper.h"
#include "auditlog.h"
#include "core/clock.h"
#include "core/logging.h"
#include "passwordhasher.h"
#include "securitysettings.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <sodium.h>

#include <cmath>

namespace routiq {

namespace {

// The key the throttle counts under when the typed name is not a valid user name at all.
QString throttleKey(const QString &normalized)
{
    return normalized.isEmpty() ? QStringLiteral("(invalid)") : normalized;
}

// A typed name that matches no account is often a password typed into the wrong field: it is
// kept (throttle, audit) only as "unknown:" and a keyed hash of it, so repeats of one name
// still count together and lock together, but the log does not show what was typed. The key
// is random per app database; without it the hash of a short password could be guessed.
QString hashUnknownName(const QString &normalized, const QByteArray &key)
{
    if (key.size() < crypto_generichash_KEYBYTES_MIN || sodium_init() < 0)
        return QStringLiteral("unknown");
    unsigned char out[16];
    const QByteArray name = normalized.toUtf8();
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(name.constData()),
                       quint64(name.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()));
    return QStringLiteral("unknown:") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace

AccountService::AccountService(QSqlDatabase db, const Clock *clock, const PasswordHasher *hasher,
                               AuditLog *audit)
    : AccountService(std::move(db), clock, hasher, audit, Options())
{}

AccountService::AccountService(QSqlDatabase db, const Clock *clock, const PasswordHasher *hasher,
                               AuditLog *audit, Options options)
    : m_db(db), m_clock(clock), m_hasher(hasher), m_audit(audit), m_options(options), m_store(db),
      m_throttle(options.throttleDatabase.isValid() ? options.throttleDatabase : db, clock,
                 options.lockout),
      m_policy(clock), m_admin(std::make_unique<AccountAdmin>(this))
{
    m_decoyHash = m_hasher->unmatchableHash(); // instant: no Argon2id run on construction
}

AccountService::~AccountService() = default;

// The admin half lives in AccountAdmin.
std::optional<Account> AccountService::addAccount(const ActingUser &actor, const NewAccount &spec,
                                                  RoutiqError *error)
{
    return m_admin->addAccount(actor, spec, error);
}

std::optional<QList<Account>> AccountService::list(const ActingUser &actor,
                                                   RoutiqError *error) const
{
    return m_admin->list(actor, error);
}

bool AccountService::setDisabled(const ActingUser &actor, const QString &username, bool disabled,
                                 RoutiqError *error)
{
    return m_admin->setDisabled(actor, username, disabled, error);
}

bool AccountService::setRole(const ActingUser &actor, const QString &username, Role role,
                             RoutiqError *error)
{
    return m_admin->setRole(actor, username, role, error);
}

bool AccountService::assignClinics(const ActingUser &actor, const QString &username,
                                   const QList<ClinicId> &clinics, RoutiqError *error)
{
    return m_admin->assignClinics(actor, username, clinics, error);
}

bool AccountService::setExpiry(const ActingUser &actor, const QString &username,
                               const std::optional<QDateTime> &expiresAt, RoutiqError *error)
{
    return m_admin->setExpiry(actor, username, expiresAt, error);
}

RoutiqError AccountService::error(const char *code, const QString &message,
                                  const QString &details) const
{
    RoutiqError e;
    e.code = QLatin1String(code);
    e.message = message;
    e.details = details;
    e.timestamp = m_clock->nowUtc();
    return e;
}

QString AccountService::normalizeUsername(const QString &username)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._@-]{0,63}$"));
    const QString n = username.trimmed().toLower();
    return valid.match(n).hasMatch() ? n : QString();
}

QString AccountService::throttleKeyFor(const QString &username, bool known,
                                       const QByteArray &unknownNameKey)
{
    const QString name = normalizeUsername(username);
    return known || name.isEmpty() ? throttleKey(name) : hashUnknownName(name, unknownNameKey);
}

ActingUser AccountService::actingUserFrom(const Account &account)
{
    ActingUser u;
    u.userId = account.id;
    u.username = account.username;
    u.role = account.role;
    u.clinics = account.role == Role::Admin ? QList<ClinicId>() : account.clinics;
    u.expiresAt = account.expiresAt;
    u.demo = account.demo;
    u.mustChangePassword = account.mustChangePassword;
    return u;
}

std::optional<bool> AccountService::hasAccounts(RoutiqError *error) const
{
    const auto n = m_store.countUsable(error);
    if (!n)
        return std::nullopt;
    return *n > 0;
}

bool AccountService::validateNewPassword(const QString &password, RoutiqError *err) const
{
    const int minimum = minPasswordLength();
    if (password.size() >= minimum && password.size() <= 1024)
        return true;
    if (err)
        *err =
            error("WEAK_PASSWORD", tr("Choose a password of at least %1 characters.").arg(minimum));
    return false;
}

int AccountService::minPasswordLength() const
{
    // The admin's setting (never below the built-in floor of the options).
    return std::max(m_options.minPasswordLength, SecuritySettings::read(m_db).minPasswordLength);
}

bool AccountService::validUsername(const QString &normalized, RoutiqError *err) const
{
    if (!normalized.isEmpty() && normalized != QLatin1String(kDemoUsername))
        return true;
    if (err)
        *err = error("INVALID_USERNAME", tr("Choose a user name of letters and digits "
                                            "(and . _ - @), up to 64 characters."));
    return false;
}

bool AccountService::validateFirstAdmin(const QString &username, const QString &password,
                                        RoutiqError *err) const
{
    if (!validUsername(normalizeUsername(username), err) || !validateNewPassword(password, err))
        return false;
    const auto existing = m_store.countUsable(err);
    if (existing && *existing > 0 && err)
        *err = error("ACCOUNTS_EXIST", tr("The first admin account exists already. "
                                          "Sign in, or ask the clinic admin for an account."));
    return existing && *existing == 0;
}

std::optional<ActingUser>
AccountService::createFirstAdmin(const QString &username, const QString &password, RoutiqError *err)
{
    if (!validUsername(normalizeUsername(username), err) || !validateNewPassword(password, err))
        return std::nullopt;
    const auto hash = m_hasher->hash(password);
    if (!hash) {
        if (err)
            *err = error("PASSWORD_HASH_FAILED", tr("The password could not be secured."));
        return std::nullopt;
    }
    return createFirstAdminWithHash(username, *hash, err);
}

std::optional<ActingUser> AccountService::createFirstAdminWithHash(const QString &username,
                                                                   const QByteArray &passwordHash,
                                                                   RoutiqError *err)
{
    Account a;
    a.username = normalizeUsername(username);
    if (!validUsername(a.username, err))
        return std::nullopt;
    if (passwordHash.isEmpty()) {
        if (err)
            *err = error("PASSWORD_HASH_FAILED", tr("The password could not be secured."));
        return std::nullopt;
    }
    a.role = Role::Admin;
    a.createdAt = m_clock->nowUtc();

    // Check and insert in one transaction, so two first-run screens cannot both create one.
    if (!m_db.transaction()) {
        if (err)
            *err = error("SECURITY_STORAGE", tr("The account list could not be saved."));
        return std::nullopt;
    }
    const auto existing = m_store.countUsable(err);
    if (!existing || *existing > 0) {
        m_db.rollback();
        if (existing && err)
            *err = error("ACCOUNTS_EXIST", tr("The first admin account exists already. "
                                              "Sign in, or ask the clinic admin for an account."));
        return std::nullopt;
    }
    const auto id = m_store.insert(a, passwordHash, err);
    if (!id) {
        m_db.rollback();
        return std::nullopt;
    }
    a.id = *id;
    m_store.setLastLogin(a.id, a.createdAt, nullptr); // signed in as it is created
    const ActingUser admin = actingUserFrom(a);
    if (!m_audit->record(admin, AuditAction::UserCreated, a.username,
                         QStringLiteral("role=admin first-admin"), err) ||
        !m_audit->record(admin, AuditAction::LoginSucceeded, a.username,
                         QStringLiteral("first-admin"), err) ||
        !m_db.commit()) {
        m_db.rollback();
        return std::nullopt;
    }
    qCDebug(lcSecurity) << "first admin account created";
    return admin;
}

AuthResult AccountService::failLogin(const LoginAttempt &attempt)
{
    // The failure was counted by admit() before the password was checked.
    const QString &key = attempt.key;
    AuthResult r;
    const std::optional<qint64> userId =
        attempt.account ? std::optional<qint64>(attempt.account->id) : std::nullopt;
    const int failures = attempt.failures;
    m_audit->recordAs(userId, key, AuditAction::LoginFailed, key,
                      QStringLiteral("failures=%1").arg(failures));
    if (const qint64 delay = attempt.lockDelayMs; delay > 0) {
        const qint64 secs = (delay + 999) / 1000;
        m_audit->recordAs(userId, key, AuditAction::AccountLockedOut, key,
                          QStringLiteral("failures=%1 delay_s=%2").arg(failures).arg(secs));
        r.retryAfterSecs = secs;
        r.error = error("ACCOUNT_LOCKED",
                        tr("Too many failed sign-ins. Try again in %1 seconds.").arg(secs),
                        QStringLiteral("retry_after_s=%1").arg(secs));
        return r;
    }
    r.error = error("INVALID_CREDENTIALS", tr("The user name or password is incorrect."));
    return r;
}

AuthResult AccountService::lockedOut(const QString &key, qint64 remainingMs)
{
    const qint64 secs = (remainingMs + 999) / 1000;
    // The password is not even checked while locked, so guessing during a lockout is useless.
    m_audit->recordAs(std::nullopt, key, AuditAction::LoginWhileLocked, key,
                      QStringLiteral("retry_after_s=%1").arg(secs));
    AuthResult r;
    r.retryAfterSecs = secs;
    r.error =
        error("ACCOUNT_LOCKED", tr("Too many failed sign-ins. Try again in %1 seconds.").arg(secs),
              QStringLiteral("retry_after_s=%1").arg(secs));
    return r;
}

AuthResult AccountService::authenticate(const QString &username, const QString &password)
{
    const LoginAttempt attempt = beginLogin(username);
    if (attempt.decided)
        return *attempt.decided;
    return finishLogin(attempt, checkPassword(*m_hasher, attempt.passwordHash, password));
}

QByteArray AccountService::unknownNameSecret() const
{
    if (!m_options.unknownNameKey.isEmpty())
        return m_options.unknownNameKey;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM security_secrets WHERE name = 'unknown-name-key'"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

AccountService::LoginAttempt AccountService::beginLogin(const QString &username)
{
    LoginAttempt attempt;
    const QString name = normalizeUsername(username);

    RoutiqError storeError;
    std::optional<Account> account =
        name.isEmpty() ? std::nullopt : m_store.find(name, &storeError);
    if (!storeError.isNull()) {
        AuthResult r;
        r.error = storeError;
        attempt.decided = r;
        return attempt;
    }
    if (account && account->demo)
        account.reset(); // the demo account is entered through DemoAccount only
    attempt.key =
        account || name.isEmpty() ? throttleKey(name) : hashUnknownName(name, unknownNameSecret());
    const QString &key = attempt.key;

    const LoginThrottle::Admission admission = m_throttle.admit(key, &storeError);
    if (!admission.admitted) {
        AuthResult r;
        if (!storeError.isNull())
            r.error = storeError; // fail closed: no uncounted attempts
        else
            r = lockedOut(key, admission.remainingLockMs);
        attempt.decided = r;
        return attempt;
    }
    attempt.failures = admission.failures;
    attempt.lockDelayMs = admission.lockDelayMs;

    std::optional<QByteArray> hash;
    if (account)
        hash = m_store.passwordHash(account->id, &storeError);
    // Unknown names verify against a decoy, so timing does not tell which names exist.
    attempt.account = account;
    attempt.hasStoredHash = hash.has_value();
    attempt.passwordHash = hash.value_or(m_decoyHash);
    return attempt;
}

AccountService::PasswordCheck AccountService::checkPassword(const PasswordHasher &hasher,
                                                            const QByteArray &passwordHash,
                                                            const QString &password)
{
    PasswordCheck check;
    check.matches = hasher.verify(passwordHash, password);
    if (check.matches && hasher.needsRehash(passwordHash))
        check.rehash = hasher.hash(password);
    return check;
}

AuthResult AccountService::finishLogin(const LoginAttempt &attempt, const PasswordCheck &check)
{
    if (attempt.decided)
        return *attempt.decided;
    const QString &key = attempt.key;
    const std::optional<Account> &account = attempt.account;
    if (!check.matches || !account || !attempt.hasStoredHash)
        return failLogin(attempt);
    return acceptLogin(key, *account, check.rehash);
}

AuthResult AccountService::acceptLogin(const QString &key, const Account &account,
                                       const std::optional<QByteArray> &rehash)
{
    AuthResult r;
    if (account.disabled || m_policy.isExpired(actingUserFrom(account))) {
        m_throttle.withdraw(key, nullptr); // the right password is not a failed guess
        const bool disabled = account.disabled;
        m_audit->recordAs(account.id, key, AuditAction::LoginRefused, key,
                          disabled ? QStringLiteral("disabled") : QStringLiteral("expired"));
        r.error =
            disabled
                ? error("ACCOUNT_DISABLED", tr("This account is disabled. Ask the clinic admin."))
                : error("ACCOUNT_EXPIRED", tr("This temporary account has expired. Ask the clinic "
                                              "admin to extend it."));
        return r;
    }

    const ActingUser user = actingUserFrom(account);
    if (!m_audit->record(user, AuditAction::LoginSucceeded, key, {}, &r.error))
        return r; // fail closed: no unaudited sessions
    m_throttle.reset(key, nullptr);
    m_store.setLastLogin(account.id, m_clock->nowUtc(), nullptr); // for the user list only
    if (rehash)
        m_store.setPasswordHash(account.id, *rehash, nullptr);
    r.user = user;
    return r;
}

AuthResult AccountService::finishSlotLogin(const QString &username, qint64 slotGeneration)
{
    const QString name = normalizeUsername(username);
    const QString key = throttleKey(name);
    AuthResult r;
    RoutiqError storeError;
    const std::optional<Account> account =
        name.isEmpty() ? std::nullopt : m_store.find(name, &storeError);
    if (!storeError.isNull()) {
        r.error = storeError;
        return r;
    }
    if (!account || account->demo || account->slotGeneration != slotGeneration) {
        // The slot opened, so the password was right for it: this is a revoked or foreign slot
        // (restored from an old copy), never a session.
        m_audit->recordAs(account ? std::optional<qint64>(account->id) : std::nullopt, key,
                          AuditAction::LoginRefused, key,
                          QStringLiteral("key slot revoked (generation %1)").arg(slotGeneration));
        r.error = error("INVALID_CREDENTIALS", tr("The user name or password is incorrect."));
        return r;
    }
    return acceptLogin(key, *account, std::nullopt);
}

AuthResult AccountService::agentLogin(const QString &username, const QString &slotLabel)
{
    const QString key = throttleKey(normalizeUsername(username));
    AuthResult r;
    RoutiqError storeError;
    const std::optional<Account> account = m_store.find(normalizeUsername(username), &storeError);
    if (!account || account->demo || account->role != Role::Admin || account->disabled ||
        m_policy.isExpired(actingUserFrom(*account))) {
        m_audit->recordAs(
            account ? std::optional<qint64>(account->id) : std::nullopt, key,
            AuditAction::LoginRefused, key,
            QStringLiteral("agent slot %1: its admin is gone, disabled or expired").arg(slotLabel));
        r.error = storeError.isNull()
                      ? error("AGENT_SLOT_REVOKED",
                              tr("The agent slot's admin account is disabled or gone: an admin "
                                 "removes the slot and makes a new one."))
                      : storeError;
        return r;
    }
    const ActingUser user = actingUserFrom(*account);
    if (!m_audit->record(user, AuditAction::LoginSucceeded, key,
                         QStringLiteral("agent-slot %1").arg(slotLabel), &r.error))
        return r;
    r.user = user;
    return r;
}

std::optional<ActingUser> AccountService::reload(const ActingUser &user, RoutiqError *err) const
{
    RoutiqError storeError;
    const auto account = m_store.find(user.username, &storeError);
    if (!storeError.isNull()) {
        if (err)
            *err = storeError;
        return std::nullopt;
    }
    if (!account || account->id != user.userId) {
        if (err)
            *err = error("INVALID_CREDENTIALS", tr("Please sign in again."));
        return std::nullopt;
    }
    const ActingUser fresh = actingUserFrom(*account);
    if (account->disabled || m_policy.isExpired(fresh)) {
        if (err)
            *err = account->disabled
                       ? error("ACCOUNT_DISABLED",
                               tr("This account is disabled. Ask the clinic admin."))
                       : error("ACCOUNT_EXPIRED", tr("This temporary account has expired. Ask "
                                                     "the clinic admin to extend it."));
        return std::nullopt;
    }
    return fresh;
}

bool AccountService::setPassword(const ActingUser &actor, const QString &username,
                                 const QString &newPassword, RoutiqError *err)
{
    const bool self = normalizeUsername(username) == actor.username && actor.isValid() &&
                      !m_policy.isExpired(actor);
    std::optional<Account> target;
    if (self) {
        RoutiqError storeError;
        target = m_store.find(actor.username, &storeError);
        if (!target || target->id != actor.userId || target->demo) {
            if (err)
                *err = storeError.isNull() ? error("UNKNOWN_ACCOUNT",
                                                   tr("There is no account with this user name."))
                                           : storeError;
            return false;
        }
    } else {
        target = m_admin->findForChange(actor, username, err);
        if (!target)
            return false;
    }
    if (!validateNewPassword(newPassword, err))
        return false;
    const auto hash = m_hasher->hash(newPassword);
    if (!hash) {
        if (err)
            *err = error("PASSWORD_HASH_FAILED", tr("The password could not be secured."));
        return false;
    }
    return m_admin->changeAudited(
        actor, *target, AuditAction::UserPasswordChanged,
        self ? QStringLiteral("self") : QStringLiteral("by-admin"), err, [&] {
            const qint64 generation = target->slotGeneration + 1;
            // An admin's reset is a temporary password: the user chooses their own next.
            return m_store.setPasswordHash(target->id, *hash, err) &&
                   m_store.setSlotGeneration(target->id, generation, err) &&
                   m_store.setMustChangePassword(target->id, !self, err) &&
                   (!m_keeper ||
                    m_keeper->writeAccountSlot(target->username, generation, newPassword, err)) &&
                   m_throttle.reset(target->username, err);
        });
}

} // namespace routiq
