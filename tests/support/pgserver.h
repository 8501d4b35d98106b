#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace routiq::test {

// A real, throw-away PostgreSQL 15 for the tests that need the shared server: initdb into a
// temporary folder (as the `postgres` OS user when the tests run as root, which initdb
// refuses), trust authentication, a free loopback port and the unix socket in the same folder,
// fsync off. start() waits on pg_ctl's own readiness check, then on a first connection; the
// destructor stops the server and removes the folder.
class PgServer
{
public:
    // A server that speaks TLS only: this certificate and key (PEM), and pg_hba.conf refusing
    // TCP without TLS (the unix socket stays open, for the harness's own psql).
    struct Tls
    {
        QString certificate;
        QString key;
    };

    struct Options
    {
        // Loopback TCP asks every role but `postgres` for its SCRAM-SHA-256 password (the unix
        // socket and `postgres` stay trusted), so sign-ins can be refused.
        bool scramOverTcp = false;
        std::optional<Tls> tls;
        // PostgreSQL's max_connections when positive (its default, 100, otherwise): the shared
        // bench's hundreds of viewers with three connections each.
        int maxConnections = 0;
    };

    // Null with `whyNot` filled when PostgreSQL is not installed or did not start.
    static std::unique_ptr<PgServer> start(QString *whyNot);
    static std::unique_ptr<PgServer> start(QString *whyNot, Options options);
    // The server this test binary shares (started on first use, stopped at exit). FAILs the
    // calling test with the reason when there is none.
    static PgServer &shared();
    // The same with Options::scramOverTcp: the account and role tests' server.
    static PgServer &sharedScram();
    ~PgServer();

    int port() const { return m_port; }
    QString socketDirectory() const { return m_dir.path(); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("server.log")); }
    // A libpq connection string to `database` as `user` over loopback TCP (no password: trust).
    QString conninfo(const QString &database = QStringLiteral("postgres"),
                     const QString &user = QStringLiteral("postgres")) const;
    // The same over the unix socket in the temporary folder.
    QString socketConninfo(const QString &database = QStringLiteral("postgres"),
                           const QString &user = QStringLiteral("postgres")) const;

    // A fresh empty database, for one test; returns its name.
    QString createDatabase();
    // Runs psql -X -v ON_ERROR_STOP=1 with `sql` on stdin as `user`: exit code, stdout+stderr.
    int psql(const QString &database, const QString &user, const QString &sql,
             QString *output) const;
    // The same signed in with `password` (PGPASSWORD in psql's environment only).
    int psql(const QString &database, const QString &user, const QString &password,
             const QString &sql, QString *output) const;

    static QString binDirectory(); // /usr/lib/postgresql/15/bin, or ROUTIQ_PG_BIN_DIR

    // A server restart (issue 16: followers recover): stop() shuts the server down (fast mode:
    // every session ends, as in a restart or a crash of the host), startAgain() starts it on the
    // same port and data folder and waits until it answers. False (with the output) on failure.
    bool stop(QString *output = nullptr);
    bool startAgain(QString *output = nullptr);

private:
    PgServer() = default;
    bool run(const QString &program, const QStringList &arguments, QString *output,
             int timeoutMs = 60'000) const;
    bool setUpTls(const QString &data, const Tls &tls, bool scram, QString *whyNot) const;
    bool pgCtlStart(QString *output);

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_tls = false;
    int m_maxConnections = 0;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace routiq::test
