#include "appointmentlistmodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace routiq;

TEST_CASE("the drill-down list shows date, time, practitioner, patient and status per row")
{
    routiq::test::ensureGuiApp();
    AppointmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{QDate(2026, 11, 3), QTime(9, 30), QStringLiteral("Dr Lee"),
                    QStringLiteral("Pat Example"), QStringLiteral("Missed")},
                   {QDate(2026, 11, 4), QTime(14, 0), QStringLiteral("Dr Ng"), QString(),
                    QStringLiteral("Booked")}});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 5);
    CHECK(model.index(0, AppointmentListModel::PractitionerColumn).data().toString() ==
          QStringLiteral("Dr Lee"));
    CHECK(model.index(0, AppointmentListModel::DateColumn).data(Qt::EditRole).toDate() ==
          QDate(2026, 11, 3));
    CHECK(model.index(1, AppointmentListModel::PatientColumn).data().toString() ==
          QStringLiteral("(hidden)"));
    CHECK(model.headerData(AppointmentListModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole) ==
          QStringLiteral("Status"));
}

TEST_CASE("cache drill-down rows convert to list rows with translated status words")
{
    routiq::test::ensureGuiApp();
    AppointmentListRow row;
    row.localDate = QDate(2026, 11, 3);
    row.localHour = 9;
    row.startsAtUtc = QDateTime(QDate(2026, 11, 2), QTime(22, 45), Qt::UTC);
    row.practitionerName = QStringLiteral("Dr Lee");
    row.status = AppointmentStatus::Missed;
    // No zone known for the location: the stored local hour with the minutes of the start.
    const AppointmentRow plain = AppointmentListModel::rowFrom(row, QTimeZone());
    CHECK(plain.date == QDate(2026, 11, 3));
    CHECK(plain.time == QTime(9, 45));
    CHECK(plain.patient.isEmpty());
    CHECK(plain.status == QStringLiteral("Missed"));
    // Sydney in November is UTC+11: 22:45 UTC is 09:45 local.
    CHECK(AppointmentListModel::rowFrom(row, QTimeZone("Australia/Sydney")).time == QTime(9, 45));
}

TEST_CASE("a drill-down row in a half-hour zone shows its local minutes, not the UTC ones")
{
    routiq::test::ensureGuiApp();
    AppointmentListRow row;
    row.localDate = QDate(2026, 11, 3);
    row.localHour = 9;
    // Adelaide in November is UTC+10:30: 22:45 UTC is 09:15 local (the UTC minutes would say :45).
    row.startsAtUtc = QDateTime(QDate(2026, 11, 2), QTime(22, 45), Qt::UTC);
    row.status = AppointmentStatus::Attended;
    const AppointmentRow shown =
        AppointmentListModel::rowFrom(row, QTimeZone("Australia/Adelaide"));
    CHECK(shown.time == QTime(9, 15));
    CHECK_FALSE(shown.status.isEmpty());
}
