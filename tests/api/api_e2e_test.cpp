// routiq-cli serve (issue 19): the REST API over real HTTP on loopback, against a data folder
// synced from the built-in simulator; every body is compared with the CLI's for the same request.
#include "apitestsupport.h"
#include "testapp.h"

#include "simulator/clinikosimulator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;
using namespace routiq::apitest;

TEST_CASE("serve answers clinics, metrics and no-show over HTTP with the CLI's bodies for the "
          "same request")
{
    test::ensureCoreApp();
    Folder f;
    REQUIRE(f.make());
    Server server;
    REQUIRE(server.start(f.admin));
    const QByteArray token =
        accessToken(signIn(server, QStringLiteral("sam"), passwordIn(f.staff.passwordFile)));
    REQUIRE_FALSE(token.isEmpty());

    QString out, err;
    REQUIRE(f.staff.run(words({"clinic", "list", "--json"}), &out, &err) == 0);
    Answer a = request("GET", server.url(QStringLiteral("/api/v1/clinics")), token);
    CHECK(a.status == 200);
    CHECK(QString::fromUtf8(a.body) == out);

    const QList<std::pair<QString, QStringList>> cases{
        {QStringLiteral("/api/v1/clinics/north/metrics"), words({"--clinic", "north"})},
        {QStringLiteral("/api/v1/clinics/north/metrics?period=month"),
         words({"--clinic", "north", "--period", "month"})},
        {QStringLiteral("/api/v1/clinics/north/metrics?startDate=2026-01-05&endDate=2026-02-01"),
         words({"--clinic", "north", "--start", "2026-01-05", "--end", "2026-02-01"})},
        {QStringLiteral("/api/v1/clinics/north/metrics?period=month&by=practitioner"),
         words({"--clinic", "north", "--period", "month", "--by", "practitioner"})},
        {QStringLiteral("/api/v1/clinics/all/metrics?period=week"),
         words({"--clinic", "all", "--period", "week"})},
    };
    for (const auto &[path, args] : cases) {
        INFO(path.toStdString());
        REQUIRE(f.staff.run(QStringList{QStringLiteral("metrics")} + args, &out, &err) == 0);
        a = request("GET", server.url(path), token);
        CHECK(a.status == 200);
        CHECK(QString::fromUtf8(a.body) == out);
    }

    // metrics= keeps only the groups asked for; the request echo stays.
    a = request("GET", server.url(QStringLiteral("/api/v1/clinics/north/metrics?metrics=trends")),
                token);
    CHECK(a.status == 200);
    CHECK(a.object().contains(QStringLiteral("bookingTrends")));
    CHECK(a.object().contains(QStringLiteral("request")));
    CHECK_FALSE(a.object().contains(QStringLiteral("totalBookings")));

    // No-show: the same body but for the moment it was generated.
    REQUIRE(f.staff.run(words({"insights", "no-show", "--clinic", "north", "--days", "7"}), &out,
                        &err) == 0);
    a = request("GET", server.url(QStringLiteral("/api/v1/clinics/north/insights/no-show?days=7")),
                token);
    CHECK(a.status == 200);
    QJsonObject cli = QJsonDocument::fromJson(out.toUtf8()).object();
    QJsonObject api = a.object();
    CHECK(api.value(QStringLiteral("appointments")).toArray().size() > 0);
    cli.remove(QStringLiteral("generatedAt"));
    api.remove(QStringLiteral("generatedAt"));
    CHECK(api == cli);

    // The practice manager's lists: the same bodies as `insights lapsed|forward`.
    const QList<std::pair<QString, QStringList>> insights{
        {QStringLiteral("/api/v1/clinics/north/insights/lapsed"),
         words({"insights", "lapsed", "--clinic", "north"})},
        {QStringLiteral("/api/v1/clinics/north/insights/lapsed?minDays=7&maxDays=90&count=true"),
         words({"insights", "lapsed", "--clinic", "north", "--min-days", "7", "--max-days", "90",
                "--count"})},
        {QStringLiteral("/api/v1/clinics/north/insights/forward?weeks=6"),
         words({"insights", "forward", "--clinic", "north", "--weeks", "6"})},
    };
    for (const auto &[path, args] : insights) {
        INFO(path.toStdString());
        REQUIRE(f.staff.run(args, &out, &err) == 0);
        a = request("GET", server.url(path), token);
        CHECK(a.status == 200);
        CHECK(QString::fromUtf8(a.body) == out);
    }
    a = request("GET",
                server.url(QStringLiteral("/api/v1/clinics/north/insights/lapsed?minDays=x")),
                token);
    CHECK(a.status == 400);
    CHECK(seedErrorCode(a) == QStringLiteral("BAD_REQUEST"));

    // Health: without a token no clinic ids or names; with one, the clinic's id.
    a = request("GET", server.url(QStringLiteral("/api/v1/health")));
    CHECK(a.status == 200);
    const QJsonObject anonymous =
        a.object().value(QStringLiteral("clinics")).toArray().first().toObject();
    CHECK(anonymous.value(QStringLiteral("state")) == QStringLiteral("cached"));
    CHECK_FALSE(anonymous.contains(QStringLiteral("clinicId")));
    CHECK_FALSE(a.body.contains("north"));
    a = request("GET", server.url(QStringLiteral("/api/v1/health")), token);
    CHECK(a.object()
              .value(QStringLiteral("clinics"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("clinicId")) == QStringLiteral("north"));
}

TEST_CASE("serve refuses bad, forged and reused tokens, disabled accounts and read-only "
          "patient-level requests, always in the seed's error shape")
{
    test::ensureCoreApp();
    Folder f;
    REQUIRE(f.make());
    Server server;
    REQUIRE(server.start(f.admin));
    const QUrl metrics = server.url(QStringLiteral("/api/v1/clinics/north/metrics"));

    Answer a = request("GET", metrics);
    CHECK(a.status == 401);
    CHECK(seedErrorCode(a) == QStringLiteral("UNAUTHORIZED"));

    a = request("POST", server.url(QStringLiteral("/api/v1/auth/token")), {},
                R"({"username":"sam","password":"not the password"})");
    CHECK(a.status == 401);
    CHECK(seedErrorCode(a) == QStringLiteral("UNAUTHORIZED"));
    CHECK_FALSE(a.body.contains("not the password"));

    const QJsonObject tokens =
        signIn(server, QStringLiteral("sam"), passwordIn(f.staff.passwordFile));
    const QByteArray token = accessToken(tokens);
    REQUIRE_FALSE(token.isEmpty());
    CHECK(request("GET", metrics, token).status == 200);

    // Forged: the payload changed (another account's id), the signature kept.
    QList<QByteArray> parts = token.split('.');
    REQUIRE(parts.size() == 3);
    QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
    claims.insert(QStringLiteral("name"), QStringLiteral("admin"));
    claims.insert(QStringLiteral("sub"), QStringLiteral("1"));
    parts[1] = QJsonDocument(claims)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    a = request("GET", metrics, parts.join('.'));
    CHECK(a.status == 401);
    CHECK(seedErrorCode(a) == QStringLiteral("UNAUTHORIZED"));
    // "alg": "none" is never accepted.
    parts[0] = QByteArray(R"({"alg":"none","typ":"JWT"})")
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    parts[2].clear();
    CHECK(request("GET", metrics, parts.join('.')).status == 401);

    // Errors of requests: unknown clinic, bad period, unknown route, wrong method.
    a = request("GET", server.url(QStringLiteral("/api/v1/clinics/nowhere/metrics")), token);
    CHECK(a.status == 403); // staff of north only: refused before anything is looked up
    CHECK(seedErrorCode(a) == QStringLiteral("FORBIDDEN"));
    a = request("GET", server.url(QStringLiteral("/api/v1/clinics/north/metrics?period=year")),
                token);
    CHECK(a.status == 400);
    CHECK(seedErrorCode(a) == QStringLiteral("BAD_REQUEST"));
    a = request("GET", server.url(QStringLiteral("/api/v1/nothing")), token);
    CHECK(a.status == 404);
    CHECK(seedErrorCode(a) == QStringLiteral("NOT_FOUND"));
    a = request("DELETE", metrics, token);
    CHECK(a.status == 405);

    // Read-only: aggregates yes, patient-level no (audited as a refusal).
    const QByteArray readOnly =
        accessToken(signIn(server, QStringLiteral("rita"), passwordIn(f.reader.passwordFile)));
    CHECK(request("GET", metrics, readOnly).status == 200);
    a = request("GET", server.url(QStringLiteral("/api/v1/clinics/north/insights/no-show")),
                readOnly);
    CHECK(a.status == 403);
    CHECK(seedErrorCode(a) == QStringLiteral("FORBIDDEN"));
    CHECK_FALSE(a.body.contains("appointments"));
    a = request("GET", server.url(QStringLiteral("/api/v1/clinics/north/insights/lapsed")),
                readOnly);
    CHECK(a.status == 403);
    CHECK(seedErrorCode(a) == QStringLiteral("FORBIDDEN"));
    CHECK(request("GET",
                  server.url(QStringLiteral("/api/v1/clinics/north/insights/lapsed?count=true")),
                  readOnly)
              .status == 200);

    // Refresh rotation: a token works once; used again, its whole family is revoked.
    const QByteArray refresh = tokens.value(QStringLiteral("refresh_token")).toString().toUtf8();
    auto refreshWith = [&](const QByteArray &t) {
        return request(
            "POST", server.url(QStringLiteral("/api/v1/auth/token")), {},
            QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), QString::fromUtf8(t)}})
                .toJson());
    };
    a = refreshWith(refresh);
    REQUIRE(a.status == 200);
    const QByteArray successor =
        a.object().value(QStringLiteral("refresh_token")).toString().toUtf8();
    CHECK(successor != refresh);
    CHECK(request("GET", metrics, accessToken(a.object())).status == 200);
    a = refreshWith(refresh); // the stolen copy comes back
    CHECK(a.status == 401);
    CHECK(seedErrorCode(a) == QStringLiteral("UNAUTHORIZED"));
    CHECK(refreshWith(successor).status == 401); // the family is revoked

    // A disabled account is refused at its next request, with the token it already has.
    REQUIRE(f.admin.run(words({"user", "disable", "--name", "sam"})) == 0);
    a = request("GET", metrics, token);
    CHECK(a.status == 401);
    CHECK(seedErrorCode(a) == QStringLiteral("UNAUTHORIZED"));

    QString out, err;
    REQUIRE(f.admin.run(words({"audit", "list"}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("api.token_reuse")));
    CHECK(out.contains(QStringLiteral("access.denied")));
}

TEST_CASE("serve refuses plain HTTP on an address other than loopback")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    QString out, err;
    CHECK(admin.run(words({"serve", "--listen", "0.0.0.0:0"}), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("LISTEN_FAILED"));
    CHECK(admin.run(words({"serve", "--listen", "nonsense"}), &out, &err) == 2);
}
