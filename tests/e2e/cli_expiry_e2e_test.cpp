// `routiq-cli user add --expires DAY`: the account ends at midnight after DAY in its clinic's
// zone (the connection's --time-zone before a first sync, the cached locations' after).
#include "e2etestsupport.h"
#include "testapp.h"

#include "simulator/clinikosimulator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace routiq;

TEST_CASE("user add --expires ends the account at midnight in its clinic's zone, not UTC")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(5, 20));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    // Again with a zone of its own (the key file addClinic wrote is reused). Not synced yet,
    // so that zone is the clinic's.
    QString out, err;
    REQUIRE(admin.run({QStringLiteral("clinic"), QStringLiteral("remove"), QStringLiteral("--id"),
                       QStringLiteral("north")}) == 0);
    const QFileInfo data(admin.dataDir);
    const QString keyFile =
        data.absoluteDir().filePath(data.fileName() + QStringLiteral("-north.key"));
    REQUIRE(admin.run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"),
                       QStringLiteral("north"), QStringLiteral("--name"), QStringLiteral("North"),
                       QStringLiteral("--pms"), QStringLiteral("cliniko"),
                       QStringLiteral("--api-key-file"), keyFile, QStringLiteral("--base-url"),
                       sim.baseUrl().toString(), QStringLiteral("--contact-email"),
                       QStringLiteral("t@routiq.invalid"), QStringLiteral("--time-zone"),
                       QStringLiteral("Australia/Sydney")},
                      &out, &err) == 0);
    admin.newPasswordFile =
        admin.writePasswordFile(QStringLiteral("locum"), QStringLiteral("locum password 1"));
    REQUIRE(admin.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("locum"), QStringLiteral("--role"), QStringLiteral("staff"),
                       QStringLiteral("--clinic"), QStringLiteral("north"),
                       QStringLiteral("--expires"), QStringLiteral("2026-12-24")},
                      &out, &err) == 0);
    INFO(err.toStdString());
    // 00:00 on the 25th in Sydney (UTC+11), not 00:00 UTC (11:00 there).
    CHECK(out.contains(QStringLiteral("until 2026-12-24 13:00 UTC")));
    // The list shows the end, as the server's does.
    REQUIRE(admin.run({QStringLiteral("user"), QStringLiteral("list")}, &out, &err) == 0);
    const bool over =
        QDateTime::currentDateTimeUtc() >= QDateTime(QDate(2026, 12, 24), QTime(13, 0), Qt::UTC);
    CHECK(out.contains(
        QRegularExpression(QStringLiteral("^locum +staff +%1 +north  until 2026-12-24 13:00 UTC$")
                               .arg(over ? QStringLiteral("expired") : QStringLiteral("active")),
                           QRegularExpression::MultilineOption)));
}
