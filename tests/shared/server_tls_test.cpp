// The shared server over TLS with the clinic's own certificate authority (issue 16): a
// throw-away CA signs the server's certificate for its name, PostgreSQL takes TLS only, and
// Routiq checks the certificate and the name, says clearly why it refuses, and runs
// `server init` over the encrypted connection.
#include "pgserver.h"
#include "shared/serverconnection.h"
#include "testapp.h"
#include "throwawayca.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace routiq;
using namespace routiq::test;

namespace {

// The server's certificate is for this name; libpq connects to 127.0.0.1 (hostaddr) and
// checks the name in the certificate, as it would for a server elsewhere on the network.
constexpr auto kServerName = "db.clinic.test";

QString address(const PgServer &server, const QString &name, const QString &tls)
{
    return QStringLiteral("host=%1 hostaddr=127.0.0.1 port=%2 dbname=postgres user=postgres %3")
        .arg(name)
        .arg(server.port())
        .arg(tls);
}

std::unique_ptr<ServerConnection> open(const QString &conninfo, RoutiqError *error)
{
    const auto info = ServerConnInfo::parse(conninfo, error);
    REQUIRE(info);
    return ServerConnection::open(*info, error);
}

} // namespace

TEST_CASE("over TLS Routiq checks the server's certificate against the clinic's authority and "
          "its name, refuses a foreign authority, another name and plain TCP with a clear "
          "reason, and runs server init encrypted")
{
    ensureCoreApp();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QDir(folder.path()).mkpath(QStringLiteral("clinic"));
    QDir(folder.path()).mkpath(QStringLiteral("foreign"));
    QString why;
    const auto ca = ThrowAwayCa::make(folder.filePath(QStringLiteral("clinic")),
                                      {QLatin1String(kServerName)}, &why);
    INFO(why.toStdString());
    REQUIRE(ca);
    const auto foreign = ThrowAwayCa::make(folder.filePath(QStringLiteral("foreign")),
                                           {QLatin1String(kServerName)}, &why);
    REQUIRE(foreign);
    PgServer::Options options;
    options.tls = PgServer::Tls{ca->serverCertificate, ca->serverKey};
    const auto server = PgServer::start(&why, options);
    INFO(why.toStdString());
    REQUIRE(server);

    const QString verified = QStringLiteral("sslmode=verify-full sslrootcert=") + ca->caCertificate;
    RoutiqError error;
    {
        const auto connection =
            open(address(*server, QLatin1String(kServerName), verified), &error);
        INFO(error.details.toStdString());
        REQUIRE(connection);
        QSqlQuery q(connection->database());
        REQUIRE(q.exec(
            QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        REQUIRE(q.next());
        CHECK(q.value(0).toBool());
        CHECK(q.value(1).toString().startsWith(QStringLiteral("TLSv1.")));
    }

    // Another authority's certificate, for the right name: refused, and the reason says so.
    const auto refusedBy = [&](const QString &conninfo) {
        RoutiqError e;
        CHECK_FALSE(open(conninfo, &e));
        return e;
    };
    const QString foreignCa =
        QStringLiteral("sslmode=verify-full sslrootcert=") + foreign->caCertificate;
    RoutiqError e = refusedBy(address(*server, QLatin1String(kServerName), foreignCa));
    CHECK(e.code == QLatin1String("SERVER_CERTIFICATE_REFUSED"));
    CHECK(e.message.contains(QStringLiteral("certificate")));
    // The clinic's authority, but a name the certificate does not hold.
    e = refusedBy(address(*server, QStringLiteral("files.clinic.test"), verified));
    CHECK(e.code == QLatin1String("SERVER_CERTIFICATE_REFUSED"));
    // The server takes TLS only: a plain connection is turned away by pg_hba.conf.
    e = refusedBy(address(*server, QLatin1String(kServerName), QStringLiteral("sslmode=disable")));
    CHECK(e.code == QLatin1String("SERVER_INSECURE"));
    CHECK(e.message.contains(QStringLiteral("sslmode=verify-full")));
    for (const QString &text : {e.message, e.details})
        CHECK_FALSE(text.contains(QStringLiteral("BEGIN")));

    // The CLI over the verified connection: the schema is made, encrypted all the way.
    QProcess cli;
    QTemporaryDir dataDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROUTIQ_DATA_DIR"), dataDir.path());
    env.remove(QStringLiteral("ROUTIQ_SERVER"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/routiq-cli"),
              {QStringLiteral("--server"), address(*server, QLatin1String(kServerName), verified),
               QStringLiteral("server"), QStringLiteral("init")});
    REQUIRE(cli.waitForFinished(60'000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    CHECK(report.value(QStringLiteral("migrationsApplied")).toArray().contains(1));
}
