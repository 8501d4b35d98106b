#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace routiq {

// The API's one-time refresh tokens in the encrypted app database (api_refresh_tokens): only
// each token's SHA-256 is stored (the token is 256 random bits, so a plain hash cannot be
// searched back). Every sign-in starts a family; each use of a token marks it used and issues
// its successor in the same family. A token that comes back after it was used is a stolen
// copy or a replay: the whole family is revoked, so neither the thief nor the owner keeps a
// working token (the owner signs in again).
class RefreshTokenStore
{
public:
    explicit RefreshTokenStore(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Holder
    {
        qint64 userId = 0;
        QString username;
        QString family;
    };

    // A new token for `holder` (an empty family starts a new one), valid `lifetimeSecs`.
    std::optional<QByteArray> issue(const Holder &holder, qint64 lifetimeSecs,
                                    const QDateTime &nowUtc, RoutiqError *error);

    enum class Outcome
    {
        Rotated,
        Unknown,
        Expired,
        Revoked,
        Reused,
        StorageError
    };
    struct Use
    {
        Outcome outcome = Outcome::Unknown;
        Holder holder; // set for Rotated and Reused
    };
    // Spends `token` (once). Reused revokes its family before answering.
    Use spend(const QByteArray &token, const QDateTime &nowUtc);

    // Every token of the family refused from now on.
    bool revokeFamily(const QString &family, const QDateTime &nowUtc);
    // An admin's "revoke the display's token": every family of that account.
    bool revokeUser(qint64 userId, const QDateTime &nowUtc);

private:
    static QByteArray hashOf(const QByteArray &token);
    QSqlDatabase m_db;
};

} // namespace routiq
