#include "security/securityschema.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QVariant>

using namespace routiq;

TEST_CASE("the security migrations are numbered from 1 without gaps, one statement each")
{
    const auto migrations = SecuritySchema::migrations();
    REQUIRE_FALSE(migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i) {
        CHECK(migrations[i].version == i + 1);
        CHECK_FALSE(migrations[i].description.isEmpty());
        for (const QString &sql : migrations[i].statements) {
            INFO(sql.toStdString());
            // No SQL the SQLCipher build (SQLite 3.15) lacks.
            CHECK_FALSE(sql.contains(QStringLiteral("ON CONFLICT"), Qt::CaseInsensitive));
            CHECK_FALSE(sql.contains(QStringLiteral("RETURNING"), Qt::CaseInsensitive));
            CHECK_FALSE(sql.contains(QStringLiteral(" OVER "), Qt::CaseInsensitive));
        }
    }
}

TEST_CASE("the security migrations can start at any version of the app database")
{
    const auto migrations = SecuritySchema::migrations(4);
    for (int i = 0; i < migrations.size(); ++i)
        CHECK(migrations[i].version == i + 4);
    CHECK(migrations.front().statements == SecuritySchema::migrations().front().statements);
}

TEST_CASE("the security schema creates its tables and refuses to be applied twice")
{
    test::ensureCoreApp();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-test"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        RoutiqError error;
        REQUIRE(SecuritySchema::createAll(db, &error));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        CHECK(tables.contains(QStringLiteral("accounts")));
        CHECK(tables.contains(QStringLiteral("account_clinics")));
        CHECK(tables.contains(QStringLiteral("login_throttle")));
        CHECK(tables.contains(QStringLiteral("audit_log")));
        q.finish();

        CHECK_FALSE(SecuritySchema::createAll(db, &error));
        CHECK(error.code == QStringLiteral("SECURITY_STORAGE"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-test"));
}
