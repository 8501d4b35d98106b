// routiq-cli --server … server import --data-dir DIR (issue 16): a single-PC folder with two
// clinics synced from the simulator moves into the server — the same facts, the accounts as
// login roles in their groups with their clinics and new passwords, the audit log with its
// original actors and times — and a second import is refused with nothing written.
#include "e2etestsupport.h"
#include "pgserver.h"
#include "testapp.h"
#include "testfolder.h"

#include "metrics/appointmentindex.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"
#include "session/appcontext.h"
#include "shared/serverconnection.h"
#include "shared/serverconninfo.h"
#include "shared/serverfactreader.h"
#include "shared/serverfolderimport.h"
#include "simulator/clinikosimulator.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storerigs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

// PGPASSFILE for the child routiq-cli runs of one test (libpq reads it; nothing on a command
// line), restored when the test ends however it ends.
struct PassFileEnv
{
    explicit PassFileEnv(const QString &path) { qputenv("PGPASSFILE", path.toLocal8Bit()); }
    ~PassFileEnv() { qunsetenv("PGPASSFILE"); }
};

QList<AppointmentFact> sorted(QList<AppointmentFact> facts)
{
    std::sort(facts.begin(), facts.end(),
              [](const AppointmentFact &a, const AppointmentFact &b) { return a.id < b.id; });
    return facts;
}

QString psqlAs(PgServer &server, const QString &db, const QString &user, const QString &password,
               const QString &sql, int *rc)
{
    QString out;
    *rc = server.psql(db, user, password, sql, &out);
    return out.trimmed();
}

} // namespace

TEST_CASE("server import moves a two-clinic folder into the server: facts, accounts with new "
          "passwords, the audit log with its actors, and a second import is refused")
{
    ensureCoreApp();
    PgServer &server = PgServer::sharedScram();
    const QString db = server.createDatabase();
    const QString n = db.section(u'_', -1);
    const QString setup = QStringLiteral("setup_") + n;
    const QString setupPassword = QStringLiteral("secret-") + setup;
    QString output;
    REQUIRE(server.psql(db, QStringLiteral("postgres"),
                        QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'; ALTER "
                                       "DATABASE %3 OWNER TO %1;")
                            .arg(setup, setupPassword, db),
                        &output) == 0);
    QTemporaryDir dir;
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    {
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1:%2:%3:%4\n")
                    .arg(server.port())
                    .arg(db, setup, setupPassword)
                    .toUtf8());
    }
    QFile::setPermissions(passFile, QFile::ReadOwner | QFile::WriteOwner);
    const PassFileEnv env(passFile);
    const QString conninfo = server.conninfo(db, setup);

    // The single-PC folder: two clinics synced from two simulated PMS accounts.
    ClinikoSimulator north(smallClinic(60, 300, 11));
    ClinikoSimulator south(smallClinic(60, 200, 12));
    north.setRateLimitEnabled(false);
    south.setRateLimitEnabled(false);
    REQUIRE(north.start());
    REQUIRE(south.start());
    const QString admin = QStringLiteral("ada_") + n;
    const QString staff = QStringLiteral("sam_") + n;
    const QString reader = QStringLiteral("rita_") + n;
    const QString gone = QStringLiteral("old_") + n;
    Cli local{dir.filePath(QStringLiteral("data"))};
    REQUIRE(local.signInAsNewAdmin(admin));
    REQUIRE(local.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), north.baseUrl(),
                            north.apiKey()));
    REQUIRE(local.addClinic(QStringLiteral("south"), QStringLiteral("cliniko"), south.baseUrl(),
                            south.apiKey()));
    QString out, err;
    for (const char *clinic : {"north", "south"}) {
        INFO(clinic);
        REQUIRE(local.run({QStringLiteral("sync"), QStringLiteral("--clinic"),
                           QString::fromLatin1(clinic)},
                          &out, &err) == 0);
    }
    REQUIRE_FALSE(
        local.addUser(staff, QStringLiteral("staff"), {QStringLiteral("north")}).isEmpty());
    REQUIRE_FALSE(local
                      .addUser(reader, QStringLiteral("readonly"),
                               {QStringLiteral("north"), QStringLiteral("south")})
                      .isEmpty());
    REQUIRE_FALSE(
        local.addUser(gone, QStringLiteral("staff"), {QStringLiteral("south")}).isEmpty());
    REQUIRE(local.run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"),
                       gone}) == 0);

    // The server, set up by its own role.
    Cli setupRole = local;
    setupRole.user.clear();
    setupRole.passwordFile.clear();
    setupRole.globalArgs = {QStringLiteral("--server"), conninfo};
    REQUIRE(setupRole.run({QStringLiteral("server"), QStringLiteral("init")}, &out, &err) == 0);

    // The import: the set-up role's connection, the folder's admin signed in to the folder.
    Cli importer = local;
    importer.globalArgs = {QStringLiteral("--server"), conninfo};
    const QStringList import{QStringLiteral("server"), QStringLiteral("import"),
                             QStringLiteral("--data-dir"), local.dataDir};
    // Any other role is refused before the folder is even opened, e.g. a superuser.
    Cli superuser = local;
    superuser.globalArgs = {QStringLiteral("--server"), server.conninfo(db)};
    CHECK(superuser.run(import, &out, &err) == 1);
    CHECK(Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    int rc = 0;
    CHECK(psqlAs(server, db, QStringLiteral("postgres"), {},
                 QStringLiteral("SELECT count(*) FROM clinics;"), &rc) == QStringLiteral("0"));

    // One transaction per clinic: the server refusing one of south's appointments (a trigger the
    // writer knows nothing of) leaves nothing of south; the set-up role deletes what did commit
    // and imports again, as docs/shared-mode.md says.
    psqlAs(server, db, QStringLiteral("postgres"), {},
           QStringLiteral("CREATE FUNCTION refuse_south() RETURNS trigger LANGUAGE plpgsql AS $$ "
                          "BEGIN RAISE EXCEPTION 'refused'; END $$; CREATE TRIGGER refuse_south "
                          "BEFORE INSERT ON appointments FOR EACH ROW WHEN (NEW.clinic_id = "
                          "'south') EXECUTE FUNCTION refuse_south();"),
           &rc);
    REQUIRE(rc == 0);
    CHECK(importer.run(import, &out, &err) == 1);
    CHECK(psqlAs(server, db, QStringLiteral("postgres"), {},
                 QStringLiteral("SELECT (SELECT count(*) FROM clinics WHERE id = 'south') + "
                                "(SELECT count(*) FROM locations WHERE clinic_id = 'south') + "
                                "(SELECT count(*) FROM patients WHERE clinic_id = 'south') + "
                                "(SELECT count(*) FROM appointments WHERE clinic_id = 'south') + "
                                "(SELECT count(*) FROM sync_checkpoints WHERE clinic_id = "
                                "'south') + (SELECT count(*) FROM accounts) + (SELECT count(*) "
                                "FROM audit_log);"),
                 &rc) == QStringLiteral("0"));
    psqlAs(server, db, QStringLiteral("postgres"), {},
           QStringLiteral("DROP TRIGGER refuse_south ON appointments;"), &rc);
    psqlAs(server, db, setup, setupPassword, QStringLiteral("DELETE FROM clinics;"), &rc);
    REQUIRE(rc == 0);

    const int exitCode = importer.run(import, &out, &err);
    INFO(err.toStdString());
    REQUIRE(exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    REQUIRE(report.value(QStringLiteral("clinics")).toArray().size() == 2);
    CHECK(report.value(QStringLiteral("clinicsNeedingApiKey")).toArray() ==
          QJsonArray{QStringLiteral("north"), QStringLiteral("south")});

    // Facts: what the server holds equals the folder's caches, clinic by clinic.
    const auto context = unlockFolder(local.dataDir, admin, cliAdminPassword(admin));
    REQUIRE(context);
    RoutiqError error;
    const auto info = ServerConnInfo::parse(conninfo, &error);
    REQUIRE(info);
    for (const QJsonValue &v : report.value(QStringLiteral("clinics")).toArray()) {
        const QJsonObject clinic = v.toObject();
        const QString id = clinic.value(QStringLiteral("id")).toString();
        INFO(id.toStdString());
        const auto cache = ClinicDatabaseReader::open(context->clinicDatabasePath(id),
                                                      cacheKey(*context, id), &error);
        REQUIRE(cache);
        const QList<AppointmentFact> localFacts = sorted(cache->loadFacts(&error));
        REQUIRE(error.isNull());
        const auto serverReader = ServerFactReader::open(*info, id, &error);
        INFO(error.details.toStdString());
        REQUIRE(serverReader);
        const QList<AppointmentFact> serverFacts = sorted(serverReader->loadFacts(&error));
        REQUIRE(error.isNull());
        CHECK(localFacts.size() > 100);
        CHECK(clinic.value(QStringLiteral("appointments")).toInteger() == localFacts.size());
        CHECK(serverFacts == localFacts);
        // And the figures over them, through the one engine.
        AppointmentIndex fromCache;
        fromCache.reset(localFacts);
        AppointmentIndex fromServer;
        fromServer.reset(serverFacts);
        const QDate today = QDate::currentDate();
        for (const auto &[start, end] : {std::pair{today.addDays(-30), today},
                                         std::pair{today.addDays(-7), today.addDays(7)}}) {
            const ResolvedRange range = RangeResolver::withPreviousRange(start, end);
            const ClinicMetrics a = MetricsCalculator(fromCache).compute(range, {});
            CHECK(a.totalBookings > 0);
            CHECK(a == MetricsCalculator(fromServer).compute(range, {}));
        }
        CHECK(clinic.value(QStringLiteral("checkpoints")).toInt() == 5);
        CHECK(clinic.value(QStringLiteral("changeSequence")).toInteger() > 0);
    }
    CHECK(
        psqlAs(server, db, QStringLiteral("postgres"), {},
               QStringLiteral("SELECT count(*) FROM sync_checkpoints WHERE backfill_complete = "
                              "1; SELECT count(*) FROM sync_state WHERE last_successful_sync IS "
                              "NOT NULL; SELECT count(*) > 100 FROM patient_booking_summary WHERE "
                              "clinic_id = 'north';"),
               &rc) == QStringLiteral("10\n2\nt"));

    // Accounts: each signs in through psql with its new password, in its group, its clinics.
    QHash<QString, QJsonObject> accounts;
    for (const QJsonValue &v : report.value(QStringLiteral("accounts")).toArray())
        accounts.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    REQUIRE(accounts.size() == 4);
    CHECK_FALSE(accounts.value(gone).value(QStringLiteral("login")).toBool());
    CHECK_FALSE(accounts.value(gone).contains(QStringLiteral("initialPassword")));
    const QString who = QStringLiteral(
        "SELECT current_user, pg_has_role(current_user, 'routiq_admin', 'MEMBER'), "
        "pg_has_role(current_user, 'routiq_staff', 'MEMBER'), pg_has_role(current_user, "
        "'routiq_readonly', 'MEMBER'), (SELECT string_agg(clinic_id, ',' ORDER BY clinic_id) "
        "FROM account_clinics WHERE role_name = current_user::text)");
    const auto signIn = [&](const QString &name) {
        const QString password =
            accounts.value(name).value(QStringLiteral("initialPassword")).toString();
        REQUIRE(password.size() >= 20);
        int code = -1;
        const QString row = psqlAs(server, db, name, password, who + u';', &code);
        INFO(row.toStdString());
        CHECK(code == 0);
        return row.section(u'\n', -1);
    };
    CHECK(signIn(admin) == admin + QStringLiteral("|t|f|f|"));
    CHECK(signIn(staff) == staff + QStringLiteral("|f|t|f|north"));
    CHECK(signIn(reader) == reader + QStringLiteral("|f|f|t|north,south"));
    psqlAs(server, db, gone, QStringLiteral("anything"), QStringLiteral("SELECT 1;"), &rc);
    CHECK(rc != 0); // NOLOGIN
    // The staff account reads its clinic's rows only (row-level security holds after import).
    CHECK(psqlAs(server, db, staff,
                 accounts.value(staff).value(QStringLiteral("initialPassword")).toString(),
                 QStringLiteral("SELECT DISTINCT clinic_id FROM appointments;"), &rc)
              .contains(QStringLiteral("north")));

    // The audit log: the folder's entries with their actors and times, marked imported.
    const QString adminPassword =
        accounts.value(admin).value(QStringLiteral("initialPassword")).toString();
    const QString audit = psqlAs(
        server, db, admin, adminPassword,
        QStringLiteral("SELECT actor || ' ' || action || ' ' || object_id FROM audit_log WHERE "
                       "detail->>'imported' = 'true' AND at < now() - interval '0 seconds' "
                       "ORDER BY (detail->>'localSeq')::bigint;"),
        &rc);
    INFO(audit.toStdString());
    CHECK(rc == 0);
    CHECK(audit.contains(admin + QStringLiteral(" user.create ") + staff));
    CHECK(audit.contains(admin + QStringLiteral(" user.disable ") + gone));
    CHECK(audit.contains(admin + QStringLiteral(" connection.change")));
    CHECK(audit.contains(admin + QStringLiteral(" export.patient_level north")));
    const QString counts = psqlAs(
        server, db, QStringLiteral("postgres"), {},
        QStringLiteral("SELECT count(*) FILTER (WHERE detail->>'imported' = 'true'), count(*) "
                       "FILTER (WHERE action = 'user.import' AND actor = '%1'), count(*) FROM "
                       "audit_log;")
            .arg(setup),
        &rc);
    CHECK(counts.startsWith(
        QStringLiteral("%1|4|").arg(report.value(QStringLiteral("auditEntries")).toInt())));

    // Insert-only for every account still: no one but the set-up role may import entries, and
    // the import flag opens nothing for them.
    psqlAs(server, db, admin, adminPassword,
           QStringLiteral("SELECT routiq_import_audit(now() - interval '1 day', 'someone', "
                          "'login.ok', NULL, '', '{}');"),
           &rc);
    CHECK(rc != 0);
    const QString forged =
        psqlAs(server, db, admin, adminPassword,
               QStringLiteral("SET routiq.audit_import = 'on'; INSERT INTO audit_log (action) "
                              "VALUES ('login.ok') RETURNING actor, at > now() - interval '1 "
                              "minute';"),
               &rc);
    CHECK(rc == 0);
    CHECK(forged == admin + QStringLiteral("|t")); // its own name, the server's time
    psqlAs(server, db, admin, adminPassword,
           QStringLiteral("UPDATE audit_log SET actor = 'x'; DELETE FROM audit_log;"), &rc);
    CHECK(rc != 0);

    // A second import: refused before anything is written.
    const QString before = psqlAs(server, db, QStringLiteral("postgres"), {},
                                  QStringLiteral("SELECT count(*) FROM audit_log; SELECT "
                                                 "count(*) FROM appointments;"),
                                  &rc);
    CHECK(importer.run(import, &out, &err) == 1);
    CHECK(Cli::errorCode(err) == QStringLiteral("ALREADY_IMPORTED"));
    CHECK(psqlAs(server, db, QStringLiteral("postgres"), {},
                 QStringLiteral("SELECT count(*) FROM audit_log; SELECT count(*) FROM "
                                "appointments;"),
                 &rc) == before);
}

TEST_CASE("server import refuses a folder account the server cannot have before it writes "
          "anything: a name no login role may take, a role that exists")
{
    ensureCoreApp();
    RoutiqError error;
    const auto info =
        ServerConnInfo::parse(initialisedServerDatabase(QStringLiteral("c1")), &error);
    REQUIRE(info);
    const auto connection = ServerConnection::open(*info, &error);
    REQUIRE(connection);
    const auto account = [](const QString &name) {
        Account a;
        a.username = name;
        a.role = Role::Staff;
        return a;
    };
    for (const QString &name : {QStringLiteral("jane@clinic.example"), QStringLiteral("1st"),
                                QStringLiteral("routiq_admin"), QStringLiteral("pg_x")}) {
        INFO(name.toStdString());
        error = {};
        CHECK_FALSE(ServerFolderImport::checkAccounts(
            connection->database(), {account(QStringLiteral("fine")), account(name)}, &error));
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
        CHECK_FALSE(ServerFolderImport::run(
            connection->database(), {account(QStringLiteral("fine")), account(name)}, {},
            QStringLiteral("test"), QDateTime::currentDateTimeUtc(), &error));
    }
    error = {};
    CHECK_FALSE(ServerFolderImport::checkAccounts(connection->database(),
                                                  {account(QStringLiteral("postgres"))}, &error));
    CHECK(error.code == QStringLiteral("ALREADY_IMPORTED"));
    Account demo = account(QStringLiteral("demo@x"));
    demo.demo = true;
    CHECK(ServerFolderImport::checkAccounts(connection->database(), {demo}, &error));
    // Nothing was written.
    QSqlQuery q(connection->database());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) "
                                  "FROM audit_log) + (SELECT count(*) FROM pg_roles WHERE "
                                  "rolname = 'fine')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("server import keeps a temporary account's end as its role's VALID UNTIL, and brings "
          "one whose end has come as NOLOGIN")
{
    ensureCoreApp();
    RoutiqError error;
    const QString conninfo = initialisedServerDatabase(QStringLiteral("c1"));
    const auto info = ServerConnInfo::parse(conninfo, &error);
    REQUIRE(info);
    const auto connection = ServerConnection::open(*info, &error);
    REQUIRE(connection);
    // Role names are the cluster's: each carries this database's number.
    const QString n =
        conninfo.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0).section(u'_', -1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Account running;
    running.username = QStringLiteral("locum_") + n;
    running.role = Role::Staff;
    running.clinics = {QStringLiteral("c1")};
    running.expiresAt = QDateTime::fromMSecsSinceEpoch(
        (now.toMSecsSinceEpoch() / 1000 + 7 * 86'400) * 1000, Qt::UTC);
    Account over = running;
    over.username = QStringLiteral("gone_") + n;
    over.expiresAt = now.addDays(-2);
    const auto result = ServerFolderImport::run(connection->database(), {running, over}, {},
                                                QStringLiteral("test"), now, &error);
    INFO(error.details.toStdString());
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 2);
    CHECK(result->accounts.at(0).login);
    CHECK(result->accounts.at(0).expiresAt == running.expiresAt);
    CHECK_FALSE(result->accounts.at(1).login);
    CHECK_FALSE(result->accounts.at(1).expiresAt);
    CHECK(result->accountsJson().at(0).toObject().value(QStringLiteral("expiresAt")).toString() ==
          running.expiresAt->toString(Qt::ISODate));

    QSqlQuery q(connection->database());
    REQUIRE(q.exec(QStringLiteral("SELECT rolname, rolcanlogin, (extract(epoch FROM "
                                  "rolvaliduntil) * 1000)::bigint FROM pg_roles WHERE rolname "
                                  "IN ('%1', '%2') ORDER BY rolname")
                       .arg(running.username, over.username)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == over.username);
    CHECK_FALSE(q.value(1).toBool());
    CHECK(q.value(2).isNull());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == running.username);
    CHECK(q.value(1).toBool());
    CHECK(q.value(2).toLongLong() == running.expiresAt->toMSecsSinceEpoch());
}
