#include "testapp.h"
#include "trendscsvexporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace routiq;

TEST_CASE("the trends CSV holds exactly the snapshot's daily figures")
{
    routiq::test::ensureCoreApp();
    QList<DailyTrend> trends;
    for (int i = 0; i < 30; ++i)
        trends.append({QDate(2026, 11, 1).addDays(i), 20 + i, i % 4, (i * 7) % 5});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trends.csv"));
    QString error;
    REQUIRE(TrendsCsvExporter::write(path, trends, &error));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    REQUIRE(lines.size() == 32); // header, 30 days, trailing empty
    CHECK(lines.at(0) == QByteArray("date,bookings,missed,cancelled"));
    for (int i = 0; i < 30; ++i) {
        const QList<QByteArray> cells = lines.at(i + 1).split(',');
        REQUIRE(cells.size() == 4);
        CHECK(QDate::fromString(QString::fromLatin1(cells.at(0)), Qt::ISODate) ==
              trends.at(i).date);
        CHECK(cells.at(1).toInt() == trends.at(i).bookings);
        CHECK(cells.at(2).toInt() == trends.at(i).missed);
        CHECK(cells.at(3).toInt() == trends.at(i).cancelled);
    }
    CHECK(lines.last().isEmpty());
}

TEST_CASE("a CSV export to an unwritable place fails with a reason")
{
    routiq::test::ensureCoreApp();
    QString error;
    CHECK_FALSE(
        TrendsCsvExporter::write(QStringLiteral("/nonexistent-dir/x/trends.csv"), {}, &error));
    CHECK_FALSE(error.isEmpty());
}
