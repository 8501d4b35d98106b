// The sync agent and its followers as processes (issue 16): routiq-cli --server … sync against
// the Cliniko simulator over loopback HTTP into a real PostgreSQL, `metrics --follow` reading it
// back, and the local mode's `metrics --follow` syncing in-process.
#include "agentrig.h"
#include "e2etestsupport.h"
#include "pgserver.h"
#include "shared/serverconnection.h"
#include "shared/serverconninfo.h"
#include "shared/serverfactreader.h"
#include "shared/sharedschema.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"
#include "testapp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

QJsonObject figuresOf(const QString &line)
{
    QJsonObject json = QJsonDocument::fromJson(line.toUtf8()).object();
    json.remove(QStringLiteral("lastUpdated"));
    return json;
}

} // namespace

TEST_CASE("two agents for one clinic: one syncs, the other waits and takes over when it ends")
{
    ensureCoreApp();
    AgentRig rig(PgServer::shared());
    rig.addClinic(QStringLiteral("k"));
    Watched first;
    first.start(rig.cli, rig.sync(QStringLiteral("k"), true));
    REQUIRE(first.waitErr(QStringLiteral("agent for clinic 'k'")));
    Watched second;
    second.start(rig.cli, rig.sync(QStringLiteral("k"), true));
    INFO(second.err.toStdString());
    REQUIRE(second.waitErr(QStringLiteral("another agent is syncing clinic 'k'")));
    // The first one does the work: it commits; the waiting one never started its engine.
    REQUIRE(first.waitOut(QStringLiteral("committed")));
    CHECK_FALSE(second.err.contains(QStringLiteral("agent for clinic 'k'")));
    CHECK(second.out.isEmpty());
    CHECK(second.err.count(QStringLiteral("another agent")) == 1); // said once

    REQUIRE(first.stop());
    CHECK(first.process->exitCode() == 0);
    REQUIRE(second.waitErr(QStringLiteral("agent for clinic 'k'")));
    CHECK(second.err.count(QStringLiteral("another agent")) == 1);
    REQUIRE(second.stop());
    CHECK(second.process->exitCode() == 0);
}

TEST_CASE("an agent killed with SIGKILL mid-backfill and run again ends with exactly the facts of "
          "a clean backfill")
{
    ensureCoreApp();
    AgentRig rig(PgServer::shared(), true);
    rig.addClinic(QStringLiteral("killed"));
    rig.addClinic(QStringLiteral("clean"));
    {
        Watched agent;
        agent.start(rig.cli, rig.sync(QStringLiteral("killed"), true));
        REQUIRE(agent.waitOut(QStringLiteral("committed"))); // the backfill is under way
        QSignalSpy done(agent.process, &QProcess::finished);
        agent.process->kill();
        REQUIRE(done.wait(30'000));
        CHECK(agent.process->exitStatus() == QProcess::CrashExit);
    }
    const QList<AppointmentFact> partial = rig.facts(QStringLiteral("killed"));
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("killed"), false), &out, &err) == 0);
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("clean"), false), &out, &err) == 0);
    const QList<AppointmentFact> resumed = rig.facts(QStringLiteral("killed"));
    const QList<AppointmentFact> clean = rig.facts(QStringLiteral("clean"));
    INFO("partial " << partial.size() << ", resumed " << resumed.size() << ", clean "
                    << clean.size());
    CHECK(partial.size() < clean.size()); // it was killed before the end
    REQUIRE(clean.size() > 500);
    REQUIRE(resumed.size() == clean.size());
    CHECK(resumed == clean);
}

TEST_CASE("metrics --follow on the server prints the figures, then a line after a change at the "
          "PMS, and only when the figures changed")
{
    ensureCoreApp();
    AgentRig rig(PgServer::shared());
    rig.addClinic(QStringLiteral("k"));
    QString out, err;
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    const auto [booking, range] = rig.bookingAndRange();

    Watched follower;
    follower.start(rig.cli, QStringList{QStringLiteral("metrics"), QStringLiteral("--clinic"),
                                        QStringLiteral("k"), QStringLiteral("--follow")} +
                                range);
    REQUIRE(follower.waitLines(1));
    const QJsonObject before = figuresOf(follower.lines().first());
    CHECK(before.value(QStringLiteral("totalBookings")).toInt() > 0);
    // The same figures as `metrics` without --follow prints.
    REQUIRE(rig.cli.run(QStringList{QStringLiteral("metrics"), QStringLiteral("--clinic"),
                                    QStringLiteral("k")} +
                            range,
                        &out, &err) == 0);
    CHECK(figuresOf(out) == before);

    Watched agent;
    agent.start(rig.cli, rig.sync(QStringLiteral("k"), true));
    REQUIRE(agent.waitErr(QStringLiteral("agent for clinic 'k'")));
    REQUIRE(rig.sim.cancelAppointment(booking));
    INFO(follower.err.toStdString());
    REQUIRE(follower.waitLines(2, 30'000));
    const QJsonObject after = figuresOf(follower.lines().at(1));
    CHECK(after.value(QStringLiteral("cancellations")).toInt() ==
          before.value(QStringLiteral("cancellations")).toInt() + 1);
    // A poll that finds nothing new commits nothing and prints nothing: stop the agent, then
    // the follower; exactly two lines.
    REQUIRE(agent.stop());
    REQUIRE(follower.stop());
    CHECK(follower.process->exitCode() == 0);
    CHECK(follower.lines().size() == 2);
}

TEST_CASE("metrics --follow shows reconnecting across a server restart and prints the change "
          "made meanwhile")
{
    ensureCoreApp();
    QString whyNot;
    auto own = PgServer::start(&whyNot);
    INFO(whyNot.toStdString());
    REQUIRE(own);
    AgentRig rig(*own);
    rig.addClinic(QStringLiteral("k"));
    QString out, err;
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    const auto [booking, range] = rig.bookingAndRange();
    Watched follower;
    follower.start(rig.cli, QStringList{QStringLiteral("metrics"), QStringLiteral("--clinic"),
                                        QStringLiteral("k"), QStringLiteral("--follow")} +
                                range);
    REQUIRE(follower.waitLines(1));

    REQUIRE(own->stop(&whyNot));
    INFO(follower.err.toStdString());
    REQUIRE(follower.waitErr(QStringLiteral("reconnecting"), 30'000));
    REQUIRE(own->startAgain(&whyNot));
    // Changed while the follower is still away (its retry waits): the agent syncs it once.
    REQUIRE(rig.sim.cancelAppointment(booking));
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    REQUIRE(follower.waitErr(QStringLiteral("reconnected"), 60'000));
    REQUIRE(follower.waitLines(2, 30'000));
    CHECK(figuresOf(follower.lines().at(1)).value(QStringLiteral("cancellations")).toInt() ==
          figuresOf(follower.lines().at(0)).value(QStringLiteral("cancellations")).toInt() + 1);
    REQUIRE(follower.stop());
}

TEST_CASE("metrics --follow in local mode syncs in-process and prints a line after a PMS change")
{
    ensureCoreApp();
    ClinikoSimulator sim(smallClinic(120, 500));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(
        cli.addClinic(QStringLiteral("k"), QStringLiteral("cliniko"), sim.baseUrl(), sim.apiKey()));
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("k")}, &out,
                    &err) == 0);
    std::optional<RecordId> booking;
    const QDate today = QDate::currentDate();
    for (const SimAppointment &a : sim.clinic().appointments)
        if (!booking && !a.isCancelled() && !a.isArchived() &&
            std::abs(a.startsAt.toUTC().date().daysTo(today)) < 5)
            booking = a.id;
    REQUIRE(booking);
    Watched follower;
    follower.start(cli, {QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("k"),
                         QStringLiteral("--follow"), QStringLiteral("--start"),
                         today.addDays(-15).toString(Qt::ISODate), QStringLiteral("--end"),
                         today.addDays(15).toString(Qt::ISODate)});
    REQUIRE(follower.waitLines(1));
    REQUIRE(sim.cancelAppointment(*booking));
    INFO(follower.err.toStdString());
    REQUIRE(follower.waitLines(2, 30'000));
    CHECK(figuresOf(follower.lines().at(1)).value(QStringLiteral("cancellations")).toInt() ==
          figuresOf(follower.lines().at(0)).value(QStringLiteral("cancellations")).toInt() + 1);
    REQUIRE(follower.stop());
    CHECK(follower.process->exitCode() == 0);
    CHECK(follower.lines().size() == 2);
}

TEST_CASE("an agent that loses the server stops with SERVER_UNREACHABLE, and its lock is free "
          "again when the server is back")
{
    ensureCoreApp();
    QString whyNot;
    auto own = PgServer::start(&whyNot);
    INFO(whyNot.toStdString());
    REQUIRE(own);
    AgentRig rig(*own);
    rig.addClinic(QStringLiteral("k"));
    Watched agent;
    agent.start(rig.cli, rig.sync(QStringLiteral("k"), true));
    REQUIRE(agent.waitErr(QStringLiteral("agent for clinic 'k'")));
    QSignalSpy done(agent.process, &QProcess::finished);
    REQUIRE(own->stop(&whyNot));
    REQUIRE(done.wait(60'000));
    const std::string said = agent.err.toStdString();
    INFO(said);
    CHECK(agent.process->exitStatus() == QProcess::NormalExit);
    CHECK(agent.process->exitCode() == 1);
    CHECK(agent.err.contains(QStringLiteral("lost the connection to the server")));
    CHECK(agent.err.contains(QStringLiteral("SERVER_UNREACHABLE")));

    // Started again (as systemd would): it takes the lock at once and finishes the sync.
    REQUIRE(own->startAgain(&whyNot));
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    CHECK_FALSE(err.contains(QStringLiteral("another agent")));
    CHECK(out.contains(QStringLiteral("Synced clinic 'k' to the server")));
}

TEST_CASE("the server commands connect as the role that --user names")
{
    ensureCoreApp();
    PgServer &server = PgServer::shared();
    AgentRig rig(server);
    rig.addClinic(QStringLiteral("k"));
    QString out, err;
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    const QString database = rig.conninfo.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
    QString output;
    REQUIRE(server.psql(database, QStringLiteral("postgres"),
                        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                       "rolname = 'nobody_in_particular') THEN CREATE ROLE "
                                       "nobody_in_particular LOGIN; END IF; END $$;"),
                        &output) == 0);
    Cli as = rig.cli;
    as.passwordFile =
        as.writePasswordFile(QStringLiteral("any"), QStringLiteral("unused-by-trust"));
    as.user = QStringLiteral("nobody_in_particular"); // no privilege on the clinic tables
    const QStringList metrics{QStringLiteral("metrics"), QStringLiteral("--clinic"),
                              QStringLiteral("k")};
    CHECK(as.run(metrics, &out, &err) == 1);
    // Refused by the server for that role (today checkCurrent calls an unreadable
    // schema_version "missing"; the roles work may make it PERMISSION_DENIED).
    const QString code = Cli::errorCode(err);
    CHECK((code == QStringLiteral("SERVER_PERMISSION_DENIED") ||
           code == QStringLiteral("SERVER_SCHEMA_MISSING")));
    as.user = QStringLiteral("postgres");
    INFO(err.toStdString());
    CHECK(as.run(metrics, &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().contains(QStringLiteral("totalBookings")));
}

TEST_CASE("insights lapsed and forward on the server read the agent's clinic, the worklist's "
          "names are audited by the server, and the working hours stay per PC")
{
    ensureCoreApp();
    AgentRig rig(PgServer::shared());
    rig.addClinic(QStringLiteral("k"));
    QString out, err;
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    const auto json = [&](const QStringList &args) {
        out.clear();
        err.clear();
        const int code = rig.cli.run(args, &out, &err);
        INFO(err.toStdString());
        REQUIRE(code == 0);
        return QJsonDocument::fromJson(out.toUtf8()).object();
    };
    const QStringList lapsed{QStringLiteral("insights"), QStringLiteral("lapsed"),
                             QStringLiteral("--clinic"), QStringLiteral("k")};
    const QJsonObject count = json(lapsed + QStringList{QStringLiteral("--count")});
    const QJsonObject list = json(lapsed);
    CHECK(list.value(QStringLiteral("count")).toInt() ==
          count.value(QStringLiteral("count")).toInt());
    const QJsonArray patients = list.value(QStringLiteral("patients")).toArray();
    CHECK(patients.size() == list.value(QStringLiteral("count")).toInt());
    CHECK(patients.size() > 0); // a simulated clinic has patients who dropped off
    const auto facts = rig.facts(QStringLiteral("k"));
    CHECK_FALSE(facts.isEmpty());

    RoutiqError error;
    const auto info = ServerConnInfo::parse(rig.conninfo, &error);
    REQUIRE(info);
    const auto db = ServerConnection::open(*info, &error);
    REQUIRE(db);
    QSqlQuery audited(db->database());
    REQUIRE(audited.exec(QStringLiteral("SELECT (detail->>'patients')::int FROM audit_log WHERE "
                                        "action = 'patient_level.view' AND detail->>'list' = "
                                        "'lapsed'")));
    REQUIRE(audited.next());
    CHECK(audited.value(0).toInt() == patients.size());

    const QJsonObject forward = json({QStringLiteral("insights"), QStringLiteral("forward"),
                                      QStringLiteral("--clinic"), QStringLiteral("k")});
    const QJsonArray weeks = forward.value(QStringLiteral("weeks")).toArray();
    CHECK(weeks.size() == 4);
    int booked = 0;
    for (const QJsonValue &w : weeks)
        booked += w.toObject()
                      .value(QStringLiteral("total"))
                      .toObject()
                      .value(QStringLiteral("bookings"))
                      .toInt();
    CHECK(booked > 0);

    CHECK(rig.cli.run({QStringLiteral("insights"), QStringLiteral("forward"),
                       QStringLiteral("--clinic"), QStringLiteral("elsewhere")},
                      &out, &err) == 2);
    CHECK(rig.cli.run({QStringLiteral("practitioner"), QStringLiteral("hours"),
                       QStringLiteral("--clinic"), QStringLiteral("k"), QStringLiteral("--show")},
                      &out, &err) == 2);
}

TEST_CASE("metrics on the server for every clinic the account sees adds up their figures, and "
          "--by practitioner splits one clinic's")
{
    ensureCoreApp();
    AgentRig rig(PgServer::shared());
    rig.addClinic(QStringLiteral("k"));
    rig.addClinic(QStringLiteral("j"));
    QString out, err;
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("k"), false), &out, &err) == 0);
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("j"), false), &out, &err) == 0);
    const QStringList range = rig.bookingAndRange().second;
    const auto metrics = [&](const QStringList &args) {
        out.clear();
        err.clear();
        const int code = rig.cli.run(
            QStringList{QStringLiteral("metrics"), QStringLiteral("--clinic")} + args + range, &out,
            &err);
        INFO(err.toStdString());
        REQUIRE(code == 0);
        return QJsonDocument::fromJson(out.toUtf8()).object();
    };
    const auto total = [](const QJsonObject &o) {
        return o.value(QStringLiteral("totalBookings")).toInt();
    };
    const int k = total(metrics({QStringLiteral("k")}));
    const int j = total(metrics({QStringLiteral("j")}));
    REQUIRE(k > 0);
    const QJsonObject all = metrics({QStringLiteral("all")});
    CHECK(total(all) == k + j);
    const QJsonArray clinics = all.value(QStringLiteral("clinics")).toArray();
    REQUIRE(clinics.size() == 2);
    CHECK(total(clinics.at(0).toObject()) + total(clinics.at(1).toObject()) == k + j);

    const QJsonObject by =
        metrics({QStringLiteral("k"), QStringLiteral("--by"), QStringLiteral("practitioner")});
    const QJsonArray rows = by.value(QStringLiteral("practitioners")).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    int sum = 0;
    for (const QJsonValue &r : rows)
        sum += total(r.toObject());
    CHECK(sum == k);
    CHECK_FALSE(rows.first().toObject().value(QStringLiteral("name")).toString().isEmpty());

    // --format table, as in the single-PC mode: the roll-up's total on the bookings line.
    out.clear();
    REQUIRE(rig.cli.run(QStringList{QStringLiteral("metrics"), QStringLiteral("--clinic"),
                                    QStringLiteral("all"), QStringLiteral("--format"),
                                    QStringLiteral("table")} +
                            range,
                        &out, &err) == 0);
    const QStringList lines = out.split(u'\n');
    const auto bookings = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
        return l.startsWith(QStringLiteral("Total bookings"));
    });
    REQUIRE(bookings != lines.end());
    CHECK(bookings->contains(QString::number(k + j)));
}
