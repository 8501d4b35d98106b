#include "kpimodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace routiq;

namespace {
QVariant cell(const KpiModel &m, const char *key, int role)
{
    return m.index(m.rowOfKey(QLatin1String(key))).data(role);
}

// A Tuesday in a running week: R = Mon 2026-11-30 .. Sun 2026-12-06, today Tue 2026-12-01.
MetricsSnapshot runningWeek()
{
    MetricsSnapshot s;
    s.request.period = MetricsRequest::Period::Week;
    s.range = {QDate(2026, 11, 30), QDate(2026, 12, 6), QDate(2026, 11, 23), QDate(2026, 11, 29)};
    s.current.totalBookings = 200; // the whole week booked, outcomes only for two days
    s.current.totalBookingsChange = -20.0;
    s.previous.totalBookings = 250;
    s.current.attendedAppointments = 127;
    s.previous.attendedAppointments = 249;
    s.current.missedAppointments = 4;
    s.previous.missedAppointments = 10;
    s.current.activePatients = 150;
    s.previous.activePatients = 120;
    ToDateMetrics t;
    t.startDate = QDate(2026, 11, 30);
    t.endDate = QDate(2026, 12, 1);
    t.previousStartDate = QDate(2026, 11, 23);
    t.previousEndDate = QDate(2026, 11, 24);
    t.current.attendedAppointments = 127;
    t.previous.attendedAppointments = 120; // +5.8 % like for like
    t.current.missedAppointments = 4;
    t.previous.missedAppointments = 5; // -20 %
    t.current.missedAppointmentsPercentage = 3.0;
    t.previous.missedAppointmentsPercentage = 4.0;
    t.current.activePatients = 60;
    t.previous.activePatients = 10;
    s.toDate = t;
    return s;
}
} // namespace

TEST_CASE("on a running week the outcome cards compare the same days of last week")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(runningWeek());

    // Attended: 127 against 120 over Mon..Tue, not against 249 over the whole previous week.
    CHECK(cell(model, "attendedAppointments", KpiModel::ChangeIsToDateRole).toBool());
    CHECK(cell(model, "attendedAppointments", KpiModel::ChangePercentRole).toDouble() ==
          Approx(7.0 / 120.0 * 100.0));
    CHECK(cell(model, "attendedAppointments", KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("\u25B2 5.8% vs the same days last week"));
    CHECK(cell(model, "attendedAppointments", KpiModel::ChangeToneRole).toInt() == 1);
    // The value shown stays the full-range figure.
    CHECK(cell(model, "attendedAppointments", KpiModel::FormattedValueRole).toString() ==
          QStringLiteral("127"));
    CHECK(cell(model, "missedAppointments", KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("\u25BC 20.0% vs the same days last week"));
    CHECK(cell(model, "missedAppointmentsPercentage", KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("\u25BC 1.0 pts vs the same days last week"));
    // The tooltip says which days are compared.
    const QString tip = cell(model, "attendedAppointments", Qt::ToolTipRole).toString();
    CHECK(tip.contains(QLocale().toString(QDate(2026, 11, 30), QLocale::ShortFormat)));
    CHECK(tip.contains(QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat)));
    CHECK(cell(model, "attendedAppointments", KpiModel::DefinitionRole).toString() != tip);

    // Figures that do not depend on outcomes keep the full-range change.
    CHECK_FALSE(cell(model, "activePatients", KpiModel::ChangeIsToDateRole).toBool());
    CHECK(cell(model, "activePatients", KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("\u25B2 25.0% vs previous period"));
    CHECK(cell(model, "totalBookings", KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("\u25BC 20.0% vs previous period"));
    CHECK(cell(model, "activePatients", Qt::ToolTipRole).toString() ==
          cell(model, "activePatients", KpiModel::DefinitionRole).toString());
}

TEST_CASE("without a running period every card keeps the full-range change")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    MetricsSnapshot s = runningWeek();
    s.toDate.reset();
    model.setSnapshot(s);
    CHECK_FALSE(cell(model, "attendedAppointments", KpiModel::ChangeIsToDateRole).toBool());
    CHECK(cell(model, "attendedAppointments", KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("\u25BC 49.0% vs previous period"));
}

TEST_CASE("a running month and a custom range name their comparison")
{
    routiq::test::ensureGuiApp();
    KpiModel model;
    MetricsSnapshot s = runningWeek();
    s.request.period = MetricsRequest::Period::Month;
    model.setSnapshot(s);
    CHECK(cell(model, "attendedAppointments", KpiModel::FormattedChangeRole)
              .toString()
              .endsWith(QStringLiteral("vs the same days last month")));
    s.request.period.reset();
    s.request.startDate = QDate(2026, 11, 30);
    s.request.endDate = QDate(2026, 12, 6);
    model.setSnapshot(s);
    CHECK(cell(model, "attendedAppointments", KpiModel::FormattedChangeRole)
              .toString()
              .endsWith(QStringLiteral("vs the same days of the previous period")));
}
