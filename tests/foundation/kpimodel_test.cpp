#include "kpimodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace routiq;

namespace {
MetricsSnapshot snapshot(int bookings, int previousBookings)
{
    MetricsSnapshot s;
    s.current.totalBookings = bookings;
    s.previous.totalBookings = previousBookings;
    if (previousBookings > 0) // as the engine reports it (null when P had no bookings)
        s.current.totalBookingsChange = 100.0 * (bookings - previousBookings) / previousBookings;
    s.current.missedAppointments = 3;
    s.previous.missedAppointments = 2;
    return s;
}

int rowOf(const KpiModel &m, const char *key)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r).data(KpiModel::KeyRole).toString() == QLatin1String(key))
            return r;
    return -1;
}
} // namespace

TEST_CASE("the KPI model has no values until the first snapshot")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 12);
    for (int r = 0; r < model.rowCount(); ++r) {
        CHECK_FALSE(model.index(r).data(KpiModel::ValueRole).isValid());
        CHECK_FALSE(model.index(r).data(Qt::ToolTipRole).toString().isEmpty());
    }
}

TEST_CASE("a snapshot fills values and the change against the previous range")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(120, 100));
    const int row = rowOf(model, "totalBookings");
    REQUIRE(row >= 0);
    CHECK(model.index(row).data(KpiModel::ValueRole).toInt() == 120);
    CHECK(model.index(row).data(KpiModel::ChangePercentRole).toDouble() == Approx(20.0));
    CHECK_FALSE(model.index(rowOf(model, "missedAppointments"))
                    .data(KpiModel::HigherIsBetterRole)
                    .toBool());
}

TEST_CASE("an unchanged figure emits no dataChanged for its row")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    model.setSnapshot(snapshot(120, 100));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(snapshot(121, 100));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toModelIndex().row() == rowOf(model, "totalBookings"));
    model.setSnapshot(snapshot(121, 100));
    CHECK(spy.count() == 1);
}

TEST_CASE("a previous range with no bookings gives no change figure")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    model.setSnapshot(snapshot(5, 0));
    CHECK_FALSE(
        model.index(rowOf(model, "totalBookings")).data(KpiModel::ChangePercentRole).isValid());
}
