#include "jsonwebtoken.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace routiq {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray JsonWebToken::sign(const QJsonObject &claims, const QByteArray &key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) +
                             '.' +
                             QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    return input + '.' + mac(input, key).toBase64(kB64);
}

std::optional<QJsonObject> JsonWebToken::verify(const QByteArray &token, const QByteArray &key,
                                                const QDateTime &nowUtc, Failure *failure)
{
    *failure = Failure::Malformed;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding));
    if (!header.isObject() ||
        header.object().value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    const QByteArray expected = mac(parts[0] + '.' + parts[1], key);
    const QByteArray given = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (!constantTimeEqual(expected, given)) {
        *failure = Failure::BadSignature;
        return std::nullopt;
    }
    const auto payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding));
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject claims = payload.object();
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble(0));
    if (exp <= nowUtc.toSecsSinceEpoch()) {
        *failure = Failure::Expired;
        return std::nullopt;
    }
    *failure = Failure::None;
    return claims;
}

} // namespace routiq
