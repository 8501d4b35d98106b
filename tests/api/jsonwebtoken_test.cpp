// The API's access tokens (HS256 JWT) and error body, checked without a server.
#include "api/apierror.h"
#include "api/jsonwebtoken.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace routiq;

TEST_CASE("an access token verifies until it expires and never with another key or a changed "
          "payload")
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const QByteArray key = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("7")},
                             {QStringLiteral("exp"), double(now.toSecsSinceEpoch() + 900)}};
    const QByteArray token = JsonWebToken::sign(claims, key);
    JsonWebToken::Failure failure = JsonWebToken::Failure::Malformed;
    const auto ok = JsonWebToken::verify(token, key, now, &failure);
    REQUIRE(ok);
    CHECK(ok->value(QStringLiteral("sub")) == QStringLiteral("7"));
    CHECK(failure == JsonWebToken::Failure::None);

    CHECK_FALSE(JsonWebToken::verify(token, key, now.addSecs(900), &failure));
    CHECK(failure == JsonWebToken::Failure::Expired);
    CHECK_FALSE(JsonWebToken::verify(token, QByteArrayLiteral("another key"), now, &failure));
    CHECK(failure == JsonWebToken::Failure::BadSignature);
    QByteArray changed = token;
    changed[token.indexOf('.') + 3] = changed[token.indexOf('.') + 3] == 'A' ? 'B' : 'A';
    CHECK_FALSE(JsonWebToken::verify(changed, key, now, &failure));
    CHECK_FALSE(JsonWebToken::verify(QByteArrayLiteral("a.b"), key, now, &failure));
    CHECK(failure == JsonWebToken::Failure::Malformed);
}

TEST_CASE("an API error has the seed's shape, the seed's code and the fallback data's age")
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    RoutiqError e = RoutiqError::make(QStringLiteral("ACCESS_DENIED"), QStringLiteral("No."));
    const QJsonObject body = QJsonDocument::fromJson(ApiError::body(e, now.addSecs(-600), now))
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toObject();
    CHECK(body.value(QStringLiteral("code")) == QStringLiteral("FORBIDDEN"));
    CHECK(ApiError::httpStatus(QStringLiteral("FORBIDDEN")) == 403);
    CHECK(body.value(QStringLiteral("message")) == QStringLiteral("No."));
    CHECK(body.value(QStringLiteral("details")).isString());
    const QJsonObject fallback = body.value(QStringLiteral("fallback_data")).toObject();
    CHECK(fallback.value(QStringLiteral("data_age_minutes")).toInt() == 10);
    CHECK(fallback.value(QStringLiteral("last_updated"))
              .toString()
              .startsWith(QStringLiteral("2027-01-15")));
    CHECK(ApiError::httpStatus(QStringLiteral("SOMETHING_ELSE")) == 500);
}
