// routiq-cli --server … user … and audit list against the harness's PostgreSQL with SCRAM
// sign-ins (issue 16): the set-up role makes the first admin, the admin the rest, each signs in
// as itself, and the output is the local commands'.
#include "pgserver.h"
#include "testapp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace routiq::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString errorCode() const
    {
        // The error is the last line (log lines may come first).
        return QJsonDocument::fromJson(err.section(u'\n', -1).toUtf8())
            .object()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// One database set up by its own non-superuser set-up role (CREATEROLE, owns the database),
// whose password libpq reads from a PGPASSFILE; accounts sign in with ROUTIQ_PASSWORD_FILE.
struct Rig
{
    PgServer &server = PgServer::sharedScram();
    QString db = server.createDatabase();
    QString n = db.section(u'_', -1);
    QString setup = QStringLiteral("setup_") + n;
    QString admin = QStringLiteral("boss_") + n;
    QString staff = QStringLiteral("desk_") + n;
    QTemporaryDir dir;

    Rig()
    {
        psqlAsPostgres(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'; ALTER "
                                      "DATABASE %3 OWNER TO %1;")
                           .arg(setup, password(setup), db));
        write(QStringLiteral("pgpass"), QStringLiteral("127.0.0.1:%1:%2:%3:%4\n")
                                            .arg(server.port())
                                            .arg(db, setup, password(setup)));
        QFile::setPermissions(dir.filePath(QStringLiteral("pgpass")),
                              QFile::ReadOwner | QFile::WriteOwner);
        const Run init = cli({QStringLiteral("server"), QStringLiteral("init")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        psqlAsPostgres(QStringLiteral("INSERT INTO clinics (id, name, created_at) VALUES ('ca', "
                                      "'A', 0), ('cb', 'B', 0);"));
    }

    static QString password(const QString &name) { return QStringLiteral("secret-") + name; }

    void write(const QString &file, const QString &text) const
    {
        QFile f(dir.filePath(file));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }

    QString psqlAsPostgres(const QString &sql) const
    {
        QString output;
        const int rc = server.psql(db, QStringLiteral("postgres"), sql, &output);
        INFO(sql.toStdString() << "\n" << output.toStdString());
        REQUIRE(rc == 0);
        return output;
    }

    // routiq-cli with --server as the set-up role's address; `user` signs in with --user and
    // the password in `passwordFile`; `newPassword` is what ROUTIQ_NEW_PASSWORD_FILE holds.
    Run cli(const QStringList &args, const QString &user = {}, const QString &password = {},
            const QString &newPassword = {}) const
    {
        return cliWith(args, user, password, newPassword, true);
    }

    // usePasswordFile false: --user signs in with what libpq's PGPASSFILE holds for it.
    Run cliWith(const QStringList &args, const QString &user, const QString &password,
                const QString &newPassword, bool usePasswordFile) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROUTIQ_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("ROUTIQ_SERVER"));
        env.remove(QStringLiteral("PGPASSWORD"));
        env.remove(QStringLiteral("ROUTIQ_PASSWORD_FILE"));
        env.insert(QStringLiteral("PGPASSFILE"), dir.filePath(QStringLiteral("pgpass")));
        QStringList global{QStringLiteral("--server"), server.conninfo(db, setup)};
        if (!user.isEmpty()) {
            global << QStringLiteral("--user") << user;
            if (usePasswordFile) {
                write(QStringLiteral("password"), password);
                env.insert(QStringLiteral("ROUTIQ_PASSWORD_FILE"),
                           dir.filePath(QStringLiteral("password")));
            }
        }
        if (!newPassword.isEmpty()) {
            write(QStringLiteral("new-password"), newPassword);
            env.insert(QStringLiteral("ROUTIQ_NEW_PASSWORD_FILE"),
                       dir.filePath(QStringLiteral("new-password")));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/routiq-cli"), global + args);
        REQUIRE(p.waitForFinished(60'000));
        Run r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

    Run asAdmin(const QStringList &args, const QString &newPassword = {}) const
    {
        return cli(args, admin, password(admin), newPassword);
    }

    void makeFirstAdmin() const
    {
        const Run r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                           admin, QStringLiteral("--role"), QStringLiteral("admin")},
                          {}, {}, password(admin));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out == QStringLiteral("Added admin '%1'.").arg(admin));
    }
};

} // namespace

TEST_CASE("routiq-cli --server: the set-up role makes the first admin, the admin the rest, and "
          "each account signs in as itself")
{
    Rig rig;
    rig.makeFirstAdmin();
    // After that the set-up role makes no more accounts.
    const Run again =
        rig.cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), rig.staff,
                 QStringLiteral("--role"), QStringLiteral("staff")},
                {}, {}, QStringLiteral("x"));
    CHECK(again.exitCode == 1);
    CHECK(again.errorCode() == QStringLiteral("SERVER_PERMISSION_DENIED"));
    CHECK(again.err.contains(QStringLiteral("first admin only")));

    const Run add =
        rig.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                     rig.staff, QStringLiteral("--role"), QStringLiteral("staff"),
                     QStringLiteral("--clinic"), QStringLiteral("ca")},
                    Rig::password(rig.staff));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out == QStringLiteral("Added staff '%1'.").arg(rig.staff));

    const Run list = rig.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("%1 %2 %3 ca")
                                .arg(rig.staff.leftJustified(20),
                                     QStringLiteral("staff").leftJustified(9),
                                     QStringLiteral("active").leftJustified(9))));
    CHECK(
        list.out.contains(QRegularExpression(QStringLiteral("^%1 +admin +active *$").arg(rig.admin),
                                             QRegularExpression::MultilineOption)));
    // The new account signs in with its password (SCRAM over loopback TCP) and reads its
    // clinic only.
    QString output;
    CHECK(rig.server.psql(rig.db, rig.staff, Rig::password(rig.staff),
                          QStringLiteral("SELECT string_agg(id, ',') FROM clinics;"),
                          &output) == 0);
    CHECK(output == QStringLiteral("ca"));

    // libpq's password file signs in an account too.
    rig.write(
        QStringLiteral("pgpass"),
        QStringLiteral("127.0.0.1:%1:%2:%3:%4\n127.0.0.1:%1:%2:%5:%6\n")
            .arg(rig.server.port())
            .arg(rig.db, rig.setup, Rig::password(rig.setup), rig.staff, Rig::password(rig.staff)));
    const Run viaPgpass =
        rig.cliWith({QStringLiteral("audit"), QStringLiteral("list")}, rig.staff, {}, {}, false);
    CHECK(viaPgpass.errorCode() == QStringLiteral("ACCESS_DENIED")); // signed in, then refused

    // Staff may not list or add accounts: refused by the client and audited on the server.
    const Run denied = rig.cli({QStringLiteral("user"), QStringLiteral("list")}, rig.staff,
                               Rig::password(rig.staff));
    CHECK(denied.exitCode == 1);
    CHECK(denied.errorCode() == QStringLiteral("ACCESS_DENIED"));
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = '%1' "
                                            "AND action = 'access.denied';")
                                 .arg(rig.staff)) == QStringLiteral("2"));
}

TEST_CASE("routiq-cli --server: set-role, grant, revoke, disable and enable change what the "
          "account may do on the server")
{
    Rig rig;
    rig.makeFirstAdmin();
    REQUIRE(rig.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                         rig.staff, QStringLiteral("--role"), QStringLiteral("staff"),
                         QStringLiteral("--clinic"), QStringLiteral("ca")},
                        Rig::password(rig.staff))
                .exitCode == 0);
    auto clinicsSeen = [&rig] {
        QString output;
        rig.server.psql(rig.db, rig.staff, Rig::password(rig.staff),
                        QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM clinics;"),
                        &output);
        return output;
    };
    Run r = rig.asAdmin({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("--name"),
                         rig.staff, QStringLiteral("--clinic"), QStringLiteral("cb")});
    INFO(r.err.toStdString());
    CHECK(r.out == QStringLiteral("Done: grant %1.").arg(rig.staff));
    CHECK(clinicsSeen() == QStringLiteral("ca,cb"));
    r = rig.asAdmin({QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("--name"),
                     rig.staff, QStringLiteral("--clinic"), QStringLiteral("ca")});
    CHECK(r.exitCode == 0);
    CHECK(clinicsSeen() == QStringLiteral("cb"));

    r = rig.asAdmin({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--name"),
                     rig.staff, QStringLiteral("--role"), QStringLiteral("readonly")});
    CHECK(r.out == QStringLiteral("Done: set-role %1.").arg(rig.staff));
    QString output;
    CHECK(rig.server.psql(rig.db, rig.staff, Rig::password(rig.staff),
                          QStringLiteral("SELECT * FROM routiq_patient_list('cb', 'lapsed', "
                                         "'{1}');"),
                          &output) == 0);
    CHECK(output.contains(QStringLiteral("ACCESS_DENIED")));

    r = rig.asAdmin(
        {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"), rig.staff});
    CHECK(r.out == QStringLiteral("Done: disable %1.").arg(rig.staff));
    const Run refused = rig.cli({QStringLiteral("audit"), QStringLiteral("list")}, rig.staff,
                                Rig::password(rig.staff));
    CHECK(refused.exitCode == 1);
    CHECK(refused.errorCode() == QStringLiteral("ACCOUNT_DISABLED"));
    const Run list = rig.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.out.contains(
        QRegularExpression(QStringLiteral("^%1 +readonly +disabled +cb$").arg(rig.staff),
                           QRegularExpression::MultilineOption)));
    r = rig.asAdmin(
        {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("--name"), rig.staff});
    CHECK(r.exitCode == 0);
    CHECK(clinicsSeen() == QStringLiteral("cb"));

    // The last admin cannot be disabled.
    r = rig.asAdmin(
        {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"), rig.admin});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("last admin")));
}

TEST_CASE("routiq-cli --server: a wrong password is refused and no password reaches the "
          "command line, the server's log or the output")
{
    Rig rig;
    // Every statement the server runs goes to its log for this test.
    rig.psqlAsPostgres(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'; SELECT "
                                      "pg_reload_conf();"));
    rig.makeFirstAdmin();
    const Run wrong = rig.cli({QStringLiteral("user"), QStringLiteral("list")}, rig.admin,
                              QStringLiteral("not-it"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.errorCode() == QStringLiteral("INVALID_CREDENTIALS"));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("not-it")));
    const Run unknown = rig.cli({QStringLiteral("user"), QStringLiteral("list")},
                                QStringLiteral("nobody_") + rig.n, QStringLiteral("x"));
    CHECK(unknown.errorCode() == QStringLiteral("INVALID_CREDENTIALS"));
    const Run bad = rig.cli({QStringLiteral("user"), QStringLiteral("list")},
                            QStringLiteral("x'; DROP TABLE clinics; --"), QStringLiteral("x"));
    CHECK(bad.exitCode == 2);
    REQUIRE(rig.asAdmin({QStringLiteral("user"), QStringLiteral("passwd")},
                        QStringLiteral("brand-new-secret"))
                .exitCode == 0);
    QString output;
    CHECK(rig.server.psql(rig.db, rig.admin, QStringLiteral("brand-new-secret"),
                          QStringLiteral("SELECT 1;"), &output) == 0);
    rig.psqlAsPostgres(QStringLiteral("ALTER SYSTEM RESET log_statement; SELECT "
                                      "pg_reload_conf();"));
    QFile log(rig.server.logPath());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    CHECK(text.contains("routiq_set_account_password")); // the log did record statements
    CHECK_FALSE(text.contains(Rig::password(rig.admin).toUtf8()));
    CHECK_FALSE(text.contains("brand-new-secret"));
}

TEST_CASE("routiq-cli --server audit list shows the server's entries to admins only, in the "
          "local list's shape")
{
    Rig rig;
    rig.makeFirstAdmin();
    REQUIRE(rig.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                         rig.staff, QStringLiteral("--role"), QStringLiteral("staff"),
                         QStringLiteral("--clinic"), QStringLiteral("ca")},
                        Rig::password(rig.staff))
                .exitCode == 0);
    const Run list = rig.asAdmin({QStringLiteral("audit"), QStringLiteral("list")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(u'\n');
    INFO(list.out.toStdString());
    REQUIRE(lines.size() == 2);
    // "%6lld %s %-16s %-22s %s %s": seq, time, actor, action, object, detail.
    CHECK(QRegularExpression(QStringLiteral("^ *\\d+ \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ "
                                            "%1 +user\\.create +%2 \\{.*\"role\": \"admin\".*\\}$")
                                 .arg(rig.setup, rig.admin))
              .match(lines.at(0))
              .hasMatch());
    CHECK(lines.at(1).contains(
        QRegularExpression(QStringLiteral("%1 +user\\.create +%2 .*\"clinics\": \\[\"ca\"\\]")
                               .arg(rig.admin, rig.staff))));
    const Run since = rig.asAdmin({QStringLiteral("audit"), QStringLiteral("list"),
                                   QStringLiteral("--since"), QStringLiteral("2999-01-01")});
    CHECK(since.exitCode == 0);
    CHECK(since.out.isEmpty());
    // Reading it is audited too.
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'audit.view';")) == QStringLiteral("2"));

    const Run staff = rig.cli({QStringLiteral("audit"), QStringLiteral("list")}, rig.staff,
                              Rig::password(rig.staff));
    CHECK(staff.exitCode == 1);
    CHECK(staff.errorCode() == QStringLiteral("ACCESS_DENIED"));
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = '%1' "
                                            "AND action = 'access.denied';")
                                 .arg(rig.staff)) == QStringLiteral("1"));
}

TEST_CASE("routiq-cli --server clinic list shows each account the clinics the server lets it "
          "see, and clinic remove is the admin's, takes the clinic's data and is audited")
{
    ensureCoreApp();
    Rig rig;
    rig.makeFirstAdmin();
    Run add = rig.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                           rig.staff, QStringLiteral("--role"), QStringLiteral("staff"),
                           QStringLiteral("--clinic"), QStringLiteral("ca")},
                          Rig::password(rig.staff));
    REQUIRE(add.exitCode == 0);
    rig.psqlAsPostgres(QStringLiteral("INSERT INTO locations (clinic_id, id, name) VALUES ('cb', "
                                      "1, 'Main'), ('ca', 1, 'Main');"));

    const Run all =
        rig.asAdmin({QStringLiteral("clinic"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    const QJsonArray clinics = QJsonDocument::fromJson(all.out.toUtf8()).array();
    REQUIRE(clinics.size() == 2);
    CHECK(clinics.at(0).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("ca"));
    const Run mine = rig.cli({QStringLiteral("clinic"), QStringLiteral("list")}, rig.staff,
                             Rig::password(rig.staff));
    REQUIRE(mine.exitCode == 0);
    CHECK(mine.out.startsWith(QStringLiteral("ca ")));
    CHECK_FALSE(mine.out.contains(QStringLiteral("cb")));

    // Staff may not remove (the server refuses); an unknown id is a usage error.
    const Run refused = rig.cli({QStringLiteral("clinic"), QStringLiteral("remove"),
                                 QStringLiteral("--id"), QStringLiteral("ca")},
                                rig.staff, Rig::password(rig.staff));
    CHECK(refused.exitCode != 0);
    const Run unknown = rig.asAdmin({QStringLiteral("clinic"), QStringLiteral("remove"),
                                     QStringLiteral("--id"), QStringLiteral("nowhere")});
    CHECK(unknown.exitCode == 2);

    const Run removed = rig.asAdmin({QStringLiteral("clinic"), QStringLiteral("remove"),
                                     QStringLiteral("--id"), QStringLiteral("cb")});
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.startsWith(QStringLiteral("Removed clinic 'cb'")));
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT count(*) FROM locations WHERE clinic_id = "
                                            "'cb';"))
              .contains(QStringLiteral("0")));
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT count(*) FROM locations WHERE clinic_id = "
                                            "'ca';"))
              .contains(QStringLiteral("1")));
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT actor || ' ' || (detail->>'what') FROM "
                                            "audit_log WHERE action = 'connection.change' AND "
                                            "clinic_id = 'cb';"))
              .contains(rig.admin + QStringLiteral(" remove")));
    const Run after = rig.asAdmin({QStringLiteral("clinic"), QStringLiteral("list")});
    CHECK_FALSE(after.out.contains(QStringLiteral("cb")));
}

TEST_CASE("routiq-cli --server user add --expires: the account works through its last day in its "
          "clinics' zones, the list shows its end, and a day already over is refused")
{
    Rig rig;
    rig.makeFirstAdmin();
    rig.psqlAsPostgres(QStringLiteral(
        "INSERT INTO locations (clinic_id, id, name, time_zone_id) VALUES ('ca', 1, 'A', "
        "'Australia/Sydney'), ('cb', 1, 'B', 'America/Los_Angeles');"));
    const QDate lastDay = QDate::currentDate().addDays(20);
    const auto endIn = [&](const char *zone) {
        return QDateTime(lastDay.addDays(1), QTime(0, 0), QTimeZone(zone))
            .toUTC()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const QString locum = QStringLiteral("locum_") + rig.n;
    const Run add = rig.asAdmin(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), locum,
         QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--clinic"),
         QStringLiteral("ca"), QStringLiteral("--expires"), lastDay.toString(Qt::ISODate)},
        Rig::password(locum));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out ==
          QStringLiteral("Added staff '%1', until %2 UTC.").arg(locum, endIn("Australia/Sydney")));
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT to_char(rolvaliduntil AT TIME ZONE 'UTC', "
                                            "'YYYY-MM-DD HH24:MI') FROM pg_roles WHERE rolname "
                                            "= '%1';")
                                 .arg(locum)) == endIn("Australia/Sydney"));
    // An admin works at every clinic: its day ends at the last of their midnights.
    const QString cover = QStringLiteral("cover_") + rig.n;
    const Run addAdmin =
        rig.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), cover,
                     QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--expires"),
                     lastDay.toString(Qt::ISODate)},
                    Rig::password(cover));
    INFO(addAdmin.err.toStdString());
    CHECK(
        addAdmin.out ==
        QStringLiteral("Added admin '%1', until %2 UTC.").arg(cover, endIn("America/Los_Angeles")));

    Run list = rig.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(
        list.out.contains(QRegularExpression(QStringLiteral("^%1 +staff +active +ca  until %2 UTC$")
                                                 .arg(locum, endIn("Australia/Sydney")),
                                             QRegularExpression::MultilineOption)));
    // The account signs in until then; once its end has come (moved back here, as time would)
    // the server refuses its password and the list says so.
    QString output;
    CHECK(rig.server.psql(rig.db, locum, Rig::password(locum), QStringLiteral("SELECT 1;"),
                          &output) == 0);
    rig.psqlAsPostgres(QStringLiteral("ALTER ROLE %1 VALID UNTIL '2001-01-01';").arg(locum));
    const Run late =
        rig.cli({QStringLiteral("clinic"), QStringLiteral("list")}, locum, Rig::password(locum));
    CHECK(late.exitCode == 1);
    CHECK(late.errorCode() == QStringLiteral("INVALID_CREDENTIALS"));
    list = rig.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.out.contains(QRegularExpression(QStringLiteral("^%1 +staff +expired +ca  until "
                                                              "2001-01-01 00:00 UTC$")
                                                   .arg(locum),
                                               QRegularExpression::MultilineOption)));

    for (const QString &day : {QStringLiteral("2001-01-01"), QStringLiteral("tomorrow")}) {
        const Run refused =
            rig.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("late_") + rig.n, QStringLiteral("--role"),
                         QStringLiteral("staff"), QStringLiteral("--expires"), day},
                        QStringLiteral("pw"));
        INFO(day.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.errorCode() == QStringLiteral("BAD_REQUEST"));
    }
    CHECK(rig.psqlAsPostgres(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = "
                                            "'late_%1';")
                                 .arg(rig.n)) == QStringLiteral("0"));
}
