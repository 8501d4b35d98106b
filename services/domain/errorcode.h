#pragma once

#include <QString>
#include <QStringView>

namespace routiq {

// The stable codes of RoutiqError, typed, so code branches on an enum instead of on strings.
// The wire form (RoutiqError::code, the CLI's JSON) stays the string: errorCodeName() gives it,
// errorCodeOf() reads it back. PMS codes ("Pms…") travel with the PMS's prefix
// ("CLINIKO_AUTH_REJECTED", "NOOKAL_AUTH_REJECTED"): one enum value, one meaning.
// One table (errorcode.cpp) holds, per code, the name, the CLI exit status and, where one
// message fits every use, the user message (translated in the "RoutiqError" context).
enum class ErrorCode
{
    Unknown, // a string this build does not know (or an empty code)

    AccessDenied,
    AccountDisabled,
    AccountExpired,
    AccountLocked,
    AccountsExist,
    AgentSlotRevoked,
    AgentSlotUnavailable,
    ApiKeyMissing,
    ApiKeyUnreadable,
    AppDatabaseMissing,
    AuditAnchorInvalid,
    AuditAnchorMacInvalid,
    AuditAnchorMismatch,
    AuditAnchorMissing,
    AuditAnchorStorage,
    AuditCounterInvalid,
    AuditKeyMissing,
    AuditStorage,
    BadRequest,
    CacheBusy,
    CacheCannotOpen,
    CacheCorrupt,
    CacheEmpty,
    CacheError,
    CacheFromNewerApp,
    CacheIoError,
    CacheKeyInvalid,
    CacheNotOpen,
    CacheNotReady,
    CacheReadFailed,
    CacheReadOnly,
    CacheRemoveFailed,
    CacheSetAside,
    CacheWalUnavailable,
    CacheWrongKey,
    ClinicExists,
    ClinicIdInvalid,
    ClinicUnknown,
    DataDirUnwritable,
    DataKeyMismatch,
    DataLocked,
    DatabaseUnreadable,
    DemoFolderHasAccounts,
    DemoFolderHasClinics,
    DemoFolderHasData,
    DemoKeyMissing,
    DemoNameTaken,
    DemoUnavailable,
    DiskFull,
    ExportFailed,
    FolderHasData,
    InvalidCredentials,
    InvalidUsername,
    KeychainAccessDenied,
    KeychainUnavailable,
    KeySlotRefused,
    KeySlotsUnreadable,
    LastAdmin,
    LoginRequired,
    MasterKeyFileRejected,
    MasterKeyMismatch,
    NoAccount,
    NoClinic,
    NoKeySlot,
    NoRecoverySlot,
    PasswordHashFailed,
    RecoveryKeyInvalid,
    RekeyFailed,
    RekeyUnfinished,
    SecretsVaultTampered,
    SecretsVaultUnreadable,
    SecretsVaultWriteFailed,
    SecurityStorage,
    ServerCertificateRefused,
    ServerConnInfoInvalid,
    ServerDriverMissing,
    ServerError,
    ServerFromNewerApp,
    ServerInsecure,
    ServerPermissionDenied,
    ServerSchemaMissing,
    ServerUnreachable,
    SettingOutOfRange,
    SqlcipherDriverMissing,
    StorageError,
    SyncFailed,
    UnknownAccount,
    UnknownClinic,
    UsernameTaken,
    WeakPassword,
    WrongPassword,

    // With the PMS prefix on the wire.
    PmsApiError,
    PmsApiUnavailable,
    PmsAuthRejected,
    PmsBadResponse,
    PmsConfigInvalid,
    PmsHostNotFound,
    PmsInsecureUrl,
    PmsProxyFailed,
    PmsRateLimited,
    PmsRequestRejected,
    PmsResponseTooLarge,
    PmsTlsFailed,
};

// The wire name: "BAD_REQUEST"; for a PMS code the part after the prefix ("AUTH_REJECTED").
QString errorCodeName(ErrorCode code);
// The wire name with a PMS's prefix when the code is a PMS code ("CLINIKO" + PmsAuthRejected
// = "CLINIKO_AUTH_REJECTED"); other codes ignore the prefix.
QString errorCodeName(ErrorCode code, const QString &pmsPrefix);
// The code a wire string names; a PMS code with any known PMS prefix. Unknown otherwise.
ErrorCode errorCodeOf(QStringView wire);
bool isPmsErrorCode(ErrorCode code);
// How routiq-cli exits when a command fails with `code` (2: the command line or the account
// is missing; 1: everything else).
int errorExitStatus(ErrorCode code);
// The user message for `code`, translated, or empty where each use writes its own.
QString errorUserMessage(ErrorCode code);

} // namespace routiq
