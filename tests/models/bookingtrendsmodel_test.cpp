#include "bookingtrendsmodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace routiq;

namespace {
QList<DailyTrend> days(QDate start, int count, int base = 10)
{
    QList<DailyTrend> out;
    for (int i = 0; i < count; ++i)
        out.append({start.addDays(i), base + i, i % 3, i % 2});
    return out;
}
} // namespace

TEST_CASE("booking trends show one row per day with bookings, missed and cancelled")
{
    routiq::test::ensureGuiApp();
    BookingTrendsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate start(2026, 11, 1);
    model.setTrends(days(start, 30));
    REQUIRE(model.rowCount() == 30);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.index(0, BookingTrendsModel::DateColumn).data().toDate() == start);
    CHECK(model.index(4, BookingTrendsModel::BookingsColumn).data().toInt() == 14);
    CHECK(model.index(4, BookingTrendsModel::MissedColumn).data().toInt() == 1);
    CHECK(model.index(5, BookingTrendsModel::CancelledColumn).data().toInt() == 1);
    CHECK(model.maxValue() == 39);
}

TEST_CASE("a changed day emits dataChanged for that day's changed cells only, never a reset")
{
    routiq::test::ensureGuiApp();
    BookingTrendsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate start(2026, 11, 1);
    auto trends = days(start, 30);
    model.setTrends(trends);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    trends[7].missed += 1;
    model.setTrends(trends);
    REQUIRE(changed.count() == 1);
    const auto topLeft = changed.at(0).at(0).toModelIndex();
    const auto bottomRight = changed.at(0).at(1).toModelIndex();
    CHECK(topLeft.row() == 7);
    CHECK(bottomRight.row() == 7);
    CHECK(topLeft.column() == BookingTrendsModel::MissedColumn);
    CHECK(bottomRight.column() == BookingTrendsModel::MissedColumn);
    CHECK(reset.count() == 0);

    model.setTrends(trends); // identical: silence
    CHECK(changed.count() == 1);
}

TEST_CASE("a range that grows or shrinks at its ends inserts and removes rows there")
{
    routiq::test::ensureGuiApp();
    BookingTrendsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate start(2026, 11, 1);
    model.setTrends(days(start, 7));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setTrends(days(start.addDays(-2), 11)); // two days before, two after
    CHECK(inserted.count() == 2);
    CHECK(model.rowCount() == 11);
    CHECK(model.index(0, 0).data().toDate() == start.addDays(-2));

    model.setTrends(days(start.addDays(3), 3)); // shrink from both ends
    CHECK(removed.count() == 2);
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0, 0).data().toDate() == start.addDays(3));
    CHECK(model.trends() == days(start.addDays(3), 3));
    CHECK(reset.count() == 0);
}

TEST_CASE("a range with no day in common resets the model")
{
    routiq::test::ensureGuiApp();
    BookingTrendsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTrends(days(QDate(2026, 11, 1), 7));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTrends(days(QDate(2026, 10, 1), 31));
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == 31);
    model.setTrends({});
    CHECK(reset.count() == 2);
    CHECK(model.rowCount() == 0);
}
