// `routiq-cli metrics --clinic all`: the group's figures from a Cliniko and a Nookal clinic, equal
// to the per-clinic figures combined, limited to the clinics the account may see.
#include "e2etestsupport.h"
#include "testapp.h"

#include "simulator/clinikosimulator.h"
#include "simulator/nookalsimulator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace routiq;

namespace {

QJsonObject metrics(const test::Cli &cli, const QString &clinic)
{
    QString out, err;
    const int code = cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), clinic,
                              QStringLiteral("--start"), QStringLiteral("2026-09-01"),
                              QStringLiteral("--end"), QDate::currentDate().toString(Qt::ISODate)},
                             &out, &err);
    INFO(err.toStdString());
    REQUIRE(code == 0);
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

int field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toInt(-1);
}

} // namespace

TEST_CASE("metrics --clinic all combines a Cliniko and a Nookal clinic and shows each, and a "
          "restricted account's roll-up holds only its clinics")
{
    test::ensureCoreApp();
    ClinikoSimulator cliniko(test::smallClinic(60, 150));
    cliniko.setRateLimitEnabled(false);
    NookalSimulator nookal(test::smallClinic(60, 150, 9001));
    REQUIRE(cliniko.start());
    REQUIRE(nookal.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("physio"), QStringLiteral("cliniko"), cliniko.baseUrl(),
                            cliniko.apiKey()));
    REQUIRE(admin.addClinic(QStringLiteral("chiro"), QStringLiteral("nookal"), nookal.baseUrl(),
                            nookal.apiKey()));
    REQUIRE(admin.run({QStringLiteral("sync"), QStringLiteral("--clinic"),
                       QStringLiteral("physio")}) == 0);
    REQUIRE(admin.run({QStringLiteral("sync"), QStringLiteral("--clinic"),
                       QStringLiteral("chiro")}) == 0);

    const QJsonObject physio = metrics(admin, QStringLiteral("physio"));
    const QJsonObject chiro = metrics(admin, QStringLiteral("chiro"));
    const QJsonObject all = metrics(admin, QStringLiteral("all"));
    REQUIRE(field(physio, "totalBookings") > 0);
    REQUIRE(field(chiro, "totalBookings") > 0);
    for (const char *count :
         {"totalBookings", "activePatients", "newPatients", "missedAppointments", "cancellations",
          "lateCancellations", "attendedAppointments", "rebookedAppointments"}) {
        INFO(count);
        CHECK(field(all, count) == field(physio, count) + field(chiro, count));
    }
    CHECK(all.value(QStringLiteral("request")).toObject().value(QStringLiteral("clinicId")) ==
          QStringLiteral("all"));
    const QJsonArray clinics = all.value(QStringLiteral("clinics")).toArray();
    REQUIRE(clinics.size() == 2);
    CHECK(field(clinics.at(0).toObject(), "totalBookings") +
              field(clinics.at(1).toObject(), "totalBookings") ==
          field(all, "totalBookings"));
    // A ratio is recomputed from the sums, never averaged.
    const double expectedRate =
        std::round(1000.0 * field(all, "missedAppointments") / field(all, "totalBookings")) / 10.0;
    CHECK(all.value(QStringLiteral("missedAppointmentsPercentage")).toDouble() ==
          Approx(expectedRate).margin(0.05));

    // Filters name one clinic's records: refused for the roll-up.
    QString out, err;
    CHECK(admin.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("all"),
                     QStringLiteral("--location"), QStringLiteral("1")},
                    &out, &err) == 2);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("BAD_REQUEST"));

    // Adding a clinic recorded the connection and its key (never the key itself).
    REQUIRE(admin.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.count(QStringLiteral("api_key.change")) == 2);
    CHECK(out.count(QStringLiteral("connection.change")) == 2);
    CHECK_FALSE(out.contains(cliniko.apiKey()));

    // Staff of the Nookal clinic: its roll-up is that clinic alone.
    test::Cli staff = admin;
    staff.user = QStringLiteral("sam");
    staff.passwordFile =
        admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {QStringLiteral("chiro")});
    REQUIRE_FALSE(staff.passwordFile.isEmpty());
    const QJsonObject own = metrics(staff, QStringLiteral("all"));
    CHECK(field(own, "totalBookings") == field(chiro, "totalBookings"));
    REQUIRE(own.value(QStringLiteral("clinics")).toArray().size() == 1);
    CHECK(own.value(QStringLiteral("clinics"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("clinicId")) == QStringLiteral("chiro"));
}
