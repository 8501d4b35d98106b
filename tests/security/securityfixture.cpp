#include "securityfixture.h"

#include "security/securityschema.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace routiq::test {

namespace {
std::atomic<int> s_connections{0};
}

SecurityFixture::SecurityFixture()
    : m_connection(QStringLiteral("security-test-%1").arg(++s_connections))
{
    ensureCoreApp();
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(QStringLiteral(":memory:"));
    REQUIRE(d.open());
    RoutiqError error;
    REQUIRE(SecuritySchema::createAll(d, &error));
    REQUIRE(error.isNull());
    audit = std::make_unique<AuditLog>(d, &clock);
    accounts = std::make_unique<AccountService>(d, &clock, &hasher, audit.get());
}

SecurityFixture::~SecurityFixture()
{
    accounts.reset();
    audit.reset();
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SecurityFixture::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void SecurityFixture::exec(const QString &sql)
{
    QSqlQuery q(db());
    INFO(sql.toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

qint64 SecurityFixture::scalar(const QString &sql)
{
    QSqlQuery q(db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

ActingUser SecurityFixture::admin()
{
    if (!m_admin) {
        RoutiqError error;
        m_admin = accounts->createFirstAdmin(QStringLiteral("boss"), kAdminPassword, &error);
        INFO(error.code.toStdString());
        REQUIRE(m_admin);
    }
    return *m_admin;
}

ActingUser SecurityFixture::signIn(const QString &username, const QString &password)
{
    const AuthResult r = accounts->authenticate(username, password);
    INFO(r.error.code.toStdString());
    REQUIRE(r.ok());
    return *r.user;
}

} // namespace routiq::test
