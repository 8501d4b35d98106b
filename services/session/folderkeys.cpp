#include "folderkeys.h"

#include "appcontext.h"
#include "core/clock.h"
#include "core/logging.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "secrets/recoverykey.h"
#include "security/accountservice.h"
#include "security/auditaction.h"
#include "security/auditlog.h"

#include <sodium.h>

namespace routiq {

namespace {
const QString kRecoveryLabel = QStringLiteral("recovery");
}

FolderKeys::FolderKeys(AppContext *context, const Clock *clock, PasswordHasher::Cost cost,
                       LoginThrottle::Policy lockout)
    : m_context(context), m_clock(clock), m_cost(cost),
      m_throttle(context->keySlots().database(), clock, lockout)
{}

RoutiqError FolderKeys::noSlotError()
{
    return RoutiqError::make(
        QStringLiteral("NO_KEY_SLOT"),
        tr("No key slot of this data folder can be opened, so its cached data cannot be read. "
           "An admin can restore access with the recovery key ('routiq-cli recover'). Without "
           "it, start the folder fresh and resync from the PMS: the PMS holds the data."));
}

QByteArray FolderKeys::unknownNameKey(const QString &folderId)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray message = QByteArrayLiteral("routiq-unknown-name-v1;") + folderId.toUtf8();
    QByteArray key(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       quint64(message.size()), nullptr, 0);
    return key;
}

FolderKeys::Attempt FolderKeys::begin(const QString &username)
{
    Attempt attempt = prepare(username);
    if (!attempt.decided)
        admit(attempt);
    return attempt;
}

FolderKeys::Attempt FolderKeys::prepare(const QString &username) const
{
    Attempt attempt;
    attempt.folderId = m_context->folderId();
    RoutiqError error;
    const QString name = AccountService::normalizeUsername(username);
    const std::optional<KeySlot> slot =
        name.isEmpty() ? std::nullopt
                       : m_context->keySlots().find(KeySlot::Kind::Account, name, &error);
    if (!error.isNull()) {
        AuthResult r;
        r.error = error;
        attempt.decided = r;
        return attempt;
    }
    attempt.known = slot.has_value();
    attempt.key =
        AccountService::throttleKeyFor(username, attempt.known, unknownNameKey(attempt.folderId));
    // Unknown names are tried against a decoy of the same cost: timing does not tell names.
    attempt.slot = slot ? *slot : KeySlotCrypto::decoy(attempt.key, slotCost(m_cost));
    return attempt;
}

void FolderKeys::admit(Attempt &attempt)
{
    RoutiqError error;
    // Counted in one BEGIN IMMEDIATE transaction with the lockout check, so parallel
    // routiq-cli sign-ins cannot all pass the check (LoginThrottle::admit).
    const LoginThrottle::Admission admission = m_throttle.admit(attempt.key, &error);
    if (!admission.admitted) {
        AuthResult r;
        if (!error.isNull()) {
            r.error = error; // fail closed: no uncounted attempts
        } else {
            const qint64 secs = (admission.remainingLockMs + 999) / 1000;
            m_context->keySlots().addPendingAudit(
                {0, m_clock->nowUtc().toMSecsSinceEpoch(), attempt.key,
                 auditActionName(AuditAction::LoginWhileLocked), attempt.key,
                 QStringLiteral("retry_after_s=%1").arg(secs)},
                nullptr);
            r.retryAfterSecs = secs;
            r.error = RoutiqError::make(
                QStringLiteral("ACCOUNT_LOCKED"),
                tr("Too many failed sign-ins. Try again in %1 seconds.").arg(secs),
                QStringLiteral("retry_after_s=%1").arg(secs));
        }
        attempt.decided = r;
        return;
    }
    attempt.failures = admission.failures;
    attempt.lockDelayMs = admission.lockDelayMs;
}

DataKey FolderKeys::unwrap(const Attempt &attempt, const QString &password)
{
    if (attempt.decided)
        return {};
    return KeySlotCrypto::openWithPassword(attempt.slot, attempt.folderId, password);
}

FolderKeys::Unwrapped FolderKeys::fail(const Attempt &attempt)
{
    // The failure was counted by admit() before the slot was tried.
    Unwrapped out;
    const QString &key = attempt.key;
    const int failures = attempt.failures;
    const qint64 delay = attempt.lockDelayMs;
    const qint64 now = m_clock->nowUtc().toMSecsSinceEpoch();
    m_context->keySlots().addPendingAudit({0, now, key, auditActionName(AuditAction::LoginFailed),
                                           key, QStringLiteral("failures=%1").arg(failures)},
                                          nullptr);
    if (delay > 0) {
        const qint64 secs = (delay + 999) / 1000;
        m_context->keySlots().addPendingAudit(
            {0, now, key, auditActionName(AuditAction::AccountLockedOut), key,
             QStringLiteral("failures=%1 delay_s=%2").arg(failures).arg(secs)},
            nullptr);
        out.retryAfterSecs = secs;
        out.error =
            RoutiqError::make(QStringLiteral("ACCOUNT_LOCKED"),
                              tr("Too many failed sign-ins. Try again in %1 seconds.").arg(secs),
                              QStringLiteral("retry_after_s=%1").arg(secs));
        return out;
    }
    out.error = RoutiqError::make(ErrorCode::InvalidCredentials);
    return out;
}

FolderKeys::Unwrapped FolderKeys::finish(const Attempt &attempt, const DataKey &key)
{
    if (attempt.decided) {
        Unwrapped out;
        out.error = attempt.decided->error;
        out.retryAfterSecs = attempt.decided->retryAfterSecs.value_or(0);
        return out;
    }
    if (!attempt.known || !key.isValid())
        return fail(attempt);
    Unwrapped out;
    out.key = key;
    out.generation = attempt.slot.generation;
    return out;
}

FolderKeys::Unwrapped FolderKeys::unlockWithPassword(const QString &username,
                                                     const QString &password)
{
    const Attempt attempt = begin(username);
    return finish(attempt, unwrap(attempt, password));
}

void FolderKeys::flushPendingAudit(AuditLog &audit)
{
    const QList<KeySlotStore::PendingAuditEntry> pending = m_context->keySlots().pendingAudit();
    qint64 copied = 0;
    for (const KeySlotStore::PendingAuditEntry &e : pending) {
        const auto action = auditActionFromName(e.action);
        if (!action)
            continue;
        const QString when = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate);
        if (!audit.recordAs(std::nullopt, e.userName, *action, e.objectId,
                            e.details + QStringLiteral(" before-unlock at=") + when))
            break;
        copied = e.seq;
    }
    if (copied > 0)
        m_context->keySlots().clearPendingAudit(copied, nullptr);
}

FolderKeys::FirstAdminSeal FolderKeys::sealFirstAdmin(const QString &folderId,
                                                      const QString &adminName,
                                                      const QString &password,
                                                      PasswordHasher::Cost cost)
{
    FirstAdminSeal seal;
    seal.dataKey = DataKey::generate();
    seal.recoverySecret = RecoveryKey::generateSecret();
    seal.adminSlot = KeySlotCrypto::sealWithPassword(seal.dataKey, folderId, KeySlot::Kind::Account,
                                                     AccountService::normalizeUsername(adminName),
                                                     1, password, slotCost(cost));
    return seal;
}

std::optional<QString> FolderKeys::createFolder(const QString &adminName, const QString &password,
                                                RoutiqError *error)
{
    return createFolder(sealFirstAdmin(m_context->folderId(), adminName, password, m_cost), error);
}

std::optional<QString> FolderKeys::createFolder(const FirstAdminSeal &seal, RoutiqError *error)
{
    const std::optional<KeySlot> recovery =
        KeySlotCrypto::sealWithSecret(seal.dataKey, m_context->folderId(), KeySlot::Kind::Recovery,
                                      kRecoveryLabel, 1, seal.recoverySecret);
    if (!seal.adminSlot || !recovery) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("PASSWORD_HASH_FAILED"),
                                       tr("The password could not be secured."));
        return std::nullopt;
    }
    if (!m_context->initialize(seal.dataKey, error))
        return std::nullopt;
    if (!m_context->keySlots().put(*seal.adminSlot, error) ||
        !m_context->keySlots().put(*recovery, error)) {
        m_context->lock();
        return std::nullopt;
    }
    qCInfo(lcSecrets) << "new data folder: data key, admin slot and recovery slot created";
    return RecoveryKey::format(seal.recoverySecret);
}

DataKey FolderKeys::openWithRecoveryKey(const QString &typed, RoutiqError *error) const
{
    const std::optional<QByteArray> secret = RecoveryKey::parse(typed);
    if (!secret) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("RECOVERY_KEY_INVALID"),
                                       tr("This is not a recovery key: it has eight groups of "
                                          "four letters and digits."));
        return {};
    }
    return openSecretSlot(KeySlot::Kind::Recovery, kRecoveryLabel, *secret, error);
}

bool FolderKeys::writeSecretSlot(KeySlot::Kind kind, const QString &label, const QByteArray &secret,
                                 RoutiqError *error)
{
    const std::optional<KeySlot> slot = KeySlotCrypto::sealWithSecret(
        m_context->dataKey(), m_context->folderId(), kind, label, 1, secret);
    if (!slot) {
        if (error)
            *error = KeyVault::lockedError();
        return false;
    }
    return m_context->keySlots().put(*slot, error);
}

DataKey FolderKeys::openSecretSlot(KeySlot::Kind kind, const QString &label,
                                   const QByteArray &secret, RoutiqError *error) const
{
    RoutiqError storeError;
    const std::optional<KeySlot> slot = m_context->keySlots().find(kind, label, &storeError);
    if (!slot) {
        if (error)
            *error = storeError.isNull() ? noSlotError() : storeError;
        return {};
    }
    DataKey key = KeySlotCrypto::openWithSecret(*slot, m_context->folderId(), secret);
    if (!key.isValid() && error)
        *error = RoutiqError::make(QStringLiteral("KEY_SLOT_REFUSED"),
                                   tr("This key does not open the data folder's key slot."));
    return key;
}

bool FolderKeys::writeAccountSlot(const QString &username, qint64 generation,
                                  const QString &password, RoutiqError *error)
{
    const std::optional<KeySlot> slot = KeySlotCrypto::sealWithPassword(
        m_context->dataKey(), m_context->folderId(), KeySlot::Kind::Account,
        AccountService::normalizeUsername(username), generation, password, slotCost(m_cost));
    if (!slot) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("PASSWORD_HASH_FAILED"),
                                       tr("The password could not be secured."));
        return false;
    }
    return m_context->keySlots().put(*slot, error);
}

bool FolderKeys::removeAccountSlot(const QString &username, RoutiqError *error)
{
    return m_context->keySlots().remove(KeySlot::Kind::Account,
                                        AccountService::normalizeUsername(username), error);
}

} // namespace routiq
