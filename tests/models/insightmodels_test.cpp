// The models behind issue 13's windows, from hand-made service results: what each cell says,
// how it sorts and what its CSV holds.
#include "forwardbookingsmodel.h"
#include "kpimodel.h"
#include "lapsedcountmodel.h"
#include "lapsedlistmodel.h"
#include "practitionertablemodel.h"
#include "tablecsvexporter.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTimeZone>

using namespace routiq;

namespace {
LapsedList sampleLapsed()
{
    LapsedList list;
    list.asOf = QDate(2026, 12, 1);
    list.patients = {{101, QDate(2026, 11, 10), 21, 7, 1, 4, 0},
                     {102, QDate(2026, 9, 1), 91, 8, 1, 12, 3},
                     {103, QDate(2026, 6, 4), 180, 7, 2, 1, 1}};
    return list;
}

PatientContacts sampleContacts()
{
    return {{101, {QStringLiteral("Ada Lovelace"), QStringLiteral("0400 111 222")}},
            {102, {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("0400 333 444")}}};
}
} // namespace

TEST_CASE("the lapsed list shows names, phones, practitioner names and the year's visits")
{
    routiq::test::ensureGuiApp();
    LapsedListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setList(sampleLapsed(), sampleContacts());
    model.setPractitionerNames({{7, QStringLiteral("Dr Seven")}, {8, QStringLiteral("Dr Eight")}});
    REQUIRE(model.rowCount() == 3);
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(text(0, LapsedListModel::NameColumn) == QStringLiteral("Ada Lovelace"));
    CHECK(text(0, LapsedListModel::PhoneColumn) == QStringLiteral("0400 111 222"));
    CHECK(text(0, LapsedListModel::DaysSinceColumn) == QStringLiteral("21"));
    CHECK(text(0, LapsedListModel::PractitionerColumn) == QStringLiteral("Dr Seven"));
    CHECK(text(1, LapsedListModel::AttendedColumn) == QStringLiteral("12"));
    CHECK(text(1, LapsedListModel::MissedColumn) == QStringLiteral("3"));
    // A patient whose name is not cached (purged): the PMS id, never an empty cell.
    CHECK(text(2, LapsedListModel::NameColumn).contains(QStringLiteral("103")));
    CHECK(text(2, LapsedListModel::LastVisitColumn) ==
          QLocale().toString(QDate(2026, 6, 4), QLocale::ShortFormat));

    // Notes fill the last two columns.
    ContactNote note;
    note.contactedOn = QDate(2026, 11, 30);
    note.outcome = QStringLiteral("Left a message");
    note.notedBy = QStringLiteral("sam");
    note.notedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    model.setNotes({{102, note}});
    CHECK(text(1, LapsedListModel::OutcomeColumn) == QStringLiteral("Left a message"));
    CHECK(text(0, LapsedListModel::OutcomeColumn).isEmpty());

    // Sorting by days since or last visit sorts by the number and the date, not the text.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(LapsedListModel::DaysSinceColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, LapsedListModel::DaysSinceColumn).data().toString() ==
          QStringLiteral("180"));
    proxy.sort(LapsedListModel::LastVisitColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, LapsedListModel::PhoneColumn).data().toString().isEmpty()); // 103
    CHECK(proxy.index(2, LapsedListModel::NameColumn).data().toString() ==
          QStringLiteral("Ada Lovelace"));

    // CSV: ISO dates, plain numbers, and a name that looks like a formula is defused.
    const QByteArray csv = TableCsvExporter::toCsv(model);
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(lines.at(0) == "name,phone,lastVisit,daysSince,lastPractitioner,attendedLast365,"
                         "missedLast365,contactedOn,outcome");
    CHECK(lines.at(1) == "Ada Lovelace,0400 111 222,2026-11-10,21,Dr Seven,4,0,,");
    CHECK(lines.at(2) ==
          "\"'=HYPERLINK(\"\"x\"\")\",0400 333 444,2026-09-01,91,Dr Eight,12,3,2026-11-30,"
          "Left a message");
}

TEST_CASE("a live refresh of the same patients keeps the rows, a changed list resets them")
{
    routiq::test::ensureGuiApp();
    LapsedListModel model;
    model.setList(sampleLapsed(), sampleContacts());
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    LapsedList same = sampleLapsed();
    same.patients[0].attendedLast365 = 5;
    model.setList(same, sampleContacts());
    CHECK(resets == 0);
    CHECK(model.index(0, LapsedListModel::AttendedColumn).data().toString() == QStringLiteral("5"));
    LapsedList fewer = sampleLapsed();
    fewer.patients.removeFirst();
    model.setList(fewer, sampleContacts());
    CHECK(resets == 1);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("the dropped-off card shows the count and the window it counts")
{
    routiq::test::ensureGuiApp();
    LapsedCountModel model;
    const QModelIndex i = model.index(0);
    CHECK(i.data(KpiModel::FormattedValueRole).toString() == QStringLiteral("\u2014"));
    model.setCount(23, QDate(2026, 12, 1), LapsedQuery());
    CHECK(i.data(Qt::DisplayRole).toString() == QStringLiteral("Dropped off"));
    CHECK(i.data(KpiModel::FormattedValueRole).toString() == QStringLiteral("23"));
    CHECK(i.data(KpiModel::FormattedChangeRole).toString().contains(QStringLiteral("21")));
    CHECK(i.data(KpiModel::FormattedChangeRole).toString().contains(QStringLiteral("180")));
    CHECK(i.data(KpiModel::KeyRole).toString() == LapsedCountModel::key());
    model.setUnavailable(QStringLiteral("Choose one clinic"));
    CHECK(i.data(KpiModel::FormattedValueRole).toString() == QStringLiteral("\u2014"));
    CHECK(i.data(KpiModel::FormattedChangeRole).toString() == QStringLiteral("Choose one clinic"));
}

TEST_CASE("practitioners side by side: each figure with its change, sortable, in CSV")
{
    routiq::test::ensureGuiApp();
    PractitionerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PractitionerTable table;
    table.range = {QDate(2026, 11, 23), QDate(2026, 11, 29), QDate(2026, 11, 16),
                   QDate(2026, 11, 22)};
    PractitionerMetrics a;
    a.practitionerId = 7;
    a.current.totalBookings = 40;
    a.current.totalBookingsChange = 25.0;
    a.previous.totalBookings = 32;
    a.current.missedAppointments = 2;
    a.previous.missedAppointments = 4;
    a.current.missedAppointmentsPercentage = 5.0;
    a.previous.missedAppointmentsPercentage = 12.5;
    a.current.patientVisitAverage = std::nullopt;
    PractitionerMetrics b;
    b.practitionerId = 8;
    b.current.totalBookings = 10;
    b.previous.totalBookings = 0; // no previous bookings: no change
    b.current.missedAppointments = 3;
    b.current.patientVisitAverage = 2.5;
    table.rows = {a, b};
    model.setTable(table);
    model.setPractitionerNames({{7, QStringLiteral("Dr Seven")}});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 1 + KpiModel().rowCount());
    const auto columnOf = [&](const char *key) {
        for (int f = 0; f < model.figureCount(); ++f)
            if (model.figureKey(f) == QLatin1String(key))
                return f + 1;
        FAIL("no column for " << key);
        return -1;
    };
    const int total = columnOf("totalBookings");
    const int missed = columnOf("missedAppointments");
    const int missedRate = columnOf("missedAppointmentsPercentage");
    const int pva = columnOf("patientVisitAverage");

    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Dr Seven"));
    CHECK(model.index(1, 0).data().toString().contains(QStringLiteral("8"))); // unnamed
    CHECK(model.index(0, total).data().toString() == QStringLiteral("40\n\u25B2 25.0%"));
    CHECK(model.index(0, missed).data().toString() == QStringLiteral("2\n\u25BC 50.0%"));
    CHECK(model.index(0, missed).data(PractitionerTableModel::ToneRole).toInt() == 1);
    CHECK(model.index(0, missedRate).data().toString() == QStringLiteral("5.0%\n\u25BC 7.5 pts"));
    CHECK(model.index(1, total).data().toString() == QStringLiteral("10"));
    CHECK(model.index(0, pva).data().toString() == QStringLiteral("\u2014"));
    CHECK(model.index(0, 0).data(PractitionerTableModel::PractitionerIdRole).value<RecordId>() ==
          7);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(missed, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data().toString().contains(QStringLiteral("8")));
    proxy.sort(pva, Qt::DescendingOrder); // a null figure sorts below every number
    CHECK(proxy.index(1, 0).data().toString() == QStringLiteral("Dr Seven"));

    const QList<QByteArray> lines = model.toCsv().split('\n');
    CHECK(lines.at(0).startsWith("practitionerId,practitioner,totalBookings,"
                                 "totalBookingsPrevious,totalBookingsChange,"));
    CHECK(lines.at(1).startsWith("7,Dr Seven,40,32,25,"));
    CHECK(lines.at(2).startsWith("8,Practitioner 8,10,0,,"));
}

TEST_CASE("forward bookings: a row per practitioner and a total per week, hours and utilisation")
{
    routiq::test::ensureGuiApp();
    ForwardBookingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ForwardBookings f;
    f.asOf = QDate(2026, 12, 2);
    ForwardWeek w1;
    w1.weekStart = QDate(2026, 11, 30);
    w1.practitioners = {{7, 12, 540, 2400, 22.5}, {8, 3, 90, std::nullopt, std::nullopt}};
    w1.total = {0, 15, 630, 2400, 26.3};
    ForwardWeek w2;
    w2.weekStart = QDate(2026, 12, 7);
    w2.practitioners = {{7, 0, 0, 2400, 0.0}};
    w2.total = {0, 0, 0, 2400, 0.0};
    f.weeks = {w1, w2};
    model.setForward(f);
    model.setPractitionerNames({{7, QStringLiteral("Dr Seven")}, {8, QStringLiteral("Dr Eight")}});
    REQUIRE(model.rowCount() == 5); // 2 + total, 1 + total
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    const QLocale l;
    CHECK(text(0, ForwardBookingsModel::PractitionerColumn) == QStringLiteral("Dr Seven"));
    CHECK(text(0, ForwardBookingsModel::BookingsColumn) == QStringLiteral("12"));
    CHECK(text(0, ForwardBookingsModel::BookedHoursColumn) ==
          QStringLiteral("%1 h").arg(l.toString(9.0, 'f', 1)));
    CHECK(text(0, ForwardBookingsModel::CapacityColumn) ==
          QStringLiteral("%1 h").arg(l.toString(40.0, 'f', 1)));
    CHECK(text(0, ForwardBookingsModel::UtilisationColumn) ==
          QStringLiteral("%1%").arg(l.toString(22.5, 'f', 1)));
    CHECK(text(1, ForwardBookingsModel::UtilisationColumn) == QStringLiteral("set working hours"));
    CHECK(text(1, ForwardBookingsModel::CapacityColumn) == QStringLiteral("\u2014"));
    CHECK(model.index(2, 0).data(ForwardBookingsModel::IsTotalRole).toBool());
    CHECK(text(2, ForwardBookingsModel::PractitionerColumn) == QStringLiteral("All practitioners"));
    CHECK(text(2, ForwardBookingsModel::BookedHoursColumn) ==
          QStringLiteral("%1 h").arg(l.toString(10.5, 'f', 1)));
    CHECK(text(3, ForwardBookingsModel::WeekColumn)
              .contains(l.toString(QDate(2026, 12, 7), QStringLiteral("d MMM"))));
    CHECK(model.missingHours());
    // Dr Eight has no hours: the clinic utilisation from the sums would overstate.
    CHECK(text(2, ForwardBookingsModel::UtilisationColumn) == QStringLiteral("not all hours set"));
    CHECK(text(4, ForwardBookingsModel::UtilisationColumn) ==
          QStringLiteral("%1%").arg(l.toString(0.0, 'f', 1)));

    const QList<QByteArray> lines = TableCsvExporter::toCsv(model).split('\n');
    CHECK(lines.at(0) ==
          "weekStart,practitioner,bookings,bookedMinutes,capacityMinutes,utilisation");
    CHECK(lines.at(1) == "2026-11-30,Dr Seven,12,540,2400,22.5");
    CHECK(lines.at(2) == "2026-11-30,Dr Eight,3,90,,");
    CHECK(lines.at(3) == "2026-11-30,total,15,630,2400,26.3");
}
