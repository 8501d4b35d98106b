#include "errorcode.h"

#include <QCoreApplication>

#include <array>

namespace routiq {

namespace {

struct ErrorCodeRow
{
    ErrorCode code;
    const char *name;    // the wire name (without a PMS prefix)
    int exitStatus;      // routiq-cli's exit status
    const char *message; // the user message where one fits every use, else nullptr
};

// The one table. Keep the names as they are: they are the CLI's JSON and the logs' words.
const ErrorCodeRow kRows[] = {
    {ErrorCode::AccessDenied, "ACCESS_DENIED", 1, nullptr},
    {ErrorCode::AccountDisabled, "ACCOUNT_DISABLED", 1, nullptr},
    {ErrorCode::AccountExpired, "ACCOUNT_EXPIRED", 1, nullptr},
    {ErrorCode::AccountLocked, "ACCOUNT_LOCKED", 1, nullptr},
    {ErrorCode::AccountsExist, "ACCOUNTS_EXIST", 1, nullptr},
    {ErrorCode::AgentSlotRevoked, "AGENT_SLOT_REVOKED", 1, nullptr},
    {ErrorCode::AgentSlotUnavailable, "AGENT_SLOT_UNAVAILABLE", 1, nullptr},
    {ErrorCode::ApiKeyMissing, "API_KEY_MISSING", 1, nullptr},
    {ErrorCode::ApiKeyUnreadable, "API_KEY_UNREADABLE", 1, nullptr},
    {ErrorCode::AppDatabaseMissing, "APP_DATABASE_MISSING", 1, nullptr},
    {ErrorCode::AuditAnchorInvalid, "AUDIT_ANCHOR_INVALID", 1, nullptr},
    {ErrorCode::AuditAnchorMacInvalid, "AUDIT_ANCHOR_MAC_INVALID", 1, nullptr},
    {ErrorCode::AuditAnchorMismatch, "AUDIT_ANCHOR_MISMATCH", 1, nullptr},
    {ErrorCode::AuditAnchorMissing, "AUDIT_ANCHOR_MISSING", 1, nullptr},
    {ErrorCode::AuditAnchorStorage, "AUDIT_ANCHOR_STORAGE", 1, nullptr},
    {ErrorCode::AuditCounterInvalid, "AUDIT_COUNTER_INVALID", 1, nullptr},
    {ErrorCode::AuditKeyMissing, "AUDIT_KEY_MISSING", 1, nullptr},
    {ErrorCode::AuditStorage, "AUDIT_STORAGE", 1, nullptr},
    {ErrorCode::BadRequest, "BAD_REQUEST", 2, nullptr},
    {ErrorCode::CacheBusy, "CACHE_BUSY", 1, nullptr},
    {ErrorCode::CacheCannotOpen, "CACHE_CANNOT_OPEN", 1, nullptr},
    {ErrorCode::CacheCorrupt, "CACHE_CORRUPT", 1, nullptr},
    {ErrorCode::CacheEmpty, "CACHE_EMPTY", 1, nullptr},
    {ErrorCode::CacheError, "CACHE_ERROR", 1, nullptr},
    {ErrorCode::CacheFromNewerApp, "CACHE_FROM_NEWER_APP", 1, nullptr},
    {ErrorCode::CacheIoError, "CACHE_IO_ERROR", 1, nullptr},
    {ErrorCode::CacheKeyInvalid, "CACHE_KEY_INVALID", 1, nullptr},
    {ErrorCode::CacheNotOpen, "CACHE_NOT_OPEN", 1,
     QT_TRANSLATE_NOOP("RoutiqError", "The clinic's cache is not open yet.")},
    {ErrorCode::CacheNotReady, "CACHE_NOT_READY", 1, nullptr},
    {ErrorCode::CacheReadFailed, "CACHE_READ_FAILED", 1, nullptr},
    {ErrorCode::CacheReadOnly, "CACHE_READ_ONLY", 1, nullptr},
    {ErrorCode::CacheRemoveFailed, "CACHE_REMOVE_FAILED", 1, nullptr},
    {ErrorCode::CacheSetAside, "CACHE_SET_ASIDE", 1, nullptr},
    {ErrorCode::CacheWalUnavailable, "CACHE_WAL_UNAVAILABLE", 1, nullptr},
    {ErrorCode::CacheWrongKey, "CACHE_WRONG_KEY", 1, nullptr},
    {ErrorCode::ClinicExists, "CLINIC_EXISTS", 1, nullptr},
    {ErrorCode::ClinicIdInvalid, "CLINIC_ID_INVALID", 1, nullptr},
    {ErrorCode::ClinicUnknown, "CLINIC_UNKNOWN", 1, nullptr},
    {ErrorCode::DataDirUnwritable, "DATA_DIR_UNWRITABLE", 1, nullptr},
    {ErrorCode::DataKeyMismatch, "DATA_KEY_MISMATCH", 1, nullptr},
    {ErrorCode::DataLocked, "DATA_LOCKED", 1, nullptr},
    {ErrorCode::DatabaseUnreadable, "DATABASE_UNREADABLE", 1, nullptr},
    {ErrorCode::DemoFolderHasAccounts, "DEMO_FOLDER_HAS_ACCOUNTS", 1, nullptr},
    {ErrorCode::DemoFolderHasClinics, "DEMO_FOLDER_HAS_CLINICS", 1, nullptr},
    {ErrorCode::DemoFolderHasData, "DEMO_FOLDER_HAS_DATA", 1, nullptr},
    {ErrorCode::DemoKeyMissing, "DEMO_KEY_MISSING", 1, nullptr},
    {ErrorCode::DemoNameTaken, "DEMO_NAME_TAKEN", 1, nullptr},
    {ErrorCode::DemoUnavailable, "DEMO_UNAVAILABLE", 1, nullptr},
    {ErrorCode::DiskFull, "DISK_FULL", 1, nullptr},
    {ErrorCode::ExportFailed, "EXPORT_FAILED", 1, nullptr},
    {ErrorCode::FolderHasData, "FOLDER_HAS_DATA", 1, nullptr},
    {ErrorCode::InvalidCredentials, "INVALID_CREDENTIALS", 1,
     QT_TRANSLATE_NOOP("RoutiqError", "The user name or password is incorrect.")},
    {ErrorCode::InvalidUsername, "INVALID_USERNAME", 1, nullptr},
    {ErrorCode::KeychainAccessDenied, "KEYCHAIN_ACCESS_DENIED", 1, nullptr},
    {ErrorCode::KeychainUnavailable, "KEYCHAIN_UNAVAILABLE", 1, nullptr},
    {ErrorCode::KeySlotRefused, "KEY_SLOT_REFUSED", 1, nullptr},
    {ErrorCode::KeySlotsUnreadable, "KEYSLOTS_UNREADABLE", 1, nullptr},
    {ErrorCode::LastAdmin, "LAST_ADMIN", 1, nullptr},
    {ErrorCode::LoginRequired, "LOGIN_REQUIRED", 2, nullptr},
    {ErrorCode::MasterKeyFileRejected, "MASTER_KEY_FILE_REJECTED", 1, nullptr},
    {ErrorCode::MasterKeyMismatch, "MASTER_KEY_MISMATCH", 1, nullptr},
    {ErrorCode::NoAccount, "NO_ACCOUNT", 2, nullptr},
    {ErrorCode::NoClinic, "NO_CLINIC", 1, nullptr},
    {ErrorCode::NoKeySlot, "NO_KEY_SLOT", 1, nullptr},
    {ErrorCode::NoRecoverySlot, "NO_RECOVERY_SLOT", 1, nullptr},
    {ErrorCode::PasswordHashFailed, "PASSWORD_HASH_FAILED", 1, nullptr},
    {ErrorCode::RecoveryKeyInvalid, "RECOVERY_KEY_INVALID", 1, nullptr},
    {ErrorCode::RekeyFailed, "REKEY_FAILED", 1, nullptr},
    {ErrorCode::RekeyUnfinished, "REKEY_UNFINISHED", 1, nullptr},
    {ErrorCode::SecretsVaultTampered, "SECRETS_VAULT_TAMPERED", 1, nullptr},
    {ErrorCode::SecretsVaultUnreadable, "SECRETS_VAULT_UNREADABLE", 1, nullptr},
    {ErrorCode::SecretsVaultWriteFailed, "SECRETS_VAULT_WRITE_FAILED", 1, nullptr},
    {ErrorCode::SecurityStorage, "SECURITY_STORAGE", 1, nullptr},
    {ErrorCode::ServerCertificateRefused, "SERVER_CERTIFICATE_REFUSED", 1, nullptr},
    {ErrorCode::ServerConnInfoInvalid, "SERVER_CONNINFO_INVALID", 2, nullptr},
    {ErrorCode::ServerDriverMissing, "SERVER_DRIVER_MISSING", 1,
     QT_TRANSLATE_NOOP(
         "RoutiqError",
         "Routiq's PostgreSQL driver is not installed (on Debian: libqt6sql6-psql).")},
    {ErrorCode::ServerError, "SERVER_ERROR", 1, nullptr},
    {ErrorCode::ServerFromNewerApp, "SERVER_FROM_NEWER_APP", 1,
     QT_TRANSLATE_NOOP("RoutiqError",
                       "The Routiq server's database was set up by a newer version of Routiq. "
                       "Update Routiq on this computer; the server was left untouched.")},
    {ErrorCode::ServerInsecure, "SERVER_INSECURE", 2, nullptr},
    {ErrorCode::ServerPermissionDenied, "SERVER_PERMISSION_DENIED", 1, nullptr},
    {ErrorCode::ServerSchemaMissing, "SERVER_SCHEMA_MISSING", 1,
     QT_TRANSLATE_NOOP("RoutiqError",
                       "The Routiq server's database is not set up for this version yet. Run "
                       "'routiq-cli --server ... server init' as its administrator.")},
    {ErrorCode::ServerUnreachable, "SERVER_UNREACHABLE", 1, nullptr},
    {ErrorCode::SettingOutOfRange, "SETTING_OUT_OF_RANGE", 1, nullptr},
    {ErrorCode::SqlcipherDriverMissing, "SQLCIPHER_DRIVER_MISSING", 1, nullptr},
    {ErrorCode::StorageError, "STORAGE_ERROR", 1, nullptr},
    {ErrorCode::SyncFailed, "SYNC_FAILED", 1, nullptr},
    {ErrorCode::UnknownAccount, "UNKNOWN_ACCOUNT", 1, nullptr},
    {ErrorCode::UnknownClinic, "UNKNOWN_CLINIC", 1, nullptr},
    {ErrorCode::UsernameTaken, "USERNAME_TAKEN", 1, nullptr},
    {ErrorCode::WeakPassword, "WEAK_PASSWORD", 1, nullptr},
    {ErrorCode::WrongPassword, "WRONG_PASSWORD", 1,
     QT_TRANSLATE_NOOP("RoutiqError", "The current password is not right.")},
    {ErrorCode::PmsApiError, "API_ERROR", 1, nullptr},
    {ErrorCode::PmsApiUnavailable, "API_UNAVAILABLE", 1, nullptr},
    {ErrorCode::PmsAuthRejected, "AUTH_REJECTED", 1, nullptr},
    {ErrorCode::PmsBadResponse, "BAD_RESPONSE", 1, nullptr},
    {ErrorCode::PmsConfigInvalid, "CONFIG_INVALID", 1, nullptr},
    {ErrorCode::PmsHostNotFound, "HOST_NOT_FOUND", 1, nullptr},
    {ErrorCode::PmsInsecureUrl, "INSECURE_URL", 1, nullptr},
    {ErrorCode::PmsProxyFailed, "PROXY_FAILED", 1, nullptr},
    {ErrorCode::PmsRateLimited, "RATE_LIMITED", 1, nullptr},
    {ErrorCode::PmsRequestRejected, "REQUEST_REJECTED", 1, nullptr},
    {ErrorCode::PmsResponseTooLarge, "RESPONSE_TOO_LARGE", 1, nullptr},
    {ErrorCode::PmsTlsFailed, "TLS_FAILED", 1, nullptr},
};

const ErrorCodeRow *rowOf(ErrorCode code)
{
    for (const ErrorCodeRow &row : kRows) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

// The prefixes PMS codes carry (PmsHttpClient::Service::errorCodePrefix + '_').
constexpr std::array<QLatin1String, 2> kPmsPrefixes{QLatin1String("CLINIKO_"),
                                                    QLatin1String("NOOKAL_")};

} // namespace

QString errorCodeName(ErrorCode code)
{
    const ErrorCodeRow *row = rowOf(code);
    return row ? QString::fromLatin1(row->name) : QString();
}

QString errorCodeName(ErrorCode code, const QString &pmsPrefix)
{
    if (!isPmsErrorCode(code))
        return errorCodeName(code);
    return pmsPrefix + QLatin1Char('_') + errorCodeName(code);
}

bool isPmsErrorCode(ErrorCode code)
{
    return code >= ErrorCode::PmsApiError;
}

ErrorCode errorCodeOf(QStringView wire)
{
    QStringView rest = wire;
    bool prefixed = false;
    for (const QLatin1String prefix : kPmsPrefixes) {
        if (wire.startsWith(prefix)) {
            rest = wire.mid(prefix.size());
            prefixed = true;
            break;
        }
    }
    for (const ErrorCodeRow &row : kRows) {
        if (isPmsErrorCode(row.code) == prefixed && rest == QLatin1String(row.name))
            return row.code;
    }
    return ErrorCode::Unknown;
}

int errorExitStatus(ErrorCode code)
{
    const ErrorCodeRow *row = rowOf(code);
    return row ? row->exitStatus : 1;
}

QString errorUserMessage(ErrorCode code)
{
    const ErrorCodeRow *row = rowOf(code);
    if (!row || !row->message)
        return {};
    return QCoreApplication::translate("RoutiqError", row->message);
}

} // namespace routiq
