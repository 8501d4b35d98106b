// The shared server's parts below the stores: the PostgreSQL test harness, the connection
// string rules, the schema and its roles (issue 16).
#include "pgserver.h"
#include "shared/serverconnection.h"
#include "shared/servererror.h"
#include "shared/serverfactreader.h"
#include "shared/serversyncstore.h"
#include "shared/sharedschema.h"
#include "storerigs.h"
#include "testapp.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace routiq;
using namespace routiq::test;

namespace {

ServerConnInfo parsed(const QString &text)
{
    RoutiqError error;
    const auto info = ServerConnInfo::parse(text, &error);
    INFO(error.code.toStdString() << ": " << error.details.toStdString());
    REQUIRE(info);
    return *info;
}

RoutiqError refusal(const QString &text)
{
    RoutiqError error;
    CHECK_FALSE(ServerConnInfo::parse(text, &error));
    return error;
}

std::unique_ptr<ServerConnection> connect(const QString &conninfo)
{
    RoutiqError error;
    auto connection = ServerConnection::open(parsed(conninfo), &error);
    INFO(error.details.toStdString());
    REQUIRE(connection);
    return connection;
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("the harness's PostgreSQL 15 answers on loopback TCP and on its unix socket")
{
    PgServer &server = PgServer::shared();
    const auto tcp = connect(server.conninfo());
    CHECK(scalar(tcp->database(), QStringLiteral("SHOW server_version")).startsWith(u'1'));
    CHECK(scalar(tcp->database(), QStringLiteral("SHOW server_version_num"))
              .startsWith(QStringLiteral("15")));
    const auto socket = connect(server.socketConninfo());
    CHECK(scalar(socket->database(), QStringLiteral("SELECT coalesce(host(inet_server_addr()), "
                                                    "'socket')")) == QStringLiteral("socket"));
    QString output;
    CHECK(server.psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                      QStringLiteral("SELECT 40 + 2;"), &output) == 0);
    CHECK(output == QStringLiteral("42"));
}

TEST_CASE("a server address with a password or plain TCP off this computer is refused")
{
    ensureCoreApp();
    CHECK(refusal(QStringLiteral("host=127.0.0.1 password=hunter2")).code ==
          QStringLiteral("SERVER_CONNINFO_INVALID"));
    // The refusal never repeats the password.
    CHECK_FALSE(refusal(QStringLiteral("host=127.0.0.1 password='hunter2'"))
                    .toJson()
                    .value(QStringLiteral("details"))
                    .toString()
                    .contains(QStringLiteral("hunter2")));
    CHECK(refusal(QStringLiteral("host=db.clinic.lan dbname=routiq")).code ==
          QStringLiteral("SERVER_INSECURE"));
    CHECK(refusal(QStringLiteral("host=db.clinic.lan sslmode=require")).code ==
          QStringLiteral("SERVER_INSECURE"));
    CHECK(refusal(QStringLiteral("host=localhost,10.0.0.5 dbname=routiq")).code ==
          QStringLiteral("SERVER_INSECURE"));
    CHECK(refusal(QStringLiteral("hostaddr=192.168.1.9 host=localhost")).code ==
          QStringLiteral("SERVER_INSECURE"));
    CHECK(refusal(QStringLiteral("postgresql://db.clinic.lan/routiq")).code ==
          QStringLiteral("SERVER_CONNINFO_INVALID"));
    CHECK(refusal(QStringLiteral("host=127.0.0.1 dbname")).code ==
          QStringLiteral("SERVER_CONNINFO_INVALID"));
    CHECK(refusal(QStringLiteral("host='unterminated")).code ==
          QStringLiteral("SERVER_CONNINFO_INVALID"));

    CHECK(parsed(QStringLiteral("host=db.clinic.lan dbname=routiq sslmode=verify-full"))
              .verifiesTls());
    for (const char *loopback : {"host=127.0.0.1", "host=::1", "host=localhost", "host=/tmp/pg",
                                 "host = 127.0.0.2 port = 5433", "dbname=routiq"}) {
        INFO(loopback);
        CHECK(parsed(QLatin1String(loopback)).onlyLoopback());
    }
    const ServerConnInfo quoted =
        parsed(QStringLiteral("host=127.0.0.1 dbname='my db' user=o\\'k"));
    CHECK(quoted.value(QStringLiteral("dbname")) == QStringLiteral("my db"));
    CHECK(quoted.value(QStringLiteral("user")) == QStringLiteral("o'k"));
    CHECK(quoted.libpqString().contains(QStringLiteral("dbname='my db'")));
    CHECK(quoted.libpqString().contains(QStringLiteral("application_name=routiq")));
    // A silently dropped network ends the connection in seconds, unless the address says
    // otherwise (every test's connection uses these: libpq refuses an unknown option).
    for (const char *option :
         {"connect_timeout=10", "keepalives=1", "keepalives_idle=15", "keepalives_interval=5",
          "keepalives_count=3", "tcp_user_timeout=30000"})
        CHECK(quoted.libpqString().split(u' ').contains(QLatin1String(option)));
    const QString own = parsed(QStringLiteral("host=127.0.0.1 tcp_user_timeout=5000 "
                                              "keepalives_idle=60"))
                            .libpqString();
    CHECK(own.split(u' ').contains(QStringLiteral("tcp_user_timeout=5000")));
    CHECK_FALSE(own.contains(QStringLiteral("tcp_user_timeout=30000")));
    CHECK_FALSE(own.contains(QStringLiteral("keepalives_idle=15")));
}

TEST_CASE("server init creates the schema and the group roles and a second init changes nothing")
{
    PgServer &server = PgServer::shared();
    const auto admin = connect(server.conninfo(server.createDatabase()));
    RoutiqError error;
    const auto first = SharedSchema::initialise(admin->database(), &error);
    INFO(error.details.toStdString());
    REQUIRE(first);
    CHECK(first->versionBefore == 0);
    CHECK(first->versionAfter == SharedSchema::migrator().latestVersion());
    CHECK(first->migrationsApplied.size() == SharedSchema::migrator().latestVersion());
    QStringList roles = first->rolesCreated + first->rolesPresent;
    roles.sort();
    QStringList expected = SharedSchema::groupRoles();
    expected.sort();
    CHECK(roles == expected);
    CHECK(scalar(admin->database(),
                 QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'routiq\\_%' "
                                "AND NOT rolcanlogin")) ==
          QString::number(SharedSchema::groupRoles().size()));
    CHECK(SharedSchema::checkCurrent(admin->database()).isNull());

    const auto second = SharedSchema::initialise(admin->database(), &error);
    REQUIRE(second);
    CHECK(second->versionBefore == first->versionAfter);
    CHECK(second->migrationsApplied.isEmpty());
    CHECK(second->rolesCreated.isEmpty());
    CHECK(second->rolesPresent.size() == SharedSchema::groupRoles().size());
}

TEST_CASE("a server schema from a newer Routiq is refused and left as it was")
{
    PgServer &server = PgServer::shared();
    const QString conninfo = server.conninfo(server.createDatabase());
    const auto admin = connect(conninfo);
    RoutiqError error;
    REQUIRE(SharedSchema::initialise(admin->database(), &error));
    REQUIRE(SharedSchema::registerClinic(admin->database(), QStringLiteral("north"),
                                         QStringLiteral("North"), &error));
    QSqlQuery q(admin->database());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 'from the future', 0)")));

    CHECK_FALSE(SharedSchema::initialise(admin->database(), &error));
    CHECK(error.code == QStringLiteral("SERVER_FROM_NEWER_APP"));
    CHECK(SharedSchema::checkCurrent(admin->database()).code ==
          QStringLiteral("SERVER_FROM_NEWER_APP"));
    CHECK_FALSE(ServerSyncStore::open(parsed(conninfo), QStringLiteral("north"), {}, &error));
    CHECK(error.code == QStringLiteral("SERVER_FROM_NEWER_APP"));
    CHECK(scalar(admin->database(), QStringLiteral("SELECT max(version) FROM schema_version")) ==
          QStringLiteral("99"));
}

TEST_CASE("a store refuses a server without the schema and a clinic the server does not know")
{
    PgServer &server = PgServer::shared();
    const QString bare = server.conninfo(server.createDatabase());
    RoutiqError error;
    CHECK_FALSE(ServerSyncStore::open(parsed(bare), QStringLiteral("north"), {}, &error));
    CHECK(error.code == QStringLiteral("SERVER_SCHEMA_MISSING"));

    const QString ready = initialisedServerDatabase(QStringLiteral("north"));
    CHECK_FALSE(ServerSyncStore::open(parsed(ready), QStringLiteral("south"), {}, &error));
    CHECK(error.code == QStringLiteral("UNKNOWN_CLINIC"));
    CHECK(ServerSyncStore::open(parsed(ready), QStringLiteral("north"), {}, &error));

    // Port 1: nobody listens there (and no other test's server can).
    const QString nowhere =
        QStringLiteral("host=127.0.0.1 port=1 dbname=postgres user=postgres connect_timeout=5");
    CHECK_FALSE(ServerSyncStore::open(parsed(nowhere), QStringLiteral("north"), {}, &error));
    CHECK(error.code == QStringLiteral("SERVER_UNREACHABLE"));
}

TEST_CASE("each committed change that changed something gets the next change sequence number")
{
    const QString conninfo = initialisedServerDatabase(QStringLiteral("north"));
    RoutiqError error;
    auto store = ServerSyncStore::open(parsed(conninfo), QStringLiteral("north"),
                                       QTimeZone("Australia/Sydney"), &error);
    REQUIRE(store);
    CHECK(store->lastChangeSequence() == 0);
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    Appointment a;
    a.id = 5;
    a.patientId = 1;
    a.practitionerId = 2;
    a.locationId = 3;
    a.startsAt = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC); // 10:00 in Sydney
    page.appointments = {a};
    SyncCheckpoint checkpoint;
    REQUIRE(store->applyPage(page, checkpoint, nullptr, &error));
    const qint64 first = store->lastChangeSequence();
    CHECK(first > 0);
    REQUIRE(store->applyPage(PmsPage{}, checkpoint, nullptr, &error)); // nothing changed
    CHECK(store->lastChangeSequence() == first);
    REQUIRE(store->removeAppointments({5}, nullptr, &error));
    CHECK(store->lastChangeSequence() > first);

    const auto admin = connect(conninfo);
    CHECK(scalar(admin->database(),
                 QStringLiteral("SELECT string_agg(array_to_string(local_julian_days, ','), ';' "
                                "ORDER BY seq) FROM clinic_changes WHERE clinic_id = 'north'")) ==
          QStringLiteral("%1;%1").arg(QDate(2026, 6, 1).toJulianDay()));
}

TEST_CASE("a failed read on the server is SERVER_UNREACHABLE when its connection is gone, "
          "whatever words the driver used, and SERVER_ERROR when the server still answers")
{
    PgServer &server = PgServer::shared();
    const auto reader = connect(server.conninfo());
    const auto admin = connect(server.conninfo());
    const auto readFailed = [] {
        // The driver's words in another language: nothing in them says "connection".
        return RoutiqError::make(QStringLiteral("CACHE_READ_FAILED"), QStringLiteral("x"),
                                 QStringLiteral("FATAL: Verbindung wird abgebrochen"));
    };
    RoutiqError answered = readFailed();
    ServerError::fromCacheRead(&answered, reader->name());
    CHECK(answered.code == QStringLiteral("SERVER_ERROR"));

    const QString pid = scalar(reader->database(), QStringLiteral("SELECT pg_backend_pid()"));
    CHECK(scalar(admin->database(),
                 QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)) ==
          QStringLiteral("true"));
    RoutiqError gone = readFailed();
    ServerError::fromCacheRead(&gone, reader->name());
    CHECK(gone.code == QStringLiteral("SERVER_UNREACHABLE"));
    CHECK(gone.details == readFailed().details); // the driver's text kept for the log

    // A statement's SQLSTATE: the connection classes and the server's shutdown codes only.
    for (const char *state : {"08006", "08003", "57P01", "57P02", "57P03"})
        CHECK(ServerError::isConnectionLost(QLatin1String(state)));
    for (const char *state : {"", "57014", "42501", "25P02", "40001"})
        CHECK_FALSE(ServerError::isConnectionLost(QLatin1String(state)));
}

TEST_CASE("the server's full fact load comes in pages from one snapshot: what the agent commits "
          "meanwhile is in none of them")
{
    const QString conninfo = initialisedServerDatabase(QStringLiteral("north"));
    const auto writer = connect(conninfo);
    const auto insert = [&](int id) {
        QSqlQuery q(writer->database());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO appointments (clinic_id, id, patient_id, "
                                      "practitioner_id, location_id, starts_at, "
                                      "local_julian_day, local_hour, local_weekday) VALUES "
                                      "('north', %1, 1, 1, 1, 0, 2461000, 9, 1)")
                           .arg(id)));
    };
    for (int id = 1; id <= 6; ++id)
        insert(id);
    RoutiqError error;
    const auto reader = ServerFactReader::open(parsed(conninfo), QStringLiteral("north"), &error);
    REQUIRE(reader);
    QList<RecordId> seen;
    int pages = 0;
    REQUIRE(reader->loadFactsInChunks(
        2,
        [&](const QList<AppointmentFact> &page) {
            if (pages++ == 0) { // the agent commits between the first page and the rest
                QSqlQuery q(writer->database());
                REQUIRE(q.exec(QStringLiteral("DELETE FROM appointments WHERE id = 5")));
                insert(7);
            }
            for (const AppointmentFact &f : page)
                seen << f.id;
        },
        &error));
    CHECK(seen == QList<RecordId>{1, 2, 3, 4, 5, 6});
    CHECK(pages == 3);
    // The next load sees the commit, and the reader's connection is out of its transaction.
    seen.clear();
    REQUIRE(reader->loadFactsInChunks(
        4,
        [&](const QList<AppointmentFact> &page) {
            for (const AppointmentFact &f : page)
                seen << f.id;
        },
        &error));
    CHECK(seen == QList<RecordId>{1, 2, 3, 4, 6, 7});
}
