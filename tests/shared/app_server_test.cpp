// The desktop app in shared mode (issue 16), as a user meets it: the real ServerShell, signed in
// through its sign-in page as accounts on a real PostgreSQL that a real agent (routiq-cli sync,
// against the Cliniko simulator on loopback) fills; figures follow a PMS change; the live
// indicator says "reconnecting" while the server is down; a read-only account sees no names.
// With ROUTIQ_SCREENS_DIR set the windows are saved there as PNGs (scripts/screens).
#include "agentrig.h"

#include "core/clock.h"
#include "dashboardcontroller.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "servershell.h"
#include "session/clinicsession.h"
#include "shared/scramverifier.h"
#include "shared/serverviewersession.h"
#include "signinpage.h"
#include "theme.h"
#include "todayboardmodel.h"
#include "todayboardpage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

QString password(const QString &name)
{
    return QStringLiteral("pw-") + name + QStringLiteral("-7!");
}

// Accounts on the rig's database (role names are cluster-wide: each carries the database's).
struct Accounts
{
    AgentRig &rig;
    PgServer &server;
    QString database = rig.conninfo.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);

    QString name(const QString &role) const { return role + u'_' + database.section(u'_', -1); }
    QString create(const QString &role, const QStringList &clinics)
    {
        const QString account = name(role);
        QString output;
        const int rc = server.psql(
            database, QStringLiteral("postgres"),
            QStringLiteral("SELECT routiq_create_account('%1', '%2', '%3', '{%4}');")
                .arg(account, role, ScramVerifier::make(password(account)), clinics.join(u',')),
            &output);
        INFO(output.toStdString());
        REQUIRE(rc == 0);
        return account;
    }
};

ServerConnInfo infoOf(const QString &conninfo)
{
    RoutiqError error;
    const auto info = ServerConnInfo::parse(conninfo, &error);
    REQUIRE(info);
    return *info;
}

struct App
{
    SystemClock clock;
    ServerShell shell;

    explicit App(const ServerConnInfo &server)
        : shell(clock, options(server),
                [this](const ClinicConnection &clinic, const ServerConnInfo &info,
                       const ServerCredentials &credentials) {
                    return ServerViewerSession::make(clinic, info, credentials, &clock);
                })
    {
        shell.start();
    }
    static ServerShell::Options options(const ServerConnInfo &server)
    {
        ServerShell::Options o;
        o.server = server;
        return o;
    }
    void signIn(const QString &name, const QString &secret)
    {
        emit shell.signInPage()->submitted(name, secret);
    }
    QString card(const char *key) const
    {
        for (KpiCard *c : shell.window()->cards())
            if (c->key() == QLatin1String(key))
                return c->valueText();
        return {};
    }
    bool drillDownOn(const char *key) const
    {
        for (KpiCard *c : shell.window()->cards())
            if (c->key() == QLatin1String(key))
                return c->drillDownEnabled();
        return false;
    }
};

void save(QWidget *w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("ROUTIQ_SCREENS_DIR"))
        return;
    const QString dir = qEnvironmentVariable("ROUTIQ_SCREENS_DIR");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name), "PNG"));
}

} // namespace

TEST_CASE("the app in shared mode: a staff account signs in, sees the agent's figures and a "
          "PMS booking reaches the KPI card, while the agent's account and a wrong password are "
          "refused")
{
    ensureGuiApp();
    PgServer &server = PgServer::sharedScram();
    AgentRig rig(server);
    rig.addClinic(QStringLiteral("north"));
    Accounts accounts{rig, server};
    const QString staff = accounts.create(QStringLiteral("staff"), {QStringLiteral("north")});
    const QString agent = accounts.create(QStringLiteral("agent"), {QStringLiteral("north")});
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("north"), false), &out, &err) == 0);
    Watched watch;
    watch.start(rig.cli, rig.sync(QStringLiteral("north"), true));

    // The windows take the theme when they are made, as at the app's start: this case's are dark.
    applyTheme(ThemeMode::Dark);
    struct ThemeBack
    {
        ~ThemeBack() { applyTheme(ThemeMode::System); }
    } themeBack;
    App app(infoOf(rig.conninfo));
    QSignalSpy failed(&app.shell, &ServerShell::signInFailed);
    app.signIn(staff, QStringLiteral("not the password"));
    REQUIRE((failed.size() > 0 || failed.wait(30'000)));
    CHECK(app.shell.signInPage()->message() == QStringLiteral("Wrong name or password."));
    CHECK_FALSE(app.shell.currentUser());

    app.signIn(agent, password(agent));
    REQUIRE((failed.size() > 1 || failed.wait(30'000)));
    CHECK(failed.last().at(0).value<RoutiqError>().code == QStringLiteral("ACCESS_DENIED"));
    CHECK(app.shell.signInPage()->message().contains(QStringLiteral("sync agent")));

    QSignalSpy ready(&app.shell, &ServerShell::dashboardReady);
    app.signIn(staff, password(staff));
    REQUIRE(ready.wait(60'000));
    REQUIRE(app.shell.currentUser());
    CHECK(app.shell.currentUser()->role == Role::Staff);
    CHECK(app.shell.window()->isVisible());
    REQUIRE(
        spinUntil([&] { return app.card("totalBookings") != QStringLiteral("\u2014"); }, 10'000));
    const int before = QLocale().toInt(app.card("totalBookings"));
    REQUIRE(before > 0);
    CHECK(app.drillDownOn("totalBookings")); // staff: patient-level lists, audited by the server

    // The drill-down and the lapsed worklist: names read through the server's function, each
    // view in its audit log as the account.
    REQUIRE(app.shell.sessions().size() == 1);
    ClinicSession *session = app.shell.sessions().front();
    QSignalSpy listReady(session, &ClinicSession::appointmentListReady);
    AppointmentListQuery query;
    query.from = QDate::currentDate().addDays(-30);
    query.to = QDate::currentDate().addDays(30);
    session->requestAppointmentList(*app.shell.currentUser(), query, 8);
    REQUIRE(listReady.wait(30'000));
    const auto rows = listReady.first().at(1).value<QList<AppointmentListRow>>();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(std::all_of(rows.begin(), rows.end(),
                      [](const AppointmentListRow &r) { return !r.patientName.isEmpty(); }));
    QSignalSpy lapsedReady(session, &ClinicSession::lapsedReady);
    LapsedQuery lapsed;
    session->requestLapsed(*app.shell.currentUser(), lapsed, 9);
    REQUIRE(lapsedReady.wait(30'000));
    const auto list = lapsedReady.first().at(1).value<LapsedList>();
    const auto contacts = lapsedReady.first().at(2).value<PatientContacts>();
    CHECK(contacts.size() == list.patients.size());
    QString audit;
    REQUIRE(server.psql(accounts.database, QStringLiteral("postgres"),
                        QStringLiteral("SELECT actor || ':' || (detail->>'list') FROM audit_log "
                                       "WHERE action = 'patient_level.view' ORDER BY seq;"),
                        &audit) == 0);
    CHECK(audit.contains(staff + QStringLiteral(":appointments")));
    CHECK(audit.contains(staff + QStringLiteral(":lapsed")));

    // A booking at the PMS: agent → server → NOTIFY → the app's card.
    const SimAppointment model = appointmentInAccountZone(rig.sim.clinic());
    REQUIRE(model.id != 0);
    REQUIRE(rig.sim.addAppointment(model.patientId, model.practitionerId, model.businessId,
                                   model.appointmentTypeId, QDateTime::currentDateTimeUtc()) != 0);
    const QString expected = QLocale().toString(before + 1);
    REQUIRE(spinUntil([&] { return app.card("totalBookings") == expected; }, 30'000));
    LiveStatusTracker *tracker = app.shell.controller()->tracker();
    REQUIRE(tracker);
    REQUIRE(spinUntil([&] { return tracker->status() == LiveStatus::Live; }, 10'000));
    save(app.shell.window(), QStringLiteral("shared-live-dark-en.png"));

    // An export from the window: recorded in the server's audit log as the account, then
    // written.
    const QString csv = rig.dir.filePath(QStringLiteral("dashboard.csv"));
    QString why;
    REQUIRE(app.shell.window()->exportCsv(csv, &why));
    CHECK(why.isEmpty());
    CHECK(QFileInfo(csv).size() > 0);
    QString exports;
    REQUIRE(server.psql(accounts.database, QStringLiteral("postgres"),
                        QStringLiteral("SELECT actor || ':' || action || ':' || clinic_id FROM "
                                       "audit_log WHERE action LIKE 'export.%' ORDER BY seq;"),
                        &exports) == 0);
    CHECK(exports == staff + QStringLiteral(":export.aggregates:north"));

    // The Today board lists today's bookings with names (staff), read through the server.
    app.shell.window()->showTodayBoard();
    TodayBoardPage *board = app.shell.window()->todayBoard();
    REQUIRE(spinUntil([&] { return board->boardModel()->rowCount() > 0; }, 30'000));
    save(app.shell.window(), QStringLiteral("shared-today-dark-en.png"));
    app.shell.window()->showDashboard();

    // Signing out stops the clinic's sessions (their connections held the password).
    app.shell.signOut();
    CHECK(app.shell.sessions().isEmpty());
    CHECK(app.shell.signInWindow()->isVisible());
    CHECK_FALSE(app.shell.window()->isVisible());
    CHECK(watch.stop());
}

TEST_CASE("the app in shared mode: a read-only account sees the figures but no names, and the "
          "live indicator says reconnecting while the server is down, then catches up")
{
    ensureGuiApp();
    QString whyNot;
    PgServer::Options options;
    options.scramOverTcp = true;
    auto own = PgServer::start(&whyNot, options);
    INFO(whyNot.toStdString());
    REQUIRE(own);
    AgentRig rig(*own);
    rig.addClinic(QStringLiteral("north"));
    Accounts accounts{rig, *own};
    const QString viewer = accounts.create(QStringLiteral("readonly"), {QStringLiteral("north")});
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("north"), false), &out, &err) == 0);
    Watched watch; // keeps the server's data current until the server goes down (it then exits)
    watch.start(rig.cli, rig.sync(QStringLiteral("north"), true));

    applyTheme(ThemeMode::Light);
    struct ThemeBack
    {
        ~ThemeBack() { applyTheme(ThemeMode::System); }
    } themeBack;
    App app(infoOf(rig.conninfo));
    QSignalSpy ready(&app.shell, &ServerShell::dashboardReady);
    app.signIn(viewer, password(viewer));
    REQUIRE(ready.wait(60'000));
    CHECK(app.shell.currentUser()->role == Role::ReadOnly);
    REQUIRE(
        spinUntil([&] { return app.card("totalBookings") != QStringLiteral("\u2014"); }, 10'000));
    CHECK_FALSE(app.drillDownOn("totalBookings"));
    // Asked anyway (past the window), the session refuses: the server never hands names out.
    REQUIRE(app.shell.sessions().size() == 1);
    ClinicSession *session = app.shell.sessions().front();
    QSignalSpy listFailed(session, &ClinicSession::appointmentListFailed);
    QSignalSpy listReady(session, &ClinicSession::appointmentListReady);
    AppointmentListQuery query;
    query.from = QDate::currentDate().addDays(-30);
    query.to = QDate::currentDate().addDays(30);
    session->requestAppointmentList(*app.shell.currentUser(), query, 7);
    REQUIRE(listFailed.wait(30'000));
    CHECK(listReady.isEmpty());
    CHECK(listFailed.first().at(1).value<RoutiqError>().code == QStringLiteral("ACCESS_DENIED"));
    save(app.shell.window(), QStringLiteral("shared-readonly-light-en.png"));

    LiveStatusTracker *tracker = app.shell.controller()->tracker();
    REQUIRE(spinUntil([&] { return tracker->status() == LiveStatus::Live; }, 10'000));
    REQUIRE(own->stop());
    REQUIRE(spinUntil([&] { return tracker->status() == LiveStatus::Offline; }, 30'000));
    CHECK(tracker->bannerText().startsWith(QStringLiteral("Reconnecting to the server")));
    CHECK(app.card("totalBookings") != QStringLiteral("\u2014")); // the figures stay on screen
    save(app.shell.window(), QStringLiteral("shared-reconnecting-light-en.png"));
    // No export the server's log cannot record: refused, nothing written.
    const QString csv = rig.dir.filePath(QStringLiteral("offline.csv"));
    QString why;
    CHECK_FALSE(app.shell.window()->exportCsv(csv, &why));
    CHECK_FALSE(why.isEmpty());
    CHECK_FALSE(QFileInfo::exists(csv));

    // Back: a change the agent made meanwhile arrives, and the indicator is live again.
    REQUIRE(own->startAgain());
    // Back before the agent has synced again: the server answers, so the indicator leaves
    // "reconnecting" for the data's age (live or stale by the agent's last sync), not only at
    // the next change.
    REQUIRE(spinUntil([&] { return tracker->status() != LiveStatus::Offline; }, 30'000));
    const int before = QLocale().toInt(app.card("totalBookings"));
    const SimAppointment model = appointmentInAccountZone(rig.sim.clinic());
    REQUIRE(rig.sim.addAppointment(model.patientId, model.practitionerId, model.businessId,
                                   model.appointmentTypeId, QDateTime::currentDateTimeUtc()) != 0);
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("north"), false), &out, &err) == 0);
    const QString expected = QLocale().toString(before + 1);
    REQUIRE(spinUntil([&] { return app.card("totalBookings") == expected; }, 60'000));
    REQUIRE(spinUntil([&] { return tracker->status() == LiveStatus::Live; }, 30'000));
    // Back, the export is recorded (read-only may export aggregates) on a new connection.
    why.clear();
    CHECK(app.shell.window()->exportCsv(csv, &why));
    INFO(why.toStdString());
    CHECK(QFileInfo(csv).size() > 0);
    QString exports;
    REQUIRE(own->psql(accounts.database, QStringLiteral("postgres"),
                      QStringLiteral("SELECT actor || ':' || action FROM audit_log WHERE action "
                                     "LIKE 'export.%' ORDER BY seq;"),
                      &exports) == 0);
    CHECK(exports == viewer + QStringLiteral(":export.aggregates"));
}

TEST_CASE("routiq --server signs in by its password file and saves the live dashboard of the "
          "server's clinic, and refuses a password in the address")
{
    ensureGuiApp();
    PgServer &server = PgServer::sharedScram();
    AgentRig rig(server);
    rig.addClinic(QStringLiteral("north"));
    Accounts accounts{rig, server};
    const QString staff = accounts.create(QStringLiteral("staff"), {QStringLiteral("north")});
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(rig.cli.run(rig.sync(QStringLiteral("north"), false), &out, &err) == 0);

    QFile secret(rig.dir.filePath(QStringLiteral("staff.pw")));
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write((password(staff) + u'\n').toUtf8());
    secret.close();
    const QString shot = rig.dir.filePath(QStringLiteral("shared.png"));
    const auto runApp = [&](const QStringList &args, QString *stdOut, QString *stdErr) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ROUTIQ_PASSWORD_FILE"), secret.fileName());
        env.insert(QStringLiteral("ROUTIQ_DATA_DIR"), rig.dir.filePath(QStringLiteral("app")));
        env.remove(QStringLiteral("ROUTIQ_SERVER"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/routiq"), args);
        REQUIRE(app.waitForFinished(120'000));
        *stdOut = QString::fromUtf8(app.readAllStandardOutput());
        *stdErr = QString::fromUtf8(app.readAllStandardError());
        return app.exitCode();
    };
    const int code = runApp({QStringLiteral("--server"), rig.conninfo, QStringLiteral("--user"),
                             staff, QStringLiteral("--screenshot"), shot},
                            &out, &err);
    INFO(err.toStdString());
    CHECK(code == 0);
    CHECK(out.contains(QStringLiteral("Screenshot of the main window")));
    QImage image(shot);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 600); // the dashboard, not the sign-in window's error
    CHECK_FALSE(err.contains(QStringLiteral("Wrong name or password")));

    const int refused =
        runApp({QStringLiteral("--server"), rig.conninfo + QStringLiteral(" password=x"),
                QStringLiteral("--screenshot"), shot},
               &out, &err);
    CHECK(refused == 2);
    CHECK(err.contains(QStringLiteral("PGPASSFILE")));
}
