// Screenshots of the Today board, the risk drill-down and the dashboard's risk cards in light
// and dark, from the same two days the model tests use (build/screenshots/*.png).
#include "../models/noshowfixture.h"
#include "uitestapp.h"

#include "dashboardfilters.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "riskcountsmodel.h"
#include "risklistdialog.h"
#include "risklistmodel.h"
#include "samplesnapshot.h"
#include "theme.h"
#include "todayboardmodel.h"
#include "todayboardpage.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QImage>

#include <cstdio>

using namespace routiq;
using namespace routiq::test;

namespace {

QString save(QWidget &w, const QString &name)
{
    QDir().mkpath(QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR));
    const QString path = QDir(QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR)).filePath(name);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QImage image = w.grab().toImage();
    REQUIRE(image.save(path, "PNG"));
    std::printf("screenshot: %s\n", qPrintable(path));
    std::fflush(stdout);
    return path;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

void renderBoard(ThemeMode mode, const QString &suffix)
{
    ensureUiApp();
    applyTheme(mode);
    {
        KpiModel kpis;
        MainWindow window(&kpis);
        ManualClock clock(boardNowUtc());
        LiveStatusTracker tracker(clock);
        window.setClinics({{QStringLiteral("north"), QStringLiteral("North Clinic Physio")}});
        window.setLiveStatusTracker(&tracker);
        tracker.pollSucceeded(clock.nowUtc().addSecs(-8));
        window.filters()->setToday(boardToday());
        window.applySnapshot(sampleMonthSnapshot());
        window.setNoShowSnapshot(boardSnapshot());

        TodayBoardPage *page = window.todayBoard();
        page->setClinicName(QStringLiteral("North Clinic Physio"));
        page->boardModel()->setZones(boardZones());
        page->boardModel()->setNow(QDateTime(boardToday(), QTime(9, 45), melbourne()).toUTC());
        page->setToday(boardToday());
        page->boardModel()->setRows(boardRows());
        page->boardModel()->setSnapshot(boardSnapshot());
        page->showBoard();
        window.showTodayBoard();
        window.resize(1280, 860);
        window.show();
        page->selectAppointment(4);
        window.showDailyNote(QStringLiteral("Tomorrow: 2 high-risk bookings"));
        const QImage board(save(window, QStringLiteral("today-board-%1.png").arg(suffix)));
        CHECK(distinctColours(board) > 30);

        // What a read-only account sees instead: counts by band, no names.
        page->countsModel()->setZones(boardZones());
        page->countsModel()->setPractitionerNames(
            {{10, QStringLiteral("Dr Alex Lee")}, {11, QStringLiteral("Dr Sam Ng")}});
        page->countsModel()->setSnapshot(boardSnapshot());
        page->showCounts();
        save(window, QStringLiteral("today-board-readonly-%1.png").arg(suffix));

        window.showDashboard();
        save(window, QStringLiteral("dashboard-risk-%1.png").arg(suffix));
        window.close();
    }
    {
        RiskListDialog dialog;
        const NoShowSnapshot snapshot = boardSnapshot();
        dialog.setEntries(
            QStringLiteral("Expected no-shows (next 7 days) \u2014 North Clinic Physio"),
            RiskListModel::join(boardRows(), snapshot, snapshot.generatedAt.addDays(7),
                                boardZones()),
            snapshot, RiskBands{});
        dialog.show();
        const QImage list(save(dialog, QStringLiteral("risk-drilldown-%1.png").arg(suffix)));
        CHECK(distinctColours(list) > 10);
    }
    applyTheme(ThemeMode::System);
}

} // namespace

TEST_CASE("the Today board and the risk drill-down render in the light theme")
{
    renderBoard(ThemeMode::Light, QStringLiteral("light"));
}

TEST_CASE("the Today board and the risk drill-down render in the dark theme")
{
    renderBoard(ThemeMode::Dark, QStringLiteral("dark"));
}
