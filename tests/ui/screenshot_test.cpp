#include "dashboardfilters.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "samplesnapshot.h"
#include "theme.h"
#include "translations.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace routiq;

namespace {

QString saveShot(MainWindow &window, const QString &name)
{
    QDir().mkpath(QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR));
    const QString path = QDir(QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR)).filePath(name);
    // Let pending layout requests run, as the event loop would before the first paint.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    REQUIRE(image.save(path, "PNG"));
    std::printf("screenshot: %s\n", qPrintable(path));
    std::fflush(stdout);
    return path;
}

// How many distinct colours a picture has: a blank or broken render has very few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

void renderDashboard(ThemeMode mode, const QString &name, bool withData)
{
    routiq::test::ensureUiApp();
    applyTheme(mode);
    KpiModel kpis;
    MainWindow window(&kpis);
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0, 12), Qt::UTC));
    LiveStatusTracker tracker(clock);
    window.setClinics({{QStringLiteral("north-clinic"), QStringLiteral("North Clinic Physio")}});
    window.setFilterChoices({{1, QStringLiteral("Carlton")}, {2, QStringLiteral("Fitzroy")}},
                            {{10, QStringLiteral("Dr Alex Lee")}});
    window.filters()->setToday(QDate(2026, 11, 25));
    window.setLiveStatusTracker(&tracker);
    if (withData) {
        window.filters()->setPeriod(DashboardFilters::PeriodChoice::ThisMonth);
        window.applySnapshot(routiq::test::sampleMonthSnapshot());
        tracker.pollSucceeded(clock.nowUtc().addSecs(-12));
    }
    window.resize(1280, 860);
    window.show();
    const QString path = saveShot(window, name);
    const QImage image(path);
    CHECK(image.width() >= 1280);
    CHECK(distinctColours(image) > (withData ? 40 : 10));
    applyTheme(ThemeMode::System);
}

} // namespace

TEST_CASE("the dashboard renders a realistic month in the light theme")
{
    renderDashboard(ThemeMode::Light, QStringLiteral("dashboard-light.png"), true);
}

TEST_CASE("the dashboard renders a realistic month in the dark theme")
{
    renderDashboard(ThemeMode::Dark, QStringLiteral("dashboard-dark.png"), true);
}

TEST_CASE("the dashboard before any data shows an intentional empty state")
{
    renderDashboard(ThemeMode::Light, QStringLiteral("dashboard-empty.png"), false);
}

TEST_CASE("the dashboard while offline explains why and how old the data is")
{
    routiq::test::ensureUiApp();
    applyTheme(ThemeMode::Light);
    KpiModel kpis;
    MainWindow window(&kpis);
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC));
    LiveStatusTracker tracker(clock);
    window.setClinics({{QStringLiteral("north-clinic"), QStringLiteral("North Clinic Physio")}});
    window.setLiveStatusTracker(&tracker);
    window.filters()->setPeriod(DashboardFilters::PeriodChoice::ThisMonth);
    window.applySnapshot(routiq::test::sampleMonthSnapshot());
    tracker.pollSucceeded(clock.nowUtc().addSecs(-90 * 60));
    tracker.syncFailed(RoutiqError::make(QStringLiteral("NETWORK_UNREACHABLE"), {}));
    window.resize(1280, 860);
    window.show();
    saveShot(window, QStringLiteral("dashboard-offline.png"));
    applyTheme(ThemeMode::System);
}

TEST_CASE("the dashboard in German fits a 1024 by 720 window")
{
    routiq::test::ensureUiApp();
    auto &app = *QCoreApplication::instance();
    const QLocale before;
    installTranslations(app, QStringLiteral("de"));
    CHECK(QLocale().toString(1042) == QStringLiteral("1.042"));
    applyTheme(ThemeMode::Light);
    {
        KpiModel kpis;
        MainWindow window(&kpis);
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0, 12), Qt::UTC));
        LiveStatusTracker tracker(clock);
        window.setClinics({{QStringLiteral("north"), QStringLiteral("Praxis Nord")}});
        window.setLiveStatusTracker(&tracker);
        window.filters()->setPeriod(DashboardFilters::PeriodChoice::ThisMonth);
        window.applySnapshot(routiq::test::sampleMonthSnapshot());
        tracker.pollSucceeded(clock.nowUtc().addSecs(-12));
        window.resize(1024, 720);
        window.show();
        saveShot(window, QStringLiteral("dashboard-de-1024.png"));
        CHECK(window.width() == 1024); // nothing forces the window wider
    }
    for (QTranslator *t : app.findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(before);
    applyTheme(ThemeMode::System);
}
