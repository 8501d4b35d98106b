// routiq-cli serve (issue 19): the REST API over real HTTP on loopback, against a data folder
// synced from the built-in simulator; every body is compared with the CLI's for the same request.
#include "e2etestsupport.h"
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

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// Plain HTTP with Qt Network; waits on the reply's finished signal.
Answer request(const QByteArray &method, const QUrl &url, const QByteArray &token = {},
               const QByteArray &body = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam->sendCustomRequest(r, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(60000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return a;
}

// `routiq-cli serve --listen 127.0.0.1:0` as `cli`'s user, until the test ends.
struct Server
{
    QObject owner;
    QProcess *process = nullptr;
    QUrl base;

    bool start(const test::Cli &cli)
    {
        process = cli.start(words({"serve", "--listen", "127.0.0.1:0"}), &owner);
        QByteArray out;
        const bool ready = test::spinUntil(
            [&] {
                out += process->readAllStandardOutput();
                return out.contains('\n') || process->state() == QProcess::NotRunning;
            },
            60000);
        const QJsonObject line = QJsonDocument::fromJson(out.trimmed()).object();
        base = QUrl(line.value(QStringLiteral("listening")).toString());
        return ready && base.isValid() && base.port() > 0;
    }
    QUrl url(const QString &path) const
    {
        QUrl u = base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    ~Server()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            process->waitForFinished(30000);
        }
    }
};

QByteArray passwordIn(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

QJsonObject signIn(const Server &server, const QString &name, const QByteArray &password)
{
    const QJsonObject body{{QStringLiteral("username"), name},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
    return request("POST", server.url(QStringLiteral("/api/v1/auth/token")), {},
                   QJsonDocument(body).toJson())
        .object();
}

QByteArray accessToken(const QJsonObject &tokens)
{
    return tokens.value(QStringLiteral("access_token")).toString().toUtf8();
}

// The seed's error shape, and its code.
QString seedErrorCode(const Answer &a)
{
    const QJsonObject e = a.object().value(QStringLiteral("error")).toObject();
    const QJsonObject fallback = e.value(QStringLiteral("fallback_data")).toObject();
    const bool shaped =
        e.value(QStringLiteral("code")).isString() &&
        e.value(QStringLiteral("message")).isString() &&
        e.value(QStringLiteral("details")).isString() &&
        QDateTime::fromString(e.value(QStringLiteral("timestamp")).toString(), Qt::ISODate)
            .isValid() &&
        fallback.contains(QStringLiteral("last_updated")) &&
        fallback.contains(QStringLiteral("data_age_minutes"));
    return shaped ? e.value(QStringLiteral("code")).toString() : QStringLiteral("<not shaped>");
}

struct Folder
{
    ClinikoSimulator sim{test::smallClinic(120, 500)};
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    test::Cli staff = admin;
    test::Cli reader = admin;

    bool make()
    {
        sim.setRateLimitEnabled(false);
        if (!sim.start() || !admin.signInAsNewAdmin() ||
            !admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                             sim.apiKey()) ||
            admin.run(words({"sync", "--clinic", "north"})) != 0)
            return false;
        staff = admin;
        staff.user = QStringLiteral("sam");
        staff.passwordFile = admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"),
                                           {QStringLiteral("north")});
        reader = admin;
        reader.user = QStringLiteral("rita");
        reader.passwordFile = admin.addUser(QStringLiteral("rita"), QStringLiteral("readonly"),
                                            {QStringLiteral("north")});
        return !staff.passwordFile.isEmpty() && !reader.passwordFile.isEmpty();
    }
};

} // namespace

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
