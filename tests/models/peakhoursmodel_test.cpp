#include "peakhoursmodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace routiq;

TEST_CASE("peak hours form a 7 by 24 table of bookings with Monday first")
{
    routiq::test::ensureGuiApp();
    PeakHoursModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 7);
    CHECK(model.columnCount() == 24);
    CHECK(model.maxBookings() == 0);
    model.setCells({{1, 9, 12}, {7, 23, 2}, {3, 14, 5}});
    CHECK(model.index(0, 9).data().toInt() == 12);
    CHECK(model.index(6, 23).data().toInt() == 2);
    CHECK(model.index(2, 14).data().toInt() == 5);
    CHECK(model.index(2, 15).data().toInt() == 0);
    CHECK(model.maxBookings() == 12);
    CHECK(model.totalBookings() == 19);
    CHECK(model.bookings(3, 14) == 5);
}

TEST_CASE("a new peak-hours snapshot emits dataChanged for the changed cells only")
{
    routiq::test::ensureGuiApp();
    PeakHoursModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCells({{1, 9, 12}, {2, 10, 4}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCells({{1, 9, 13}, {2, 10, 4}});
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == model.index(0, 9));
    CHECK(changed.at(0).at(1).toModelIndex() == model.index(0, 9));
    model.setCells({{1, 9, 13}, {2, 10, 4}});
    CHECK(changed.count() == 1);
    model.setCells({}); // two cells drop to zero
    CHECK(changed.count() == 3);
    CHECK(reset.count() == 0);
}
