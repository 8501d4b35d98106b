#include "bookingtrendsmodel.h"
#include "charts/bookingtrendschart.h"
#include "charts/peakhoursheatmap.h"
#include "dashboardfilters.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "liveindicator.h"
#include "mainwindow.h"
#include "samplesnapshot.h"
#include "statusbanner.h"
#include "syncstatuspanel.h"
#include "theme.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;

namespace {
KpiCard *cardFor(const MainWindow &w, const char *key)
{
    for (KpiCard *c : w.cards())
        if (c->key() == QLatin1String(key))
            return c;
    return nullptr;
}
} // namespace

TEST_CASE("applying a snapshot updates the KPI card text and the chart series values")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.show();
    CHECK(window.trendsChart()->showsPlaceholder());
    CHECK(window.peakHoursMap()->showsPlaceholder());

    const MetricsSnapshot s = routiq::test::sampleMonthSnapshot();
    window.applySnapshot(s);

    KpiCard *bookings = cardFor(window, "totalBookings");
    REQUIRE(bookings);
    CHECK(bookings->valueText() == QLocale().toString(s.current.totalBookings));
    CHECK(bookings->changeText().contains(
        QLocale().toString(std::abs(*s.current.totalBookingsChange), 'f', 1)));
    KpiCard *missedRate = cardFor(window, "missedAppointmentsPercentage");
    REQUIRE(missedRate);
    CHECK(missedRate->valueText() ==
          QLocale().toString(s.current.missedAppointmentsPercentage, 'f', 1) + QLatin1Char('%'));

    CHECK_FALSE(window.trendsChart()->showsPlaceholder());
    QLineSeries *line = window.trendsChart()->series(BookingTrendsModel::BookingsColumn);
    REQUIRE(line);
    REQUIRE(line->count() == 30);
    for (int i = 0; i < 30; ++i) {
        CHECK(line->at(i).y() == s.current.bookingTrends.at(i).bookings);
        CHECK(qint64(line->at(i).x()) ==
              s.current.bookingTrends.at(i).date.startOfDay().toMSecsSinceEpoch());
    }
    QLineSeries *cancelled = window.trendsChart()->series(BookingTrendsModel::CancelledColumn);
    CHECK(cancelled->at(3).y() == s.current.bookingTrends.at(3).cancelled);
    CHECK_FALSE(window.peakHoursMap()->showsPlaceholder());

    // A later snapshot moves one day's value; the line follows (after the throttle interval).
    MetricsSnapshot next = s;
    next.current.bookingTrends[10].bookings += 7;
    next.generation = 2;
    window.applySnapshot(next);
    QTRY_COMPARE_WITH_TIMEOUT(line->at(10).y(), qreal(next.current.bookingTrends[10].bookings),
                              2000);
}

TEST_CASE("the indicator and banner follow the tracker from Live to Stale to Offline and back")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.setStaleAfterSecs(30);
    window.setLiveStatusTracker(&tracker);
    window.show();
    const ThemeColors colors = themeColors(window.indicator()->palette());

    tracker.pollSucceeded(clock.nowUtc());
    CHECK(window.indicator()->status() == LiveStatus::Live);
    CHECK(window.indicator()->dotColor() == colors.live);
    CHECK(window.indicator()->isBreathing());
    CHECK(window.banner()->isHidden());

    clock.advanceMSecs(5'000);
    tracker.refresh();
    CHECK(window.indicator()->text() == QStringLiteral("Updated 5 s ago"));

    clock.advanceMSecs(40'000);
    tracker.refresh();
    CHECK(window.indicator()->status() == LiveStatus::Stale);
    CHECK(window.indicator()->dotColor() == colors.stale);
    CHECK_FALSE(window.indicator()->isBreathing());

    tracker.syncFailed(RoutiqError::make(QStringLiteral("NETWORK_UNREACHABLE"), {}));
    clock.advanceMSecs(90 * 60'000 - 45'000);
    tracker.refresh();
    CHECK(window.indicator()->status() == LiveStatus::Offline);
    CHECK(window.indicator()->dotColor() == colors.offline);
    CHECK(window.banner()->isVisible());
    CHECK(window.banner()->headline().contains(QStringLiteral("90 min old")));
    CHECK_FALSE(window.banner()->advice().isEmpty());

    const int flashes = window.indicator()->flashCount();
    tracker.changesCommitted(clock.nowUtc());
    CHECK(window.indicator()->status() == LiveStatus::Live);
    CHECK(window.indicator()->flashCount() == flashes + 1);
    CHECK(window.banner()->isHidden());
}

TEST_CASE("the backfill shows a progress bar with the time left, and hides when done")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    window.setLiveStatusTracker(&tracker);
    window.show();
    CHECK(window.syncPanel()->isHidden());
    tracker.backfillProgress(0, 20'000);
    clock.advanceMSecs(60'000);
    tracker.backfillProgress(5'000, 20'000); // 3 more minutes
    CHECK(window.syncPanel()->isVisible());
    CHECK(window.syncPanel()->progressValue() == 5'000);
    CHECK(window.syncPanel()->progressMaximum() == 20'000);
    CHECK(window.syncPanel()->etaText() == QStringLiteral("about 3 min left"));
    tracker.backfillProgress(20'000, 20'000);
    CHECK(window.syncPanel()->isHidden());
}

TEST_CASE("Enter on a focused KPI card asks to drill down into that figure")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.show();
    QSignalSpy drill(&window, &MainWindow::drillDownRequested);
    KpiCard *missed = cardFor(window, "missedAppointments");
    REQUIRE(missed);
    QTest::keyClick(missed, Qt::Key_Return);
    REQUIRE(drill.count() == 1);
    CHECK(drill.at(0).at(0).toString() == QStringLiteral("missedAppointments"));
    QTest::mouseClick(cardFor(window, "cancellations"), Qt::LeftButton);
    REQUIRE(drill.count() == 2);
    CHECK(drill.at(1).at(0).toString() == QStringLiteral("cancellations"));
}

TEST_CASE("Tab goes from the date pickers to the KPI cards in reading order")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    const auto nextTabStop = [](QWidget *w) {
        QWidget *n = w->nextInFocusChain();
        while (n && n != w && (!(n->focusPolicy() & Qt::TabFocus) || w->isAncestorOf(n)))
            n = n->nextInFocusChain();
        return n;
    };
    QWidget *w = window.filters()->lastInTabOrder();
    for (KpiCard *card : window.cards()) {
        w = nextTabStop(w);
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK(w == card);
    }
}

TEST_CASE("window geometry survives a save and restore through QSettings")
{
    routiq::test::ensureUiApp();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("routiq.ini")), QSettings::IniFormat);
    KpiModel kpis;
    {
        MainWindow window(&kpis);
        window.resize(1000, 700); // also proves the dashboard fits a 1024-wide screen
        window.show();
        window.saveLayout(settings);
    }
    MainWindow again(&kpis);
    again.restoreLayout(settings);
    INFO(again.size().width() << "x" << again.size().height());
    CHECK(again.size() == QSize(1000, 700));
    for (const QString &key : settings.allKeys())
        CHECK(key.startsWith(QStringLiteral("mainWindow/")));
}

TEST_CASE("forcing the dark theme darkens the window and keeps the change colours readable")
{
    routiq::test::ensureUiApp();
    applyTheme(ThemeMode::Dark);
    KpiModel kpis;
    MainWindow window(&kpis);
    window.show();
    CHECK(isDark(window.palette()));
    CHECK(themeColors(window.palette()).good.lightnessF() > 0.5);
    applyTheme(ThemeMode::Light);
    QCoreApplication::sendPostedEvents();
    INFO(window.palette().color(QPalette::Window).name().toStdString()
         << " app " << QApplication::palette().color(QPalette::Window).name().toStdString());
    CHECK_FALSE(isDark(window.palette()));
    applyTheme(ThemeMode::System);
}

TEST_CASE("a burst of 500 snapshots into the window repaints the figures only a few times")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.show();
    QSignalSpy kpiUpdates(&kpis, &QAbstractItemModel::dataChanged);
    QSignalSpy trendUpdates(window.trendsModel(), &QAbstractItemModel::dataChanged);
    QSignalSpy trendResets(window.trendsModel(), &QAbstractItemModel::modelReset);
    MetricsSnapshot s = routiq::test::sampleMonthSnapshot();
    for (int i = 0; i < 500; ++i) {
        s.generation = quint64(i + 1);
        s.current.totalBookings += 1;
        s.current.bookingTrends[i % 30].bookings += 1;
        window.applySnapshot(s);
    }
    KpiCard *bookings = cardFor(window, "totalBookings");
    QTRY_COMPARE_WITH_TIMEOUT(bookings->valueText(), QLocale().toString(s.current.totalBookings),
                              2000);
    // First snapshot at once, the newest one after the interval: two applies in all.
    CHECK(kpiUpdates.count() <= 2 * kpis.rowCount());
    CHECK(trendResets.count() == 1);   // the first one brought the 30 days
    CHECK(trendUpdates.count() <= 30); // then one dataChanged per changed day at most
    CHECK(window.trendsChart()->series(BookingTrendsModel::BookingsColumn)->at(0).y() ==
          s.current.bookingTrends[0].bookings);
}
