// Accounts, row-level security, column privileges, the audit log and the definer functions of
// the shared server (issue 16, migration 2), checked the way someone would get round Routiq:
// through psql, signed in as each role with its SCRAM password.
#include "core/clock.h"
#include "pgserver.h"
#include "security/accesspolicy.h"
#include "shared/scramverifier.h"
#include "shared/serveraccounts.h"
#include "shared/serverconnection.h"
#include "shared/sharedschema.h"
#include "testapp.h"

#include <QRegularExpression>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

constexpr auto kClinicData = R"sql(
INSERT INTO clinics (id, name, created_at) VALUES ('ca', 'A', 0), ('cb', 'B', 0);
INSERT INTO locations (clinic_id, id, name) VALUES ('ca', 1, 'LA'), ('cb', 1, 'LB');
INSERT INTO practitioners (clinic_id, id, display_name) VALUES ('ca', 1, 'PA'), ('cb', 1, 'PB');
INSERT INTO appointment_types (clinic_id, id, name) VALUES ('ca', 1, 'TA'), ('cb', 1, 'TB');
INSERT INTO patients (clinic_id, id, first_name, last_name, phone, birth_year)
    VALUES ('ca', 1, 'Alice', 'Ashby', '0400 111 111', 1980),
           ('cb', 1, 'Bruno', 'Brown', '0400 222 222', 1970);
INSERT INTO appointments (clinic_id, id, patient_id, practitioner_id, location_id, starts_at,
                          local_julian_day, local_hour, local_weekday)
    VALUES ('ca', 1, 1, 1, 1, 0, 2460000, 9, 1), ('cb', 1, 1, 1, 1, 0, 2460000, 9, 1);
INSERT INTO patient_booking_summary (clinic_id, patient_id, first_starts_at, first_id,
                                     latest_starts_at) VALUES ('ca', 1, 0, 1, 0), ('cb', 1, 0, 1, 0);
INSERT INTO sync_checkpoints (clinic_id, resource, saved_at)
    VALUES ('ca', 'appointments', 0), ('cb', 'appointments', 0);
INSERT INTO sync_state (clinic_id, id) VALUES ('ca', 1), ('cb', 1);
INSERT INTO insight_models (clinic_id, kind, format_version, trained_at, body)
    VALUES ('ca', 'k', 1, 0, '{}'), ('cb', 'k', 1, 0, '{}');
INSERT INTO clinic_changes (clinic_id, committed_at, local_julian_days, record_count)
    VALUES ('ca', 0, '{1}', 1), ('cb', 0, '{1}', 1);
)sql";

const QList<std::pair<QString, QString>> &clinicTables()
{
    static const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("clinics"), QStringLiteral("id")},
        {QStringLiteral("locations"), QStringLiteral("clinic_id")},
        {QStringLiteral("practitioners"), QStringLiteral("clinic_id")},
        {QStringLiteral("appointment_types"), QStringLiteral("clinic_id")},
        {QStringLiteral("patients"), QStringLiteral("clinic_id")},
        {QStringLiteral("appointments"), QStringLiteral("clinic_id")},
        {QStringLiteral("patient_booking_summary"), QStringLiteral("clinic_id")},
        {QStringLiteral("sync_checkpoints"), QStringLiteral("clinic_id")},
        {QStringLiteral("sync_state"), QStringLiteral("clinic_id")},
        {QStringLiteral("insight_models"), QStringLiteral("clinic_id")},
        {QStringLiteral("clinic_changes"), QStringLiteral("clinic_id")},
    };
    return tables;
}

// One initialised database with clinics ca and cb, and one account per role (role names are
// the cluster's, so each rig's carry the database's name). Staff, read-only and the agent are
// granted clinic ca only.
struct Rig
{
    PgServer &server = PgServer::sharedScram();
    QString db = server.createDatabase();
    QString admin = account(QStringLiteral("admin"));
    QString staff = account(QStringLiteral("staff"));
    QString readonly = account(QStringLiteral("readonly"));
    QString agent = account(QStringLiteral("agent"));

    Rig()
    {
        RoutiqError error;
        {
            const auto info = ServerConnInfo::parse(server.conninfo(db), &error);
            REQUIRE(info);
            const auto connection = ServerConnection::open(*info, &error);
            INFO(error.details.toStdString());
            REQUIRE(connection);
            const auto report = SharedSchema::initialise(connection->database(), &error);
            INFO(error.details.toStdString());
            REQUIRE(report);
        }
        asPostgres(QString::fromUtf8(kClinicData));
        create(admin, QStringLiteral("admin"), {});
        create(staff, QStringLiteral("staff"), {QStringLiteral("ca")});
        create(readonly, QStringLiteral("readonly"), {QStringLiteral("ca")});
        create(agent, QStringLiteral("agent"), {QStringLiteral("ca")});
    }

    QString account(const QString &role) const { return role + u'_' + db.section(u'_', -1); }
    static QString password(const QString &name) { return QStringLiteral("pw-") + name + u'!'; }

    void create(const QString &name, const QString &role, const QStringList &clinics)
    {
        asPostgres(QStringLiteral("SELECT routiq_create_account('%1', '%2', '%3', '{%4}');")
                       .arg(name, role, ScramVerifier::make(password(name)), clinics.join(u',')));
    }

    QString asPostgres(const QString &sql) const
    {
        QString output;
        INFO(sql.toStdString());
        const int rc = server.psql(db, QStringLiteral("postgres"), sql, &output);
        INFO(output.toStdString());
        REQUIRE(rc == 0);
        return output;
    }

    // psql as `user` with its password: exit code and output.
    int as(const QString &user, const QString &sql, QString *output) const
    {
        return server.psql(db, user, password(user), sql, output);
    }
    QString okAs(const QString &user, const QString &sql) const
    {
        QString output;
        const int rc = as(user, sql, &output);
        INFO(user.toStdString() << ": " << sql.toStdString() << "\n" << output.toStdString());
        REQUIRE(rc == 0);
        return output;
    }
    QString refusedAs(const QString &user, const QString &sql) const
    {
        QString output;
        const int rc = as(user, sql, &output);
        INFO(user.toStdString() << ": " << sql.toStdString() << "\n" << output.toStdString());
        CHECK(rc != 0);
        return output;
    }
    int auditCount(const QString &where) const
    {
        return asPostgres(QStringLiteral("SELECT count(*) FROM audit_log WHERE %1;").arg(where))
            .toInt();
    }
};

} // namespace

TEST_CASE("every clinic table has row-level security and a policy")
{
    Rig rig;
    // Any table with a clinic column (a future one too) must be covered.
    CHECK(rig.asPostgres(QStringLiteral(
              "SELECT coalesce(string_agg(c.relname, ','), '') FROM pg_class c JOIN "
              "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
              "c.relkind = 'r' AND (c.relname = 'clinics' OR EXISTS (SELECT 1 FROM "
              "pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'clinic_id')) AND "
              "(NOT c.relrowsecurity OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE "
              "p.polrelid = c.oid));")) == QString());
}

TEST_CASE("tenant isolation: staff, read-only and the agent of clinic A see no row of B in any "
          "table, an admin sees both")
{
    Rig rig;
    for (const auto &[table, column] : clinicTables()) {
        const QString counts =
            QStringLiteral("SELECT count(*) FILTER (WHERE %2 = 'ca') || '/' || count(*) FILTER "
                           "(WHERE %2 = 'cb') FROM %1;")
                .arg(table, column);
        INFO(table.toStdString());
        CHECK(rig.okAs(rig.staff, counts) == QStringLiteral("1/0"));
        CHECK(rig.okAs(rig.readonly, counts) == QStringLiteral("1/0"));
        CHECK(rig.okAs(rig.agent, counts) == QStringLiteral("1/0"));
        CHECK(rig.okAs(rig.admin, counts) == QStringLiteral("1/1"));
    }
    // Asking for B by name finds nothing either.
    CHECK(rig.okAs(rig.staff, QStringLiteral("SELECT count(*) FROM appointments WHERE clinic_id "
                                             "= 'cb';")) == QStringLiteral("0"));
    // Each account sees its own grants only.
    CHECK(rig.okAs(rig.staff, QStringLiteral("SELECT string_agg(role_name || ':' || clinic_id, "
                                             "',') FROM account_clinics;")) ==
          rig.staff + QStringLiteral(":ca"));
}

TEST_CASE("the agent writes only the clinics granted to it, staff and read-only write nothing")
{
    Rig rig;
    rig.okAs(rig.agent, QStringLiteral("INSERT INTO locations (clinic_id, id) VALUES ('ca', 2);"));
    CHECK(rig.refusedAs(rig.agent,
                        QStringLiteral("INSERT INTO locations (clinic_id, id) VALUES ('cb', 2);"))
              .contains(QStringLiteral("row-level security")));
    CHECK(rig.refusedAs(rig.agent, QStringLiteral("INSERT INTO clinic_changes (clinic_id, "
                                                  "committed_at, local_julian_days, "
                                                  "record_count) VALUES ('cb', 0, '{1}', 1);"))
              .contains(QStringLiteral("row-level security")));
    // Moving a row of A into B is refused too; deleting B's rows deletes nothing.
    CHECK(rig.refusedAs(rig.agent, QStringLiteral("UPDATE practitioners SET clinic_id = 'cb' "
                                                  "WHERE clinic_id = 'ca';"))
              .contains(QStringLiteral("row-level security")));
    rig.okAs(rig.agent, QStringLiteral("DELETE FROM appointments WHERE clinic_id = 'cb';"));
    CHECK(rig.asPostgres(QStringLiteral("SELECT count(*) FROM appointments WHERE clinic_id = "
                                        "'cb';")) == QStringLiteral("1"));
    for (const QString &user : {rig.staff, rig.readonly}) {
        CHECK(rig.refusedAs(user, QStringLiteral("INSERT INTO locations (clinic_id, id) VALUES "
                                                 "('ca', 3);"))
                  .contains(QStringLiteral("permission denied")));
        CHECK(rig.refusedAs(user, QStringLiteral("INSERT INTO account_clinics VALUES ('%1', "
                                                 "'cb');")
                                      .arg(user))
                  .contains(QStringLiteral("permission denied")));
    }
}

TEST_CASE("read-only never reads patient names or phones, staff and admins only through the "
          "audited function")
{
    Rig rig;
    for (const QString &column : {QStringLiteral("*"), QStringLiteral("first_name"),
                                  QStringLiteral("last_name"), QStringLiteral("phone")}) {
        INFO(column.toStdString());
        for (const QString &user : {rig.readonly, rig.staff, rig.admin})
            CHECK(rig.refusedAs(user, QStringLiteral("SELECT %1 FROM patients;").arg(column))
                      .contains(QStringLiteral("permission denied")));
    }
    CHECK(rig.okAs(rig.readonly, QStringLiteral("SELECT id, birth_year FROM patients;")) ==
          QStringLiteral("1|1980"));
    // The agent writes them, so it reads them (for its own clinics only).
    CHECK(rig.okAs(rig.agent, QStringLiteral("SELECT first_name FROM patients;")) ==
          QStringLiteral("Alice"));
}

TEST_CASE("the patient list function audits in the caller's transaction and refuses read-only, "
          "the agent and other clinics with an audited denial")
{
    Rig rig;
    const QString list = QStringLiteral("SELECT * FROM routiq_patient_list('%1', 'lapsed', "
                                        "'{1}');");
    CHECK(rig.okAs(rig.staff, list.arg(QStringLiteral("ca"))) ==
          QStringLiteral("1|Alice|Ashby|0400 111 111"));
    CHECK(rig.auditCount(QStringLiteral("actor = '%1' AND action = 'patient_level.view' AND "
                                        "clinic_id = 'ca' AND detail->>'list' = 'lapsed'")
                             .arg(rig.staff)) == 1);
    CHECK(rig.okAs(rig.admin, list.arg(QStringLiteral("cb"))) ==
          QStringLiteral("1|Bruno|Brown|0400 222 222"));

    // Rolled back with the transaction that read: the entry is the statement's own.
    rig.okAs(rig.staff, QStringLiteral("BEGIN;\n") + list.arg(QStringLiteral("ca")) +
                            QStringLiteral("\nROLLBACK;"));
    CHECK(rig.auditCount(
              QStringLiteral("actor = '%1' AND action = 'patient_level.view'").arg(rig.staff)) ==
          1);

    // Refusals return no row, warn, and are audited.
    const QString other = rig.okAs(rig.staff, list.arg(QStringLiteral("cb")));
    CHECK(other.contains(QStringLiteral("ACCESS_DENIED")));
    CHECK_FALSE(other.contains(QStringLiteral("Bruno")));
    for (const QString &user : {rig.readonly, rig.agent}) {
        const QString out = rig.okAs(user, list.arg(QStringLiteral("ca")));
        CHECK(out.contains(QStringLiteral("ACCESS_DENIED")));
        CHECK_FALSE(out.contains(QStringLiteral("Alice")));
        CHECK(rig.auditCount(QStringLiteral("actor = '%1' AND action = 'access.denied' AND "
                                            "clinic_id = 'ca' AND detail->>'permission' = "
                                            "'view_patient_level'")
                                 .arg(user)) == 1);
    }
    CHECK(rig.auditCount(QStringLiteral("actor = '%1' AND action = 'access.denied' AND "
                                        "clinic_id = 'cb'")
                             .arg(rig.staff)) == 1);
    // No entry names a patient.
    CHECK(rig.auditCount(QStringLiteral("detail::text ~ 'Alice|Ashby|Bruno|Brown|0400'")) == 0);

    // A login role outside the groups may not even call it; every definer function has a
    // fixed search_path and no EXECUTE for PUBLIC.
    const QString outsider = rig.account(QStringLiteral("outsider"));
    rig.asPostgres(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2';")
                       .arg(outsider, Rig::password(outsider)));
    CHECK(rig.refusedAs(outsider, list.arg(QStringLiteral("ca")))
              .contains(QStringLiteral("permission denied")));
    CHECK(rig.asPostgres(QStringLiteral(
              "SELECT count(*) FROM pg_proc WHERE proname LIKE 'routiq\\_%' AND prosecdef AND "
              "(proconfig IS NULL OR NOT ('search_path=pg_catalog, pg_temp' = ANY (proconfig)) "
              "OR has_function_privilege('public', oid, 'EXECUTE'));")) == QStringLiteral("0"));
    CHECK(rig.asPostgres(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE "
                                        "'routiq\\_%' AND prosecdef;"))
              .toInt() >= 6);
}

TEST_CASE("the audit log is insert-only for every account, its actor cannot be forged, and "
          "only maintenance deletes old entries")
{
    Rig rig;
    const QString maintenance = rig.account(QStringLiteral("maint"));
    rig.asPostgres(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE routiq_maintenance;")
                       .arg(maintenance, Rig::password(maintenance)));
    for (const QString &user : {rig.admin, rig.staff, rig.readonly, rig.agent}) {
        INFO(user.toStdString());
        rig.okAs(user, QStringLiteral("INSERT INTO audit_log (action, detail) VALUES "
                                      "('export.aggregates', '{\"what\": \"test\"}');"));
        for (const char *sql : {"UPDATE audit_log SET action = 'logout';", "DELETE FROM audit_log;",
                                "TRUNCATE audit_log;"})
            CHECK(rig.refusedAs(user, QString::fromLatin1(sql))
                      .contains(QStringLiteral("permission denied")));
        // Another actor, or the time, cannot even be named.
        CHECK(rig.refusedAs(user, QStringLiteral("INSERT INTO audit_log (actor, action) VALUES "
                                                 "('%1', 'logout');")
                                      .arg(rig.admin))
                  .contains(QStringLiteral("permission denied")));
        CHECK(rig.refusedAs(user, QStringLiteral("INSERT INTO audit_log (at, action) VALUES "
                                                 "(now() - interval '2 years', 'logout');"))
                  .contains(QStringLiteral("permission denied")));
        CHECK(rig.auditCount(
                  QStringLiteral("actor = '%1' AND action = 'export.aggregates'").arg(user)) == 1);
    }
    // Not even the database's owner (here a superuser) names another actor.
    QString output;
    CHECK(rig.server.psql(rig.db, QStringLiteral("postgres"),
                          QStringLiteral("INSERT INTO audit_log (actor, action) VALUES ('%1', "
                                         "'logout');")
                              .arg(rig.admin),
                          &output) != 0);
    CHECK(output.contains(QStringLiteral("set by the server")));
    CHECK(rig.auditCount(QStringLiteral("action = 'logout'")) == 0);
    // Admins read it, staff do not.
    CHECK(rig.okAs(rig.admin, QStringLiteral("SELECT count(*) FROM audit_log;")).toInt() >= 4);
    CHECK(rig.refusedAs(rig.staff, QStringLiteral("SELECT count(*) FROM audit_log;"))
              .contains(QStringLiteral("permission denied")));

    // Maintenance deletes entries older than the minimum age, and no others.
    rig.asPostgres(QStringLiteral(
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_stamp; INSERT INTO audit_log (at, "
        "actor, action) VALUES (now() - interval '400 days', 'postgres', 'logout'); ALTER TABLE "
        "audit_log ENABLE TRIGGER audit_log_stamp;"));
    const int before = rig.auditCount(QStringLiteral("true"));
    rig.okAs(maintenance, QStringLiteral("DELETE FROM audit_log;"));
    CHECK(rig.auditCount(QStringLiteral("action = 'logout'")) == 0);
    CHECK(rig.auditCount(QStringLiteral("true")) == before - 1);
    CHECK(rig.refusedAs(maintenance, QStringLiteral("UPDATE audit_log SET action = 'logout';"))
              .contains(QStringLiteral("permission denied")));
}

TEST_CASE("accounts sign in with their SCRAM password only, a wrong password and a disabled "
          "account are refused")
{
    Rig rig;
    QString output;
    CHECK(rig.server.psql(rig.db, rig.staff, QStringLiteral("not-the-password"),
                          QStringLiteral("SELECT 1;"), &output) != 0);
    CHECK(output.contains(QStringLiteral("password authentication failed")));
    CHECK(rig.server.psql(rig.db, rig.staff, QString(), QStringLiteral("SELECT 1;"), &output) != 0);
    // The server holds the verifier, never the password.
    const QString stored = rig.asPostgres(
        QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1';").arg(rig.staff));
    CHECK(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    CHECK_FALSE(stored.contains(Rig::password(rig.staff)));

    // A password beyond ASCII is normalised as libpq normalises it.
    const QString accented = rig.account(QStringLiteral("accent"));
    const QString password = QStringLiteral("Pässwörd\u00A0ﬁne");
    rig.asPostgres(QStringLiteral("SELECT routiq_create_account('%1', 'staff', '%2');")
                       .arg(accented, ScramVerifier::make(password)));
    CHECK(rig.server.psql(rig.db, accented, password, QStringLiteral("SELECT current_user;"),
                          &output) == 0);
    CHECK(output == accented);

    rig.okAs(rig.admin,
             QStringLiteral("SELECT routiq_set_account_login('%1', false);").arg(rig.staff));
    CHECK(rig.refusedAs(rig.staff, QStringLiteral("SELECT 1;"))
              .contains(QStringLiteral("not permitted to log in")));
    CHECK(rig.auditCount(QStringLiteral("actor = '%1' AND action = 'user.disable' AND object_id "
                                        "= '%2'")
                             .arg(rig.admin, rig.staff)) == 1);
}

TEST_CASE("only admins manage accounts, and not roles outside Routiq's groups")
{
    Rig rig;
    const QString verifier = ScramVerifier::make(QStringLiteral("x"));
    CHECK(rig.refusedAs(rig.staff, QStringLiteral("SELECT routiq_create_account('mallory', "
                                                  "'admin', '%1');")
                                       .arg(verifier))
              .contains(QStringLiteral("permission denied")));
    CHECK(rig.refusedAs(rig.staff, QStringLiteral("SELECT routiq_set_account_role('%1', "
                                                  "'admin');")
                                       .arg(rig.staff))
              .contains(QStringLiteral("permission denied")));
    // A plain password is refused: only verifiers reach the server.
    CHECK(rig.refusedAs(rig.admin, QStringLiteral("SELECT routiq_create_account('%1', 'staff', "
                                                  "'plain-password');")
                                       .arg(rig.account(QStringLiteral("plain"))))
              .contains(QStringLiteral("SCRAM-SHA-256 verifier")));
    // Names are checked on the server too.
    CHECK(rig.refusedAs(rig.admin, QStringLiteral("SELECT routiq_create_account('Bad\"Name', "
                                                  "'staff', '%1');")
                                       .arg(verifier))
              .contains(QStringLiteral("invalid account name")));
    CHECK(rig.refusedAs(rig.admin,
                        QStringLiteral("SELECT routiq_set_account_login('postgres', false);"))
              .contains(QStringLiteral("no Routiq account")));
    // Staff may change their own password, nobody else's.
    rig.okAs(rig.staff, QStringLiteral("SELECT routiq_set_account_password('%1', '%2');")
                            .arg(rig.staff, ScramVerifier::make(Rig::password(rig.staff))));
    CHECK(rig.refusedAs(rig.staff, QStringLiteral("SELECT routiq_set_account_password('%1', "
                                                  "'%2');")
                                       .arg(rig.readonly, verifier))
              .contains(QStringLiteral("only an admin")));
    // The last admin stays.
    CHECK(rig.refusedAs(rig.admin, QStringLiteral("SELECT routiq_set_account_role('%1', "
                                                  "'staff');")
                                       .arg(rig.admin))
              .contains(QStringLiteral("last admin")));
    // Role changes take effect on the next statement.
    rig.okAs(rig.admin,
             QStringLiteral("SELECT routiq_set_account_role('%1', 'admin');").arg(rig.readonly));
    CHECK(rig.okAs(rig.readonly, QStringLiteral("SELECT count(*) FROM clinics;")) ==
          QStringLiteral("2"));
}

TEST_CASE("a SCRAM verifier has PostgreSQL's form and depends on password and salt")
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QString v = ScramVerifier::make(QStringLiteral("pencil"), salt);
    CHECK(QRegularExpression(
              QStringLiteral("^SCRAM-SHA-256\\$4096:W22ZaJ0SNY7soEsUEjb6gQ==\\$[A-Za-z0-9+/]{43}="
                             ":[A-Za-z0-9+/]{43}=$"))
              .match(v)
              .hasMatch());
    CHECK(v == ScramVerifier::make(QStringLiteral("pencil"), salt));
    CHECK(v != ScramVerifier::make(QStringLiteral("pencil2"), salt));
    CHECK(ScramVerifier::make(QStringLiteral("pencil")) !=
          ScramVerifier::make(QStringLiteral("pencil")));
    CHECK(ScramVerifier::normalised(QStringLiteral("a\u00A0b\u00ADc")) == QByteArray("a bc"));
}

TEST_CASE("whoAmI resolves the signed-in account into an ActingUser that AccessPolicy checks")
{
    Rig rig;
    SystemClock clock;
    const AccessPolicy policy(&clock);
    RoutiqError error;
    const auto info = ServerConnInfo::parse(rig.server.conninfo(rig.db, rig.admin), &error);
    REQUIRE(info);
    // The credentials' user replaces the connection string's.
    const auto staff = ServerConnection::open(*info, {rig.staff, Rig::password(rig.staff)}, &error);
    INFO(error.details.toStdString());
    REQUIRE(staff);
    const auto me = ServerAccounts(staff->database()).whoAmI(&error);
    REQUIRE(me);
    CHECK(me->username == rig.staff);
    CHECK(me->role == QStringLiteral("staff"));
    CHECK(me->clinics == QStringList{QStringLiteral("ca")});
    CHECK_FALSE(me->setUpRole);
    const ActingUser user = me->actingUser();
    CHECK(user.isValid());
    CHECK(user.role == Role::Staff);
    CHECK(policy.viewPatientLevel(user, QStringLiteral("ca")).isNull());
    CHECK_FALSE(policy.viewPatientLevel(user, QStringLiteral("cb")).isNull());
    CHECK_FALSE(policy.manageUsers(user).isNull());

    const auto agent = ServerConnection::open(*info, {rig.agent, Rig::password(rig.agent)}, &error);
    REQUIRE(agent);
    const auto agentMe = ServerAccounts(agent->database()).whoAmI(&error);
    REQUIRE(agentMe);
    CHECK(agentMe->role == QStringLiteral("agent"));
    CHECK(agentMe->actingUser().role == Role::ReadOnly);
    CHECK_FALSE(policy.viewPatientLevel(agentMe->actingUser(), QStringLiteral("ca")).isNull());

    // The database's owner (here the superuser that ran init) is the set-up role: an admin.
    const auto owner = ServerConnection::open(*info, {QStringLiteral("postgres"), {}}, &error);
    REQUIRE(owner);
    const auto ownerMe = ServerAccounts(owner->database()).whoAmI(&error);
    REQUIRE(ownerMe);
    CHECK(ownerMe->setUpRole);
    CHECK(ownerMe->role.isEmpty());
    CHECK(ownerMe->actingUser().role == Role::Admin);
    // This database's accounts, by name.
    const auto list = ServerAccounts(owner->database()).list(&error);
    REQUIRE(list);
    QStringList names;
    for (const ServerAccount &a : *list)
        names << a.username + u':' + a.role;
    CHECK(names == QStringList{rig.admin + QStringLiteral(":admin"),
                               rig.agent + QStringLiteral(":agent"),
                               rig.readonly + QStringLiteral(":readonly"),
                               rig.staff + QStringLiteral(":staff")});

    // A wrong password does not connect.
    CHECK_FALSE(ServerConnection::open(*info, {rig.staff, QStringLiteral("wrong")}, &error));
    CHECK(error.details.contains(QStringLiteral("password authentication failed")));
}

TEST_CASE("a temporary account's end is its role's VALID UNTIL: set by admins only, never in the "
          "past or for the last admin, made with the account or not at all, and then the server "
          "refuses its password")
{
    Rig rig;
    RoutiqError error;
    const auto info = ServerConnInfo::parse(rig.server.conninfo(rig.db, rig.admin), &error);
    REQUIRE(info);
    const auto admin = ServerConnection::open(*info, {rig.admin, Rig::password(rig.admin)}, &error);
    INFO(error.details.toStdString());
    REQUIRE(admin);
    const ServerAccounts accounts(admin->database());
    const QString temp = rig.account(QStringLiteral("locum"));
    // Whole milliseconds: the server keeps microseconds, the account's end travels as ms.
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(
        QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 + 3 * 86'400'000LL, Qt::UTC);
    REQUIRE(accounts.create(temp, QStringLiteral("staff"), Rig::password(temp),
                            {QStringLiteral("ca")}, &error, end));
    CHECK(rig.asPostgres(QStringLiteral("SELECT (extract(epoch FROM rolvaliduntil) * 1000)::bigint "
                                        "FROM pg_roles WHERE rolname = '%1';")
                             .arg(temp))
              .toLongLong() == end.toMSecsSinceEpoch());
    CHECK(rig.auditCount(QStringLiteral("action = 'user.expiry' AND object_id = '%1'").arg(temp)) ==
          1);

    // Signed in, the account knows its end, and AccessPolicy stops its session there.
    const auto locum = ServerConnection::open(*info, {temp, Rig::password(temp)}, &error);
    REQUIRE(locum);
    const auto me = ServerAccounts(locum->database()).whoAmI(&error);
    REQUIRE(me);
    REQUIRE(me->expiresAt);
    CHECK(*me->expiresAt == end);
    ManualClock clock(end.addSecs(-60));
    const AccessPolicy policy(&clock);
    CHECK(policy.viewAggregates(me->actingUser(), QStringLiteral("ca")).isNull());
    clock.setNow(end);
    CHECK_FALSE(policy.viewAggregates(me->actingUser(), QStringLiteral("ca")).isNull());
    // Only admins set an end: the account itself may not move its own.
    CHECK_FALSE(ServerAccounts(locum->database()).setExpiry(temp, std::nullopt, &error));
    CHECK(error.code == QStringLiteral("SERVER_PERMISSION_DENIED"));

    // Refused: an end in the past (and the account made with it is not made at all), and an
    // end for the last admin that can sign in.
    const QString never = rig.account(QStringLiteral("never"));
    CHECK_FALSE(accounts.create(never, QStringLiteral("staff"), Rig::password(never), {}, &error,
                                QDateTime::currentDateTimeUtc().addDays(-1)));
    CHECK(error.details.contains(QStringLiteral("must be in the future")));
    CHECK(rig.asPostgres(
              QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1';").arg(never)) ==
          QStringLiteral("0"));
    CHECK_FALSE(accounts.setExpiry(rig.admin, end, &error));
    CHECK(error.details.contains(QStringLiteral("last admin")));

    // Cleared, it has no end; in the list with one, it shows it.
    REQUIRE(accounts.setExpiry(temp, std::nullopt, &error));
    auto list = accounts.list(&error);
    REQUIRE(list);
    const auto find = [&](const QString &name) {
        return *std::find_if(list->begin(), list->end(),
                             [&](const ServerAccount &a) { return a.username == name; });
    };
    CHECK_FALSE(find(temp).expiresAt);
    REQUIRE(accounts.setExpiry(temp, end, &error));
    list = accounts.list(&error);
    REQUIRE(list);
    CHECK(find(temp).expiresAt == end);

    // Its end come (moved back by the superuser, as time would): PostgreSQL refuses the
    // password, whichever program asks.
    rig.asPostgres(QStringLiteral("ALTER ROLE %1 VALID UNTIL '2001-01-01';").arg(temp));
    CHECK_FALSE(ServerConnection::open(*info, {temp, Rig::password(temp)}, &error));
    CHECK(error.code == QStringLiteral("INVALID_CREDENTIALS"));
    QString output;
    CHECK(rig.as(temp, QStringLiteral("SELECT 1;"), &output) != 0);

    // An admin whose end has come is no admin that can sign in: the last one that can stays.
    const QString gone = rig.account(QStringLiteral("oldboss"));
    rig.create(gone, QStringLiteral("admin"), {});
    rig.asPostgres(QStringLiteral("ALTER ROLE %1 VALID UNTIL '2001-01-01';").arg(gone));
    CHECK_FALSE(accounts.setDisabled(rig.admin, true, &error));
    CHECK(error.details.contains(QStringLiteral("last admin")));
}
