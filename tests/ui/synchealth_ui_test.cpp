// Issue 18: the stale-data banner of the main window and the Sync health window, offscreen, in
// light and dark (PNGs in the test output folder, or ROUTIQ_SCREENS_DIR for scripts/screens).
#include "kpimodel.h"
#include "mainwindow.h"
#include "samplesnapshot.h"
#include "session/clinicsession.h"
#include "session/synchealthtracker.h"
#include "statusbanner.h"
#include "synchealthwindow.h"
#include "theme.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace routiq;

namespace {

void save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariableIsSet("ROUTIQ_SCREENS_DIR")
                            ? qEnvironmentVariable("ROUTIQ_SCREENS_DIR")
                            : QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR);
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name), "PNG"));
}

} // namespace

TEST_CASE("the stale-data banner shows the alert in the main window and hides once it is cleared")
{
    routiq::test::ensureUiApp();
    for (const auto &[mode, name] :
         {std::pair{ThemeMode::Light, "light"}, std::pair{ThemeMode::Dark, "dark"}}) {
        applyTheme(mode);
        KpiModel kpis;
        MainWindow window(&kpis);
        window.resize(1280, 860);
        window.show();
        window.applySnapshot(routiq::test::sampleMonthSnapshot());
        CHECK_FALSE(window.staleBanner()->isVisible());
        window.setStaleAlert(QStringLiteral("Data is out of date"),
                             QStringLiteral("North clinic (17 min old): Routiq has not been able "
                                            "to update it from the practice system. See View › "
                                            "Sync health."));
        CHECK(window.staleBanner()->isVisible());
        CHECK(window.staleBanner()->headline() == QStringLiteral("Data is out of date"));
        save(&window, QStringLiteral("stale-alert-%1-en.png").arg(QLatin1String(name)));
        window.setStaleAlert({}, {});
        CHECK_FALSE(window.staleBanner()->isVisible());
    }
    applyTheme(ThemeMode::System);
}

TEST_CASE("the sync health window lists each resource's last success and the errors with their "
          "references")
{
    routiq::test::ensureUiApp();
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ClinicConnection c;
    c.id = QStringLiteral("north");
    c.name = QStringLiteral("North clinic");
    c.pmsKind = PmsKind::Cliniko;
    // Never started: the test plays the session's signals.
    ClinicSession session(c, dir.filePath(QStringLiteral("north.db")), DatabaseKey::generate(), {},
                          &clock, SyncEngine::Options{});
    SyncHealthTracker tracker(clock, nullptr);
    tracker.watch(&session);
    const QDateTime ok = clock.nowUtc();
    for (const char *r : {"locations", "practitioners", "appointment_types", "patients"})
        emit session.resourceSynced(QLatin1String(r), ok);
    emit session.passCompleted(ok, true);
    clock.advanceMSecs(95'000);
    emit session.syncStateChanged(SyncEngine::State::Failed);
    emit session.failed(RoutiqError::make(
        QStringLiteral("CLINIKO_API_UNAVAILABLE"), QStringLiteral("Cliniko cannot be reached."),
        QStringLiteral("network error 1, host 127.0.0.1 (reference 7f3a1c2e)")));

    for (const auto &[mode, name] :
         {std::pair{ThemeMode::Light, "light"}, std::pair{ThemeMode::Dark, "dark"}}) {
        applyTheme(mode);
        SyncHealthWindow window(&tracker);
        window.show();
        CHECK(window.shownClinic() == c.id);
        CHECK(window.fieldText(QStringLiteral("state")) == QStringLiteral("Last pass failed"));
        CHECK(window.fieldText(QStringLiteral("age")) == QStringLiteral("1 min"));
        CHECK(window.fieldText(QStringLiteral("retry")) != QStringLiteral("none due"));
        REQUIRE(window.errorsTable()->rowCount() == 1);
        CHECK(window.errorsTable()->item(0, 1)->text() ==
              QStringLiteral("CLINIKO_API_UNAVAILABLE"));
        CHECK(window.errorsTable()->item(0, 2)->text() == QStringLiteral("7f3a1c2e"));
        save(&window, QStringLiteral("synchealth-errors-%1-en.png").arg(QLatin1String(name)));
    }
    applyTheme(ThemeMode::System);
}
