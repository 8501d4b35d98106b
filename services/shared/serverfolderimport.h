#pragma once

#include "domain/routiqerror.h"
#include "security/account.h"
#include "security/auditentry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

namespace routiq {

// `server import`, after the clinics: a folder's accounts and its audit log, in one server
// transaction, through the set-up role's own functions (routiq_import_account,
// routiq_import_audit; shared migration 3).
// Passwords cannot move (the folder keeps Argon2id hashes; PostgreSQL needs SCRAM verifiers):
// every account that can sign in gets a fresh random password, returned here once for the
// report and never stored or logged; an account disabled or expired in the folder comes over as
// NOLOGIN (an admin enables it and sets a password), a temporary one still running keeps its end
// (VALID UNTIL, shared migration 4). Demo accounts stay behind.
// Audit entries keep their time and actor; their detail says imported, the folder's entry
// number and its details text.
class ServerFolderImport
{
public:
    struct ImportedAccount
    {
        QString name;
        QString role;
        QStringList clinics;
        bool login = false;
        QString initialPassword;            // empty for NOLOGIN
        std::optional<QDateTime> expiresAt; // a temporary account's end (UTC)
    };
    struct Result
    {
        QList<ImportedAccount> accounts;
        QStringList skipped; // demo accounts
        qint64 auditEntries = 0;
        QJsonArray accountsJson() const;
    };

    // Refuses (nothing written) an account whose name is not a valid role name or is a role
    // the server has already (ALREADY_IMPORTED).
    static std::optional<Result> run(const QSqlDatabase &server, const QList<Account> &accounts,
                                     const QList<AuditEntry> &audit, const QString &source,
                                     const QDateTime &nowUtc, RoutiqError *error);
    // Every account (but demo ones) has a valid login name and no role of that name exists
    // (else BAD_REQUEST / ALREADY_IMPORTED): checked before anything of the folder is written.
    static bool checkAccounts(const QSqlDatabase &server, const QList<Account> &accounts,
                              RoutiqError *error);
    // The first of `accounts` the server has a role for already, or empty.
    static std::optional<QString> existingRole(const QSqlDatabase &server,
                                               const QList<Account> &accounts, RoutiqError *error);
    static QString randomPassword();
    // Refuses (ACCESS_DENIED) any role but the one that owns the schema (the set-up role that
    // ran `server init`): only it may run routiq_import_account/_audit and write every clinic.
    static bool checkImporter(const QSqlDatabase &server, RoutiqError *error);
};

} // namespace routiq
