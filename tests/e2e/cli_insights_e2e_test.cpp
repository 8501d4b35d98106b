// routiq-cli insights no-show (issue 12): patient-level, audited, every upcoming booking.
#include "e2etestsupport.h"
#include "testapp.h"

#include "simulator/clinikosimulator.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace routiq;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

QSet<QString> upcomingIds(const SimulatedClinic &clinic, const QDateTime &after,
                          const QDateTime &before)
{
    QSet<QString> ids;
    for (const SimAppointment &a : clinic.appointments)
        if (!a.isCancelled() && !a.isArchived() && a.startsAt > after && a.startsAt < before)
            ids.insert(QString::number(a.id));
    return ids;
}

} // namespace

TEST_CASE("insights no-show lists every upcoming booking with its risk for staff, refuses "
          "read-only accounts, and audits both")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(150, 600));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    QString out, err;
    REQUIRE(admin.run(args({"sync", "--clinic", "north"}), &out, &err) == 0);

    test::Cli staff = admin;
    staff.user = QStringLiteral("sam");
    staff.passwordFile =
        admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {QStringLiteral("north")});
    test::Cli reader = admin;
    reader.user = QStringLiteral("rita");
    reader.passwordFile = admin.addUser(QStringLiteral("rita"), QStringLiteral("readonly"),
                                        {QStringLiteral("north")});

    CHECK(reader.run(args({"insights", "no-show", "--clinic", "north"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(out.contains(QStringLiteral("appointments")));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const int exitCode = staff.run(args({"insights", "no-show", "--clinic", "north"}), &out, &err);
    INFO(err.toStdString());
    REQUIRE(exitCode == 0);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("clinicId")) == QStringLiteral("north"));
    CHECK(QDateTime::fromString(json.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate)
              .isValid());
    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    REQUIRE(model.value(QStringLiteral("status")) == QStringLiteral("ready"));
    CHECK(model.value(QStringLiteral("trainingBookings")).toInt() >= 300);
    CHECK(model.value(QStringLiteral("validationAuc")).toDouble() > 0.5);
    CHECK(model.value(QStringLiteral("baseRate")).toDouble() > 0);
    CHECK(QDateTime::fromString(model.value(QStringLiteral("trainedAt")).toString(), Qt::ISODate)
              .isValid());

    QSet<QString> got;
    const double base = model.value(QStringLiteral("baseRate")).toDouble();
    for (const QJsonValue &v : json.value(QStringLiteral("appointments")).toArray()) {
        const QJsonObject a = v.toObject();
        REQUIRE(a.value(QStringLiteral("appointmentId")).isString());
        got.insert(a.value(QStringLiteral("appointmentId")).toString());
        const double risk = a.value(QStringLiteral("risk")).toDouble(-1);
        CHECK(risk > 0);
        CHECK(risk < 1);
        CHECK(a.value(QStringLiteral("practitionerId")).isString());
        CHECK(a.value(QStringLiteral("startsAt")).toString().endsWith(QLatin1Char('Z')));
        double sum = 0;
        for (const QJsonValue &r : a.value(QStringLiteral("reasons")).toArray()) {
            const QJsonObject reason = r.toObject();
            CHECK_FALSE(reason.value(QStringLiteral("factor")).toString().isEmpty());
            CHECK_FALSE(reason.value(QStringLiteral("text")).toString().isEmpty());
            sum += reason.value(QStringLiteral("effect")).toDouble();
        }
        CHECK(sum == Approx((risk - base) * 100).margin(1e-6));
    }
    // Every booking of the next 14 days, none other (allowing for the seconds the run took).
    const QSet<QString> surely = upcomingIds(sim.clinic(), after, before.addDays(14));
    const QSet<QString> possibly = upcomingIds(sim.clinic(), before, after.addDays(14));
    REQUIRE(surely.size() > 50);
    CHECK(got.contains(surely));
    CHECK(possibly.contains(got));

    REQUIRE(staff.run(args({"insights", "no-show", "--clinic", "north", "--days", "3", "--format",
                            "table"}),
                      &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("validation AUC")));
    CHECK(out.contains(QStringLiteral("reasons")));
    CHECK(staff.run(args({"insights", "no-show", "--clinic", "north", "--days", "zero"}), &out,
                    &err) == 2);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("BAD_REQUEST"));

    REQUIRE(admin.run(args({"audit", "list"}), &out, &err) == 0);
    const QStringList lines = out.split(QLatin1Char('\n'));
    auto has = [&](const char *user, const char *action) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            return f.size() >= 5 && f.at(2) == QLatin1String(user) &&
                   f.at(3) == QLatin1String(action) && f.at(4) == QLatin1String("north");
        });
    };
    CHECK(has("rita", "access.denied"));
    CHECK(has("sam", "patient_level.view"));
}

TEST_CASE("insights no-show on a clinic with little history exits 0 with "
          "insufficient_history and no scores")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(4, 40));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("new"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    QString out, err;
    CHECK(admin.run(args({"insights", "no-show", "--clinic", "new"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("CACHE_EMPTY"));
    REQUIRE(admin.run(args({"sync", "--clinic", "new"}), &out, &err) == 0);
    REQUIRE(admin.run(args({"insights", "no-show", "--clinic", "new"}), &out, &err) == 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    CHECK(model.value(QStringLiteral("status")) == QStringLiteral("insufficient_history"));
    CHECK(model.value(QStringLiteral("missing")).toString().contains(QStringLiteral("300")));
    CHECK(json.value(QStringLiteral("appointments")).toArray().isEmpty());
}
