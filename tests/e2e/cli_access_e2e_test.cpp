// routiq-cli's data commands act as a signed-in account and obey its role (issue 8).
#include "e2etestsupport.h"
#include "testapp.h"

#include "simulator/clinikosimulator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

TEST_CASE("on a data folder without accounts, data commands refuse and say how to create the "
          "first admin")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const test::Cli cli{dir.filePath(QStringLiteral("data"))};
    for (const QStringList &command :
         {args({"sync", "--clinic", "north"}), args({"metrics", "--clinic", "north"}),
          args({"clinic", "list"}), args({"clinic", "remove", "--id", "north"})}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        QString out, err;
        CHECK(cli.run(command, &out, &err) == 2);
        CHECK(test::Cli::errorCode(err) == QStringLiteral("NO_ACCOUNT"));
        CHECK(err.contains(QStringLiteral("routiq-cli user add --name NAME --role admin")));
        CHECK(out.isEmpty());
    }
}

TEST_CASE("data commands without --user or with a wrong password are refused")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());

    const test::Cli anonymous{admin.dataDir};
    for (const QStringList &command :
         {args({"sync", "--clinic", "north"}), args({"metrics", "--clinic", "north"}),
          args({"clinic", "list"}), args({"user", "list"})}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        QString err;
        CHECK(anonymous.run(command, nullptr, &err) == 2);
        CHECK(test::Cli::errorCode(err) == QStringLiteral("LOGIN_REQUIRED"));
        CHECK(err.contains(QStringLiteral("--user")));
        CHECK(err.contains(QStringLiteral("ROUTIQ_PASSWORD_FILE")));
    }

    test::Cli wrong = admin;
    wrong.passwordFile = admin.writePasswordFile(QStringLiteral("wrong"), QStringLiteral("nope"));
    QString err;
    CHECK(wrong.run(args({"metrics", "--clinic", "north"}), nullptr, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("INVALID_CREDENTIALS"));

    // The right password still works, and both attempts are in the audit log.
    QString out;
    REQUIRE(admin.run(args({"audit", "list"}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("login.failed")));
    CHECK(out.contains(QStringLiteral("login.ok")));
}

TEST_CASE("a read-only account sees metrics only for its assigned clinic and cannot change "
          "connections, and its logins and refusals are audited")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(30, 200));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    REQUIRE(admin.addClinic(QStringLiteral("south"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    QString out, err;
    REQUIRE(admin.run(args({"sync", "--clinic", "north"}), &out, &err) == 0);
    REQUIRE(admin.run(args({"sync", "--clinic", "south"}), &out, &err) == 0);

    test::Cli reader = admin;
    reader.user = QStringLiteral("rita");
    reader.passwordFile = admin.addUser(QStringLiteral("rita"), QStringLiteral("readonly"),
                                        {QStringLiteral("north")});
    REQUIRE_FALSE(reader.passwordFile.isEmpty());

    CHECK(reader.run(args({"metrics", "--clinic", "north", "--period", "month"}), &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8())
              .object()
              .value(QStringLiteral("totalBookings"))
              .toInt() > 0);

    CHECK(reader.run(args({"metrics", "--clinic", "south", "--period", "month"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(out.contains(QStringLiteral("totalBookings")));
    CHECK(reader.run(args({"sync", "--clinic", "south"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK(reader.run(args({"clinic", "remove", "--id", "north"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));

    REQUIRE(reader.run(args({"clinic", "list", "--json"}), &out, &err) == 0);
    const QJsonArray visible = QJsonDocument::fromJson(out.toUtf8()).array();
    REQUIRE(visible.size() == 1);
    CHECK(visible.first().toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("north"));
    REQUIRE(admin.run(args({"clinic", "list", "--json"}), &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().size() == 2);

    REQUIRE(admin.run(args({"audit", "list"}), &out, &err) == 0);
    const QStringList lines = out.split(QLatin1Char('\n'));
    auto has = [&](const char *user, const char *action, const char *object) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            return f.size() >= 4 && f.at(2) == QLatin1String(user) &&
                   f.at(3) == QLatin1String(action) &&
                   (!object || (f.size() >= 5 && f.at(4) == QLatin1String(object)));
        });
    };
    CHECK(has("rita", "login.ok", nullptr));
    CHECK(has("rita", "access.denied", "south"));
    CHECK(has("admin", "connection.change", "north"));
    CHECK_FALSE(has("rita", "connection.change", "north"));
}
