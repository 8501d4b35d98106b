#include "kpimodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace routiq;

namespace {
QVariant cell(const KpiModel &m, const char *key, int role)
{
    return m.index(m.rowOfKey(QLatin1String(key))).data(role);
}
} // namespace

TEST_CASE("every ClinicMetrics figure has a KPI row with a definition")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const char *key :
         {"totalBookings", "activePatients", "newPatients", "dailyAverage", "missedAppointments",
          "missedAppointmentsPercentage", "cancellations", "cancellationRate", "lateCancellations",
          "attendedAppointments", "patientVisitAverage", "rebookRate"}) {
        INFO(key);
        REQUIRE(model.rowOfKey(QLatin1String(key)) >= 0);
        CHECK_FALSE(cell(model, key, Qt::ToolTipRole).toString().isEmpty());
        CHECK(cell(model, key, KpiModel::FormattedValueRole).toString() ==
              QStringLiteral("\u2014"));
    }
}

TEST_CASE("a null patient visit average shows a dash and says there were no new patients")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MetricsSnapshot s;
    s.current.attendedAppointments = 40;
    s.current.newPatients = 0;
    s.current.patientVisitAverage = std::nullopt;
    s.current.dailyAverage = 0;
    model.setSnapshot(s);
    CHECK_FALSE(cell(model, "patientVisitAverage", KpiModel::ValueRole).isValid());
    CHECK(cell(model, "patientVisitAverage", KpiModel::FormattedValueRole).toString() ==
          QStringLiteral("\u2014"));
    CHECK(cell(model, "patientVisitAverage", KpiModel::FormattedChangeRole)
              .toString()
              .contains(QStringLiteral("No new patients")));
    CHECK(cell(model, "dailyAverage", KpiModel::FormattedValueRole).toString() ==
          QStringLiteral("0.00"));
}

TEST_CASE("values are formatted by kind and rates change in percentage points")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    MetricsSnapshot s;
    s.current.totalBookings = 1234;
    s.previous.totalBookings = 1000;
    s.current.totalBookingsChange = 23.4;
    s.current.dailyAverage = 41.13;
    s.current.patientVisitAverage = 4.5;
    s.previous.patientVisitAverage = 4.0;
    s.current.missedAppointmentsPercentage = 6.5;
    s.previous.missedAppointmentsPercentage = 5.0;
    model.setSnapshot(s);
    CHECK(cell(model, "totalBookings", KpiModel::ChangePercentRole).toDouble() == Approx(23.4));
    CHECK(cell(model, "dailyAverage", KpiModel::FormattedValueRole).toString() ==
          QStringLiteral("41.13"));
    CHECK(cell(model, "patientVisitAverage", KpiModel::FormattedValueRole).toString() ==
          QStringLiteral("4.50"));
    CHECK(cell(model, "missedAppointmentsPercentage", KpiModel::FormattedValueRole).toString() ==
          QStringLiteral("6.5%"));
    CHECK(cell(model, "missedAppointmentsPercentage", KpiModel::ChangePercentRole).toDouble() ==
          Approx(1.5));
    CHECK(cell(model, "missedAppointmentsPercentage", KpiModel::FormattedChangeRole)
              .toString()
              .contains(QStringLiteral("pts")));
    // More missed is bad; more bookings is good.
    CHECK(cell(model, "missedAppointmentsPercentage", KpiModel::ChangeToneRole).toInt() == -1);
    CHECK(cell(model, "totalBookings", KpiModel::ChangeToneRole).toInt() == 1);
}

TEST_CASE("the engine's null totalBookingsChange means no change figure even with bookings")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    MetricsSnapshot s;
    s.current.totalBookings = 10;
    s.previous.totalBookings = 0;
    model.setSnapshot(s);
    CHECK_FALSE(cell(model, "totalBookings", KpiModel::ChangePercentRole).isValid());
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    s.current.totalBookingsChange = 5.0; // only the change moved
    model.setSnapshot(s);
    CHECK(spy.count() == 1);
}
