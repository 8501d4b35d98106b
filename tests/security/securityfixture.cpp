#include "securityfixture.h"

#include "testapp.h"

#include "secrets/auditkey.h"
#include "session/appschema.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq::test {

SecurityFixture::SecurityFixture()
{
    ensureCoreApp();
    REQUIRE(m_dir.isValid());
    RoutiqError error;
    m_app = AppDatabase::open(databasePath(), databaseKey, AppSchema::migrator(), &error);
    INFO(error.code.toStdString() << " " << error.details.toStdString());
    REQUIRE(m_app);
    audit = std::make_unique<AuditLog>(m_app->database(), &clock);
    auditKey = AuditKey::load(m_app->database());
    audit->setMacKey(auditKey);
    accounts = std::make_unique<AccountService>(m_app->database(), &clock, &hasher, audit.get());
}

SecurityFixture::~SecurityFixture()
{
    accounts.reset();
    audit.reset();
    m_app.reset();
}

QString SecurityFixture::databasePath() const
{
    return AppDatabase::defaultFilePath(m_dir.path());
}

QSqlDatabase SecurityFixture::db() const
{
    return m_app->database();
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
