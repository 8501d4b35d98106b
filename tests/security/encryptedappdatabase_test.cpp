#include "core/clock.h"
#include "security/accountservice.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "session/appschema.h"
#include "storage/appdatabase.h"
#include "storage/databasefile.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace routiq;

namespace {

std::unique_ptr<AppDatabase> openApp(const QString &path, const DatabaseKey &key)
{
    RoutiqError error;
    auto app = AppDatabase::open(path, key, AppSchema::migrator(), &error);
    INFO(error.code.toStdString() << " " << error.details.toStdString());
    REQUIRE(app);
    return app;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &f : DatabaseFile::existingFiles(path)) {
        QFile file(f);
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    return all;
}

} // namespace

TEST_CASE("accounts, lockout and the audit chain work and persist in an encrypted app database")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = AppDatabase::defaultFilePath(dir.path());
    const DatabaseKey key = DatabaseKey::generate();
    ManualClock clock;
    const PasswordHasher hasher(PasswordHasher::Cost::testingOnly());
    const QString bossPassword = QStringLiteral("Quillfeather-admin-pass");
    AuditLog::Head head;

    {
        const auto app = openApp(path, key);
        QSqlDatabase db = app->database();
        AuditLog audit(db, &clock);
        AccountService accounts(db, &clock, &hasher, &audit);
        RoutiqError error;
        const auto boss = accounts.createFirstAdmin(QStringLiteral("boss"), bossPassword, &error);
        INFO(error.code.toStdString() << " " << error.details.toStdString());
        REQUIRE(boss);
        AccountService::NewAccount mia;
        mia.username = QStringLiteral("mia.frontdesk");
        mia.password = QStringLiteral("front desk secret");
        mia.clinics = {QStringLiteral("north")};
        REQUIRE(accounts.addAccount(*boss, mia, &error));
        REQUIRE(accounts.setRole(*boss, QStringLiteral("mia.frontdesk"), Role::ReadOnly, &error));

        for (int i = 0; i < 5; ++i)
            accounts.authenticate(QStringLiteral("mia.frontdesk"), QStringLiteral("wrong"));
        CHECK(accounts.authenticate(QStringLiteral("mia.frontdesk"), mia.password).error.code ==
              QStringLiteral("ACCOUNT_LOCKED"));
        CHECK(audit.verify().ok);
        head = audit.head();
        CHECK(head.seq > 10);
    }

    // Nothing readable on disk: no user names, no hashes, no audit actions.
    const QByteArray bytes = fileBytes(path);
    CHECK_FALSE(bytes.contains("argon2id"));
    CHECK_FALSE(bytes.contains("login.failed"));
    CHECK_FALSE(bytes.contains("front desk"));
    CHECK_FALSE(bytes.contains("mia.frontdesk"));

    {
        const auto app = openApp(path, key);
        QSqlDatabase db = app->database();
        AuditLog audit(db, &clock);
        AccountService accounts(db, &clock, &hasher, &audit);
        CHECK(audit.verify(head).ok);
        // The lockout outlived the restart; after it, the role change is there too.
        CHECK(
            accounts
                .authenticate(QStringLiteral("mia.frontdesk"), QStringLiteral("front desk secret"))
                .error.code == QStringLiteral("ACCOUNT_LOCKED"));
        clock.advanceMSecs(30'000);
        const AuthResult r = accounts.authenticate(QStringLiteral("mia.frontdesk"),
                                                   QStringLiteral("front desk secret"));
        REQUIRE(r.ok());
        CHECK(r.user->role == Role::ReadOnly);
        CHECK(r.user->clinics == QList<ClinicId>{QStringLiteral("north")});

        // Someone with the key and direct SQL access edits one entry: verify names it.
        QSqlQuery q(db);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 3")));
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 3")));
        const AuditLog::Verification v = audit.verify(head);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBrokenSeq == 3);
    }
}
