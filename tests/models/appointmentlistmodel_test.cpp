#include "appointmentlistmodel.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

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
    const QList<AppointmentRow> rows = AppointmentListModel::rowsFrom({row});
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).date == QDate(2026, 11, 3));
    CHECK(rows.at(0).time == QTime(9, 45));
    CHECK(rows.at(0).patient.isEmpty());
    CHECK(rows.at(0).status == QStringLiteral("Missed"));
}
