#pragma once

#include "core/clock.h"
#include "security/accountservice.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "storage/appdatabase.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace routiq::test {

// A fresh encrypted app database for one test (AppDatabase in a temp folder, QSQLCIPHER on
// SQLite 3.15, the security tables migrated in), a ManualClock, the cheap test-only Argon2id
// cost, the audit log (keyed with the audit key derived from the database key, as AppContext
// does) and the account service wired the way the app wires them.
class SecurityFixture
{
public:
    SecurityFixture();
    ~SecurityFixture();
    SecurityFixture(const SecurityFixture &) = delete;
    SecurityFixture &operator=(const SecurityFixture &) = delete;

    QSqlDatabase db() const;
    // Runs raw SQL on the connection (tampering in tests); fails the test on an SQL error.
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);
    ActingUser admin(); // creates the first admin once ("boss"), signed in
    ActingUser signIn(const QString &username, const QString &password); // REQUIREs success
    int throttleFailures(const QString &username)
    {
        return accounts->throttle().failureCount(username);
    }

    static inline const QString kAdminPassword = QStringLiteral("correct horse battery");

    QString directory() const { return m_dir.path(); }
    AppDatabase &appDatabase() { return *m_app; }
    QString databasePath() const;

    ManualClock clock;
    DatabaseKey databaseKey = DatabaseKey::generate();
    QByteArray auditKey;
    PasswordHasher hasher{PasswordHasher::Cost::testingOnly()};
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppDatabase> m_app;
    std::optional<ActingUser> m_admin;
};

} // namespace routiq::test
