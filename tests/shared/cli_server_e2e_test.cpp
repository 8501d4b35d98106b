// routiq-cli --server CONNINFO server init against the harness's PostgreSQL (issue 16).
#include "pgserver.h"
#include "testapp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace routiq::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString errorCode() const
    {
        return QJsonDocument::fromJson(err.toUtf8())
            .object()
            .value(QStringLiteral("code"))
            .toString();
    }
};

Run cli(const QStringList &args, const QString &serverEnv = {})
{
    static QTemporaryDir dataDir; // the support log lands here, never in the user's folder
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROUTIQ_DATA_DIR"), dataDir.path());
    env.remove(QStringLiteral("ROUTIQ_SERVER"));
    if (!serverEnv.isEmpty())
        env.insert(QStringLiteral("ROUTIQ_SERVER"), serverEnv);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/routiq-cli"), args);
    REQUIRE(p.waitForFinished(60'000));
    Run r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace

TEST_CASE("routiq-cli server init creates the schema and roles and a second run applies nothing")
{
    PgServer &server = PgServer::shared();
    const QString conninfo = server.conninfo(server.createDatabase());
    const Run first = cli(
        {QStringLiteral("--server"), conninfo, QStringLiteral("server"), QStringLiteral("init")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject report = first.json();
    CHECK(report.value(QStringLiteral("schemaVersionBefore")).toInt() == 0);
    CHECK(report.value(QStringLiteral("schemaVersion")).toInt() == 4);
    CHECK(report.value(QStringLiteral("migrationsApplied")).toArray() == (QJsonArray{1, 2, 3, 4}));
    CHECK(report.value(QStringLiteral("rolesCreated")).toArray().size() +
              report.value(QStringLiteral("rolesPresent")).toArray().size() ==
          5);
    CHECK(report.value(QStringLiteral("server")).toString().contains(QStringLiteral("dbname=")));

    // The same through ROUTIQ_SERVER: nothing left to do.
    const Run second = cli({QStringLiteral("server"), QStringLiteral("init")}, conninfo);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.json().value(QStringLiteral("migrationsApplied")).toArray().isEmpty());
    CHECK(second.json().value(QStringLiteral("rolesCreated")).toArray().isEmpty());
    QString tables;
    REQUIRE(server.psql(conninfo.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0),
                        QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                       "table_schema = 'public';"),
                        &tables) == 0);
    CHECK(tables.toInt() >= 11);
}

TEST_CASE("routiq-cli server init refuses a password in the address and plain TCP to another "
          "computer")
{
    ensureCoreApp();
    const Run password = cli({QStringLiteral("--server"),
                              QStringLiteral("host=127.0.0.1 dbname=routiq password=hunter2"),
                              QStringLiteral("server"), QStringLiteral("init")});
    CHECK(password.exitCode == 2);
    CHECK(password.errorCode() == QStringLiteral("SERVER_CONNINFO_INVALID"));
    CHECK(password.err.contains(QStringLiteral("PGPASSFILE")));
    CHECK_FALSE(QString(password.out + password.err).contains(QStringLiteral("hunter2")));

    const Run insecure = cli({QStringLiteral("server"), QStringLiteral("init")},
                             QStringLiteral("host=db.clinic.lan dbname=routiq"));
    CHECK(insecure.exitCode == 2);
    CHECK(insecure.errorCode() == QStringLiteral("SERVER_INSECURE"));
    CHECK(insecure.err.contains(QStringLiteral("sslmode=verify-full")));

    const Run missing = cli({QStringLiteral("server"), QStringLiteral("init")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--server")));
}

TEST_CASE("routiq-cli server init as a role that may not create tables fails and says why")
{
    PgServer &server = PgServer::shared();
    const QString database = server.createDatabase();
    QString output;
    REQUIRE(server.psql(database, QStringLiteral("postgres"),
                        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                       "rolname = 'clerk') THEN CREATE ROLE clerk LOGIN; END IF; "
                                       "END $$;"),
                        &output) == 0);
    const Run r =
        cli({QStringLiteral("--server"), server.conninfo(database, QStringLiteral("clerk")),
             QStringLiteral("server"), QStringLiteral("init")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("permission denied")));
    REQUIRE(server.psql(database, QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                       "table_schema = 'public';"),
                        &output) == 0);
    CHECK(output == QStringLiteral("0"));
}

TEST_CASE("routiq-cli refuses other commands with --server until they work there")
{
    ensureCoreApp();
    const Run r = cli({QStringLiteral("--server"), QStringLiteral("host=127.0.0.1"),
                       QStringLiteral("insights"), QStringLiteral("no-show")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("'server init|import'")));
}
