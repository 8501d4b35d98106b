#include "dashboardfilters.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>

using namespace routiq;

namespace {
MetricsRequest lastRequest(const QSignalSpy &spy)
{
    return spy.last().at(0).value<MetricsRequest>();
}
} // namespace

TEST_CASE("switching the period emits the matching request")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.setClinics({{QStringLiteral("north-clinic"), QStringLiteral("North Clinic")},
                       {QStringLiteral("south-clinic"), QStringLiteral("South Clinic")}});
    DashboardFilters *filters = window.filters();
    filters->setToday(QDate(2026, 11, 25)); // a Wednesday
    QSignalSpy spy(&window, &MainWindow::requestChanged);

    filters->periodBox()->setCurrentIndex(1); // This month
    REQUIRE(spy.count() == 1);
    MetricsRequest r = lastRequest(spy);
    CHECK(r.period == MetricsRequest::Period::Month);
    CHECK_FALSE(r.startDate.isValid()); // the engine resolves "this month" in the clinic's zone
    CHECK(r.clinicId == QStringLiteral("north-clinic"));
    CHECK(filters->fromEdit()->date() == QDate(2026, 11, 1));
    CHECK_FALSE(filters->fromEdit()->isEnabled());

    filters->periodBox()->setCurrentIndex(2); // Previous week
    r = lastRequest(spy);
    CHECK(r.period == MetricsRequest::Period::Week);
    CHECK(r.startDate == QDate(2026, 11, 16));
    CHECK(r.endDate == QDate(2026, 11, 22));

    filters->periodBox()->setCurrentIndex(3); // Previous month
    r = lastRequest(spy);
    CHECK(r.period == MetricsRequest::Period::Month);
    CHECK(r.startDate == QDate(2026, 10, 1));
    CHECK(r.endDate == QDate(2026, 10, 31));

    filters->periodBox()->setCurrentIndex(0); // This week
    r = lastRequest(spy);
    CHECK(r.period == MetricsRequest::Period::Week);
    CHECK_FALSE(r.endDate.isValid());
    CHECK(spy.count() == 4);
}

TEST_CASE("a custom range sends its dates and no period")
{
    routiq::test::ensureUiApp();
    DashboardFilters filters;
    filters.setToday(QDate(2026, 11, 25));
    QSignalSpy spy(&filters, &DashboardFilters::requestChanged);
    filters.setCustomRange(QDate(2026, 9, 3), QDate(2026, 9, 17));
    REQUIRE(spy.count() >= 1);
    MetricsRequest r = lastRequest(spy);
    CHECK_FALSE(r.period.has_value());
    CHECK(r.startDate == QDate(2026, 9, 3));
    CHECK(r.endDate == QDate(2026, 9, 17));
    CHECK(filters.fromEdit()->isEnabled());

    // Picking a later end date with the date picker is a new request.
    filters.toEdit()->setDate(QDate(2026, 9, 20));
    r = lastRequest(spy);
    CHECK(r.endDate == QDate(2026, 9, 20));
}

TEST_CASE("location and practitioner filters narrow the request and refilling them is silent")
{
    routiq::test::ensureUiApp();
    DashboardFilters filters;
    filters.setClinics({{QStringLiteral("north-clinic"), QStringLiteral("North Clinic")}}, true);
    CHECK(filters.clinicBox()->count() == 2);
    CHECK(filters.clinicBox()->itemText(0) == QStringLiteral("All clinics"));
    QSignalSpy spy(&filters, &DashboardFilters::requestChanged);
    filters.setFilterChoices({{11, QStringLiteral("Carlton")}, {12, QStringLiteral("Fitzroy")}},
                             {{501, QStringLiteral("Dr Lee")}});
    CHECK(spy.count() == 0);
    CHECK(filters.locationBox()->count() == 3);

    filters.locationBox()->setCurrentIndex(2);
    REQUIRE(spy.count() == 1);
    CHECK(lastRequest(spy).locationId == RecordId(12));
    CHECK_FALSE(lastRequest(spy).practitionerId.has_value());
    CHECK(lastRequest(spy).clinicId.isEmpty()); // "All clinics"

    filters.practitionerBox()->setCurrentIndex(1);
    CHECK(lastRequest(spy).practitionerId == RecordId(501));

    // The same choices again keep the selection and say nothing.
    filters.setFilterChoices({{11, QStringLiteral("Carlton")}, {12, QStringLiteral("Fitzroy")}},
                             {{501, QStringLiteral("Dr Lee")}});
    CHECK(spy.count() == 2);
    CHECK(filters.request().locationId == RecordId(12));
}
