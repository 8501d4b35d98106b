#include "kpicard.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace routiq;

TEST_CASE("the main window shows one card per KPI with an empty state")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    MainWindow window(&model);
    window.show();
    REQUIRE(window.cards().size() == model.rowCount());
    for (KpiCard *card : window.cards()) {
        CHECK(card->valueText() == QStringLiteral("\u2014"));
        CHECK_FALSE(card->toolTip().isEmpty());
    }
    const QImage image = window.grab().toImage();
    CHECK(image.width() > 0);
}

TEST_CASE("a new snapshot updates the card's value")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    MainWindow window(&model);
    MetricsSnapshot s;
    s.current.totalBookings = 42;
    model.setSnapshot(s);
    bool found = false;
    for (KpiCard *card : window.cards())
        found = found || card->valueText() == QStringLiteral("42");
    CHECK(found);
}
