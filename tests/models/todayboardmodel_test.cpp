#include "noshowfixture.h"
#include "risktext.h"
#include "testapp.h"
#include "todayboardmodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace routiq;
using namespace routiq::test;

namespace {

struct Board
{
    TodayBoardModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Board()
    {
        ensureCoreApp();
        model.setZones(boardZones());
        model.setNow(boardNowUtc());
        model.setDay(boardToday());
        model.setRows(boardRows());
        model.setSnapshot(boardSnapshot());
    }

    QModelIndex section(const QString &name) const
    {
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.index(i, 0).data().toString() == name)
                return model.index(i, 0);
        return {};
    }
    // The children of a section as "time | patient | status | risk" lines.
    QStringList lines(const QModelIndex &section) const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(section); ++r) {
            QStringList cells;
            for (int c = 0; c < TodayBoardModel::ColumnCount; ++c)
                cells << model.index(r, c, section).data().toString();
            out << cells.join(QStringLiteral(" | "));
        }
        return out;
    }
};

QString t(int h, int m)
{
    return shortTimeText(QTime(h, m));
}

} // namespace

TEST_CASE("the board lists each practitioner's day in start order with live status, gaps and "
          "risk")
{
    ensureGuiApp();
    Board b;
    REQUIRE(b.model.rowCount() == 2);
    CHECK(b.model.index(0, 0).data().toString() == QStringLiteral("Dr Alex Lee")); // by name
    const QModelIndex lee = b.section(QStringLiteral("Dr Alex Lee"));
    const QStringList lines = b.lines(lee);
    // 1 arrived, 2 DNA, the gap, 3 late cancellation (inside the gap), 4, gap, 5, 6.
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].startsWith(t(9, 0) + QStringLiteral("\u2013") + t(9, 30)));
    CHECK(lines[0].contains(QStringLiteral("| Arrived |")));
    CHECK(lines[1].contains(QStringLiteral("| DNA |")));
    CHECK(lines[2] ==
          t(10, 0) + QStringLiteral("\u2013") + t(11, 0) + QStringLiteral(" | Free: 60 min |  | "));
    CHECK(lines[3].contains(QStringLiteral("| Late cancellation |")));
    CHECK(lines[4].contains(QStringLiteral("| Booked | High \u00b7 34%")));
    CHECK(lines[5].contains(QStringLiteral("Free: 75 min")));
    CHECK(lines[6].endsWith(QStringLiteral("Elevated \u00b7 18%")));
    CHECK(lines[7].endsWith(QStringLiteral("Low \u00b7 5%")));
    CHECK(lee.siblingAtColumn(TodayBoardModel::PatientColumn).data().toString() ==
          QStringLiteral("Bookings: 5 \u00b7 gaps: 2 \u00b7 high risk: 1"));
    CHECK(b.model.index(3, TodayBoardModel::StatusColumn, lee)
              .data(TodayBoardModel::LateCancellationRole)
              .toBool());
}

TEST_CASE("gaps are measured from the end of the busy stretch to the next booking, cancelled "
          "refill count as free and short breaks are not gaps")
{
    ensureGuiApp();
    Board b;
    QList<TodayBoardModel::Gap> gaps = b.model.gaps();
    // Lee: 10:00-11:00 and 11:45-13:00. Ng: 10:00-10:30 (after 9:00-10:00); 10:30-11:15 is
    // busy until 11:15, then 11:15-12:00; the 14:00 slot is cancelled: nothing after.
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].from == QTime(10, 0));
    CHECK(gaps[0].to == QTime(11, 0));
    CHECK(gaps[1].from == QTime(11, 45));
    CHECK(gaps[1].minutes() == 75);
    CHECK(gaps[2].practitionerId == 11);
    CHECK(gaps[2].from == QTime(10, 0));
    CHECK(gaps[2].minutes() == 30);

    b.model.setMinimumGapMinutes(45);
    gaps = b.model.gaps();
    CHECK(gaps.size() == 2);

    // Overlapping bookings: the busy stretch runs to the later end; a booking without an end
    // leaves the following gap unknown.
    using S = AppointmentStatus;
    const QDate d = boardToday();
    b.model.setMinimumGapMinutes(15);
    b.model.setRows({boardRow(1, 10, d, QTime(9, 0), 120, S::Booked, {}),
                     boardRow(2, 10, d, QTime(9, 30), 30, S::Booked, {}),
                     boardRow(3, 10, d, QTime(11, 30), 0, S::Booked, {}),
                     boardRow(4, 10, d, QTime(13, 0), 30, S::Booked, {}),
                     boardRow(5, 10, d, QTime(14, 0), 30, S::Booked, {})});
    gaps = b.model.gaps();
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].from == QTime(11, 0));
    CHECK(gaps[0].to == QTime(11, 30));
    CHECK(gaps[1].from == QTime(13, 30));
    CHECK(gaps[1].to == QTime(14, 0));
}

TEST_CASE("the risk tooltip gives the band, the probability, the base rate and every reason in "
          "points")
{
    ensureGuiApp();
    Board b;
    const QModelIndex booking = b.model.indexOfAppointment(4);
    REQUIRE(booking.isValid());
    const QString tip =
        booking.siblingAtColumn(TodayBoardModel::RiskColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("High risk of not arriving: 34%")));
    CHECK(tip.contains(QStringLiteral("Clinic base rate 12%")));
    CHECK(tip.contains(QStringLiteral("booked 41 days ahead: +6 pts")));
    CHECK(tip.contains(QStringLiteral("missed 2 of the last 5: +9 pts")));
    CHECK(tip.contains(QStringLiteral("first visit: +3 pts")));
    CHECK(RiskText::points(-7) == QStringLiteral("\u22127 pts"));
    CHECK(RiskText::points(0.4) == QStringLiteral("+0.4 pts"));
    CHECK(booking.data(TodayBoardModel::RiskBandRole).toInt() == int(RiskBand::High));

    // Thresholds are settings: raising "high" to 0.35 makes the same booking elevated.
    b.model.setBands({0.15, 0.35});
    CHECK(b.model.indexOfAppointment(4)
              .siblingAtColumn(TodayBoardModel::RiskColumn)
              .data()
              .toString() == QStringLiteral("Elevated \u00b7 34%"));
}

TEST_CASE("late cancellations of the day still ahead are the refill to refill")
{
    ensureGuiApp();
    Board b;
    b.model.setNow(QDateTime(boardToday(), QTime(8, 0), melbourne()).toUTC());
    QList<TodayBoardModel::RefillSlot> refill = b.model.refillSlots();
    REQUIRE(refill.size() == 1); // 9 was cancelled two days ahead: not late
    CHECK(refill[0].appointmentId == 3);
    CHECK(refill[0].practitioner == QStringLiteral("Dr Alex Lee"));
    CHECK(refill[0].from == QTime(10, 0));
    CHECK(refill[0].to == QTime(10, 30));
    b.model.setNow(boardNowUtc()); // 10:40: that slot has passed
    b.model.setDay(boardToday().addDays(-1));
    b.model.setDay(boardToday());
    CHECK(b.model.refillSlots().isEmpty());
}

TEST_CASE("the day switch shows tomorrow's bookings and a model without enough history shows "
          "why instead of a number")
{
    ensureGuiApp();
    Board b;
    b.model.setDay(boardToday().addDays(1));
    REQUIRE(b.model.rowCount() == 2);
    CHECK(b.model.bookingCount() == 3);
    CHECK(b.model.indexOfAppointment(11).siblingAtColumn(TodayBoardModel::RiskColumn).data() ==
          QStringLiteral("High \u00b7 41%"));

    b.model.setSnapshot(notReadySnapshot());
    const QModelIndex risk =
        b.model.indexOfAppointment(11).siblingAtColumn(TodayBoardModel::RiskColumn);
    CHECK(risk.data().toString() == QStringLiteral("\u2014"));
    CHECK(risk.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Not enough history yet: needs 300 marked bookings (has 120)"));
    CHECK_FALSE(risk.data(TodayBoardModel::RiskRole).isValid());
}
