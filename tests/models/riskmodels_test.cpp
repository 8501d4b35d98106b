#include "kpimodel.h"
#include "noshowfixture.h"
#include "noshowkpimodel.h"
#include "riskcountsmodel.h"
#include "risklistmodel.h"
#include "risktext.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace routiq;
using namespace routiq::test;

TEST_CASE("the read-only counts give each practitioner's upcoming bookings per risk band and "
          "name no patient")
{
    ensureGuiApp();
    RiskCountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setZones(boardZones());
    model.setPractitionerNames(
        {{10, QStringLiteral("Dr Alex Lee")}, {11, QStringLiteral("Dr Sam Ng")}});
    model.setDay(boardToday());
    model.setSnapshot(boardSnapshot());
    REQUIRE(model.rowCount() == 3); // Lee, Ng, all
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Dr Alex Lee"));
    CHECK(model.counts(10) == std::array<int, 3>{1, 1, 1});
    CHECK(model.counts(11) == std::array<int, 3>{1, 0, 1});
    CHECK(model.index(2, RiskCountsModel::TotalColumn).data().toString() == QStringLiteral("5"));
    CHECK(model.index(2, RiskCountsModel::HighColumn).data(Qt::EditRole).toInt() == 2);
    model.setDay(boardToday().addDays(1));
    CHECK(model.counts(0) == std::array<int, 3>{1, 0, 2});
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            CHECK_FALSE(model.index(r, c).data().toString().contains(QStringLiteral("Wilhelmina")));
    model.setSnapshot(notReadySnapshot());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the risk drill-down lists the bookings the expected no-shows figure sums, highest "
          "risk first, with reasons")
{
    ensureGuiApp();
    NoShowKpiModel kpi;
    QAbstractItemModelTester kpiTester(&kpi, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const NoShowSnapshot snapshot = boardSnapshot();
    kpi.setSnapshot(snapshot);
    const QModelIndex card = kpi.index(0);
    CHECK(card.data().toString() == QStringLiteral("Expected no-shows (next 7 days)"));
    CHECK(card.data(KpiModel::ValueRole).toDouble() == Approx(1.85));
    CHECK(card.data(KpiModel::FormattedValueRole).toString() ==
          RiskText::expectedCount(kpi.value().value()));
    CHECK(card.data(KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("Bookings counted: 8"));
    CHECK(card.data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral(
                  "The sum of the no-show risks of the bookings that start in the next 7 days")));

    RiskListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto entries = RiskListModel::join(boardRows(), snapshot, kpi.untilUtc(), boardZones());
    list.setEntries(entries, snapshot, RiskBands{});
    REQUIRE(list.rowCount() == 8);
    CHECK(list.totalRisk() == Approx(kpi.value().value()));
    // 1.85 summed in start order and in risk order: both round to the same figure.
    CHECK(RiskText::expectedCount(list.totalRisk()) == RiskText::expectedCount(*kpi.value()));
    CHECK(RiskText::expectedCount(1.85) == QStringLiteral("1.9"));
    CHECK(list.index(0, RiskListModel::RiskColumn).data().toString() ==
          QStringLiteral("High \u00b7 41%"));
    CHECK(list.index(0, 0).data(RiskListModel::AppointmentIdRole).toLongLong() == 11);
    for (int r = 1; r < list.rowCount(); ++r)
        CHECK(list.index(r, 0).data(RiskListModel::RiskRole).toDouble() <=
              list.index(r - 1, 0).data(RiskListModel::RiskRole).toDouble());
    CHECK(list.index(0, RiskListModel::PatientColumn).data().toString() == boardPatient(1));
    CHECK(list.index(0, RiskListModel::ReasonsColumn).data().toString() ==
          QStringLiteral("early-morning slot: +8 pts; missed 3 of the last 6: +21 pts"));

    // Bookings past the 7 days are not in the figure, nor in its list.
    NoShowSnapshot later = snapshot;
    later.bookings.last().startsAtUtc = snapshot.generatedAt.addDays(8);
    const auto fewer = RiskListModel::join(boardRows(), later, kpi.untilUtc(), boardZones());
    CHECK(fewer.size() == 7);

    kpi.setSnapshot(notReadySnapshot());
    CHECK(kpi.index(0).data(KpiModel::FormattedValueRole).toString() == QStringLiteral("\u2014"));
    CHECK(kpi.index(0).data(KpiModel::FormattedChangeRole).toString() ==
          QStringLiteral("Not enough history yet: needs 300 marked bookings (has 120)"));
}
