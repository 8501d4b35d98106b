#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace routiq {

// Compact JWS (JWT) with HS256: the API's short-lived access tokens. Only "HS256" is accepted
// on verification (never "none", never another algorithm named by the token); the signature is
// compared in constant time; "exp" (seconds since the epoch) is required and checked.
class JsonWebToken
{
public:
    static QByteArray sign(const QJsonObject &claims, const QByteArray &key);

    enum class Failure
    {
        None,
        Malformed,
        BadSignature,
        Expired
    };
    static std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &key,
                                             const QDateTime &nowUtc, Failure *failure);
};

} // namespace routiq
