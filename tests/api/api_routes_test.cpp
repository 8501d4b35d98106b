// docs/openapi.json is true to the server: it lists exactly the routes ApiBackend serves, and
// each documented HTTP route is served (not "no such endpoint", not a wrong method).
#include "apitestsupport.h"
#include "testapp.h"

#include "api/apibackend.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace routiq;
using namespace routiq::apitest;

namespace {

QJsonObject openApi()
{
    QFile f(QStringLiteral(ROUTIQ_TEST_SOURCE_DIR "/docs/openapi.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

QSet<QString> documentedRoutes(const QJsonObject &spec)
{
    QSet<QString> routes;
    const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject methods = p.value().toObject();
        for (auto m = methods.begin(); m != methods.end(); ++m)
            routes.insert(m.key().toUpper() + QLatin1Char(' ') + p.key());
    }
    const QJsonObject ws = spec.value(QStringLiteral("x-websocket")).toObject();
    for (auto p = ws.begin(); p != ws.end(); ++p)
        routes.insert(QStringLiteral("WS ") + p.key());
    return routes;
}

} // namespace

TEST_CASE("the OpenAPI file lists exactly the routes the server serves, and each HTTP route "
          "answers")
{
    const QJsonObject spec = openApi();
    REQUIRE(spec.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
    const QStringList served = ApiBackend::routes();
    const QSet<QString> documented = documentedRoutes(spec);
    CHECK(documented == QSet<QString>(served.begin(), served.end()));

    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    Server server;
    REQUIRE(server.start(admin));
    const QByteArray token =
        accessToken(signIn(server, QStringLiteral("admin"), passwordIn(admin.passwordFile)));
    REQUIRE_FALSE(token.isEmpty());
    const QByteArray noSuchEndpoint = "There is no such endpoint.";
    for (const QString &route : served) {
        const QString method = route.section(QLatin1Char(' '), 0, 0);
        QString path = route.section(QLatin1Char(' '), 1);
        if (method == QLatin1String("WS") || path.endsWith(QLatin1String("/stream")))
            continue; // long-lived: the live tests call them
        path.replace(QStringLiteral("{clinicId}"), QStringLiteral("north"));
        INFO(route.toStdString());
        const Answer a = request(method.toLatin1(), server.url(path), token,
                                 method == QLatin1String("POST") ? QByteArray("{}") : QByteArray());
        CHECK(a.status != 405);
        CHECK_FALSE(a.body.contains(noSuchEndpoint));
    }
    // The wall display is the page of resources/, live over the WebSocket channel.
    const Answer display = request("GET", server.url(QStringLiteral("/display")));
    CHECK(display.status == 200);
    CHECK(display.body.contains("new WebSocket("));
    CHECK(display.body.contains("/ws/clinics/"));
    CHECK(display.body.contains("fetch(\"/api/v1/clinics\"")); // the title names the clinic

    // And what is not documented is not served.
    CHECK(request("GET", server.url(QStringLiteral("/api/v1/clinics/north/secrets")), token)
              .body.contains(noSuchEndpoint));
    CHECK(request("GET", server.url(QStringLiteral("/api/v2/clinics")), token)
              .body.contains(noSuchEndpoint));
}
