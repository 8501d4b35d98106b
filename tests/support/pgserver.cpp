#include "pgserver.h"

#include "testapp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <catch2/catch.hpp>

#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace routiq::test {

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// A port nobody listens on now. Another process may take it before the server binds it: start()
// then tries again with a new one.
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// initdb and the server refuse to run as root: as root, the folder goes to `postgres`.
bool handOverToPostgres(const QString &path, QString *whyNot)
{
    const passwd *user = ::getpwnam("postgres");
    if (!user) {
        *whyNot = QStringLiteral("running as root, but there is no 'postgres' OS user to run "
                                 "initdb as (install postgresql-15: scripts/deps)");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *whyNot = QStringLiteral("could not hand %1 to the postgres user").arg(path);
        return false;
    }
    return true;
}

} // namespace

QString PgServer::binDirectory()
{
    const QString overridden = qEnvironmentVariable("ROUTIQ_PG_BIN_DIR");
    return overridden.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : overridden;
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output,
                   int timeoutMs) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // readable by the postgres user
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = QDir(binDirectory()).filePath(program);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), path} +
                          arguments);
    else
        process.start(path, arguments);
    const bool finished = process.waitForStarted(10'000) && process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished(5'000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The certificate and key in the data folder, owned by the server's user (it refuses a key
// others can read), and TCP without TLS refused.
bool PgServer::setUpTls(const QString &data, const Tls &tls, bool scram, QString *whyNot) const
{
    const QDir dir(data);
    const QString certificate = dir.filePath(QStringLiteral("server.crt"));
    const QString key = dir.filePath(QStringLiteral("server.key"));
    QFile hba(dir.filePath(QStringLiteral("pg_hba.conf")));
    if (!QFile::copy(tls.certificate, certificate) || !QFile::copy(tls.key, key) ||
        !hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write(scram ? "local all all trust\n"
                          "hostssl all postgres 127.0.0.1/32 trust\n"
                          "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                          "hostnossl all all 127.0.0.1/32 reject\n"
                        : "local all all trust\n"
                          "hostssl all all 127.0.0.1/32 trust\n"
                          "hostnossl all all 127.0.0.1/32 reject\n") < 0) {
        *whyNot = QStringLiteral("could not put the TLS files in %1").arg(data);
        return false;
    }
    hba.close();
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    if (runningAsRoot())
        for (const QString &file : {certificate, key, hba.fileName()})
            if (!handOverToPostgres(file, whyNot))
                return false;
    return true;
}

std::unique_ptr<PgServer> PgServer::start(QString *whyNot)
{
    return start(whyNot, Options());
}

std::unique_ptr<PgServer> PgServer::start(QString *whyNot, Options options)
{
    ensureCoreApp();
    const QString bin = binDirectory();
    for (const char *tool : {"initdb", "pg_ctl", "postgres", "psql"}) {
        const QString path = QDir(bin).filePath(QLatin1String(tool));
        if (!QFileInfo(path).isExecutable()) {
            *whyNot = QStringLiteral("PostgreSQL 15 is not installed: %1 is missing. Install "
                                     "postgresql-15 (scripts/deps) or set ROUTIQ_PG_BIN_DIR.")
                          .arg(path);
            return nullptr;
        }
    }
    std::unique_ptr<PgServer> server(new PgServer);
    server->m_maxConnections = options.maxConnections;
    if (!server->m_dir.isValid()) {
        *whyNot = QStringLiteral("could not create a temporary folder for PostgreSQL");
        return nullptr;
    }
    if (runningAsRoot() && !handOverToPostgres(server->m_dir.path(), whyNot))
        return nullptr;
    const QString data = server->m_dir.filePath(QStringLiteral("data"));
    QString output;
    if (!server->run(QStringLiteral("initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                      QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                      QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                      QStringLiteral("--no-sync")},
                     &output)) {
        *whyNot = QStringLiteral("initdb failed: ") + output;
        return nullptr;
    }
    if (options.tls) {
        if (!server->setUpTls(data, *options.tls, options.scramOverTcp, whyNot))
            return nullptr;
        server->m_tls = true;
    } else if (options.scramOverTcp) {
        QFile hba(QDir(data).filePath(QStringLiteral("pg_hba.conf")));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all all trust\n"
                      "host all postgres 127.0.0.1/32 trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n") < 0) {
            *whyNot = QStringLiteral("could not write pg_hba.conf");
            return nullptr;
        }
    }
    // pg_ctl -w returns once the server accepts connections (its own readiness check, bounded
    // by -t); a port taken in the meantime fails the start, and another port is tried.
    for (int attempt = 0; attempt < 3; ++attempt) {
        server->m_port = freeLoopbackPort();
        if (server->pgCtlStart(&output)) {
            server->m_running = true;
            break;
        }
    }
    if (!server->m_running) {
        QFile log(server->m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            output += QString::fromLocal8Bit(log.readAll());
        *whyNot = QStringLiteral("PostgreSQL did not start: ") + output;
        return nullptr;
    }
    // pg_ctl's check is the server's own; one real query proves the TCP port answers too.
    if (server->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                     QStringLiteral("SELECT 1;"), &output) != 0) {
        *whyNot = QStringLiteral("PostgreSQL started but does not answer: ") + output;
        return nullptr;
    }
    return server;
}

bool PgServer::pgCtlStart(QString *output)
{
    const QString options =
        QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c full_page_writes=off -c synchronous_commit=off")
            .arg(m_port)
            .arg(m_dir.path()) +
        (m_maxConnections > 0 ? QStringLiteral(" -c max_connections=%1").arg(m_maxConnections)
                              : QString()) +
        (m_tls ? QStringLiteral(" -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key")
               : QString());
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start")},
               output);
}

bool PgServer::stop(QString *output)
{
    if (!m_running)
        return true;
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
             output))
        return false;
    m_running = false;
    return true;
}

bool PgServer::startAgain(QString *output)
{
    if (m_running)
        return true;
    if (!pgCtlStart(output))
        return false;
    m_running = true;
    return psql(QStringLiteral("postgres"), QStringLiteral("postgres"), QStringLiteral("SELECT 1;"),
                output) == 0;
}

PgServer &PgServer::shared()
{
    ensureCoreApp(); // born first, so it dies after the server below
    static QString whyNot;
    static const std::unique_ptr<PgServer> server = start(&whyNot);
    if (!server)
        FAIL(whyNot.toStdString());
    return *server;
}

PgServer &PgServer::sharedScram()
{
    ensureCoreApp();
    static QString whyNot;
    static const std::unique_ptr<PgServer> server = [] {
        Options options;
        options.scramOverTcp = true;
        return start(&whyNot, options);
    }();
    if (!server)
        FAIL(whyNot.toStdString());
    return *server;
}

PgServer::~PgServer()
{
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
}

QString PgServer::conninfo(const QString &database, const QString &user) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3")
        .arg(m_port)
        .arg(database, user);
}

QString PgServer::socketConninfo(const QString &database, const QString &user) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(m_dir.path())
        .arg(m_port)
        .arg(database, user);
}

QString PgServer::createDatabase()
{
    const QString name = QStringLiteral("routiq_test_%1").arg(++m_databases);
    QString output;
    if (psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
             QStringLiteral("CREATE DATABASE %1;").arg(name), &output) != 0)
        FAIL("could not create a test database: " << output.toStdString());
    return name;
}

int PgServer::psql(const QString &database, const QString &user, const QString &sql,
                   QString *output) const
{
    return psql(database, user, QString(), sql, output);
}

int PgServer::psql(const QString &database, const QString &user, const QString &password,
                   const QString &sql, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("PGSERVICE"));
    env.remove(QStringLiteral("PGPASSFILE"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QDir(binDirectory()).filePath(QStringLiteral("psql")),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                   QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-w"), QStringLiteral("-d"), conninfo(database, user)});
    if (!process.waitForStarted(10'000))
        return -1;
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished(5'000);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace routiq::test
