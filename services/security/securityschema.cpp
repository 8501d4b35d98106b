#include "securityschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace routiq {

QList<Migration> SecuritySchema::migrations(int firstVersion)
{
    // Times are UTC milliseconds since the epoch. User names are stored normalised (trimmed,
    // lower case). Accounts are never deleted (the audit log refers to them): they are disabled.
    Migration accounts;
    accounts.version = firstVersion;
    accounts.description =
        QStringLiteral("accounts, clinic assignments, login throttle, audit log");
    accounts.statements = {
        QStringLiteral("CREATE TABLE accounts ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " username TEXT NOT NULL UNIQUE,"
                       " password_hash TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'readonly')),"
                       " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                       " expires_at_ms INTEGER NULL,"
                       " is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),"
                       " created_at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE account_clinics ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " clinic_id TEXT NOT NULL,"
                       " PRIMARY KEY (account_id, clinic_id)) WITHOUT ROWID"),
        // Keyed by the name typed, whether or not such an account exists, so an unknown name
        // locks out exactly like a real one (no user enumeration through lockouts).
        QStringLiteral("CREATE TABLE login_throttle ("
                       " username TEXT PRIMARY KEY,"
                       " failed_count INTEGER NOT NULL DEFAULT 0,"
                       " locked_until_ms INTEGER NULL,"
                       " last_failure_ms INTEGER NULL) WITHOUT ROWID"),
        // hash = hex SHA-256 over the previous entry's hash and this entry's canonical fields.
        QStringLiteral("CREATE TABLE audit_log ("
                       " seq INTEGER PRIMARY KEY,"
                       " at_ms INTEGER NOT NULL,"
                       " user_id INTEGER NULL,"
                       " user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " object_id TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at_ms)"),
        // Append-only inside the database too: the app never updates or deletes an entry.
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };

    // Keyed audit trail (issue 15). `mac` = hex HMAC-SHA-256 under the audit key (AuditKey) over
    // the entry's chain hash; NULL for entries written before this step (legacy, reported as
    // such, never as tampering). audit_head is the database's own MACed record of its last keyed
    // entry, moved in the same transaction as each append: rows cut off the end contradict it
    // (TAIL_CUT), while a whole older copy of the database agrees with itself and is caught by
    // the anchor and the keychain counter instead (ROLLBACK_DETECTED).
    Migration keyed;
    keyed.version = firstVersion + 2;
    keyed.description = QStringLiteral("keyed audit trail: entry MACs, the log's head record");
    keyed.statements = {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN mac TEXT NULL"),
        QStringLiteral("CREATE TABLE audit_head ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " seq INTEGER NOT NULL,"
                       " hash TEXT NOT NULL,"
                       " mac TEXT NOT NULL)"),
    };

    // A random key for naming failed logins under names that match no account: people type
    // passwords into the name field, so such a name is kept only as a keyed hash of it
    // (AccountService). randomblob() draws from SQLite's generator, seeded by the OS.
    Migration unknownNames;
    unknownNames.version = firstVersion + 1;
    unknownNames.description = QStringLiteral("a key for unknown login names");
    unknownNames.statements = {
        QStringLiteral("CREATE TABLE security_secrets ("
                       " name TEXT PRIMARY KEY,"
                       " value BLOB NOT NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO security_secrets (name, value)"
                       " VALUES ('unknown-name-key', randomblob(32))"),
    };

    // Key slots (services/secrets/keyslotstore.h) live outside this database so a sign-in can
    // read them before it is open; what each account's current slot must carry is kept here,
    // inside the encrypted database, where restoring an old slot file cannot change it.
    Migration slotGeneration;
    slotGeneration.version = firstVersion + 3;
    slotGeneration.description = QStringLiteral("key slot generation per account");
    slotGeneration.statements = {
        QStringLiteral(
            "ALTER TABLE accounts ADD COLUMN slot_generation INTEGER NOT NULL DEFAULT 1"),
    };

    // The audit trail's MAC key (AuditKey::load): random, and kept inside this encrypted
    // database rather than derived from the data key, so that `routiq-cli rekey` (a new data
    // key, the database's content copied) leaves every earlier entry verifiable.
    Migration auditMacKey;
    auditMacKey.version = firstVersion + 4;
    auditMacKey.description = QStringLiteral("a random key for the audit trail's MACs");
    auditMacKey.statements = {
        QStringLiteral("INSERT OR IGNORE INTO security_secrets (name, value)"
                       " VALUES ('audit-mac-key', randomblob(32))"),
    };
    // Set-up in the app (issue 14): an admin's password reset makes the account choose a new
    // password at its next sign-in; the last sign-in for the user list; and the admin's
    // security settings (idle lock, minimum password length) inside the encrypted database
    // instead of the per-OS-user settings file, where any user could change them.
    Migration adminSettings;
    adminSettings.version = firstVersion + 5;
    adminSettings.description =
        QStringLiteral("must-change-password flag, last sign-in, security settings");
    adminSettings.statements = {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL "
                       "DEFAULT 0 CHECK (must_change_password IN (0, 1))"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN last_login_ms INTEGER NULL"),
        QStringLiteral("CREATE TABLE security_settings ("
                       " name TEXT PRIMARY KEY,"
                       " value INTEGER NOT NULL) WITHOUT ROWID"),
    };
    return {accounts, unknownNames, keyed, slotGeneration, auditMacKey, adminSettings};
}

bool SecuritySchema::createAll(QSqlDatabase db, RoutiqError *error)
{
    if (!db.transaction()) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("SECURITY_STORAGE"),
                                       QStringLiteral("Could not create the account tables."),
                                       db.lastError().text());
        return false;
    }
    for (const Migration &m : migrations()) {
        for (const QString &sql : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                if (error)
                    *error = RoutiqError::make(
                        QStringLiteral("SECURITY_STORAGE"),
                        QStringLiteral("Could not create the account tables."),
                        QStringLiteral("migration %1: %2").arg(m.version).arg(why));
                return false;
            }
        }
    }
    return db.commit();
}

} // namespace routiq
