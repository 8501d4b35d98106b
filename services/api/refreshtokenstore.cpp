#include "refreshtokenstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>

namespace routiq {

QByteArray RefreshTokenStore::hashOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

std::optional<QByteArray> RefreshTokenStore::issue(const Holder &holder, qint64 lifetimeSecs,
                                                   const QDateTime &nowUtc, RoutiqError *error)
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray token =
        QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString family = holder.family.isEmpty()
                               ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                               : holder.family;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_refresh_tokens (token_hash, family, user_id, "
                             "username, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(hashOf(token));
    q.addBindValue(family);
    q.addBindValue(holder.userId);
    q.addBindValue(holder.username);
    q.addBindValue(nowUtc.toSecsSinceEpoch());
    q.addBindValue(nowUtc.toSecsSinceEpoch() + lifetimeSecs);
    if (!q.exec()) {
        *error = RoutiqError::make(QStringLiteral("STORAGE_ERROR"),
                                   QStringLiteral("The sign-in could not be stored."));
        return std::nullopt;
    }
    return token;
}

RefreshTokenStore::Use RefreshTokenStore::spend(const QByteArray &token, const QDateTime &nowUtc)
{
    Use use;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT family, user_id, username, expires_at, used_at, revoked_at "
                             "FROM api_refresh_tokens WHERE token_hash = ?"));
    q.addBindValue(hashOf(token));
    if (!q.exec()) {
        use.outcome = Outcome::StorageError;
        return use;
    }
    if (!q.next())
        return use; // Unknown
    use.holder = {q.value(1).toLongLong(), q.value(2).toString(), q.value(0).toString()};
    const qint64 now = nowUtc.toSecsSinceEpoch();
    if (!q.value(5).isNull()) {
        use.outcome = Outcome::Revoked;
        return use;
    }
    if (!q.value(4).isNull()) {
        revokeFamily(use.holder.family, nowUtc);
        use.outcome = Outcome::Reused;
        return use;
    }
    if (q.value(3).toLongLong() <= now) {
        use.outcome = Outcome::Expired;
        return use;
    }
    // Marked used only if still unused: two concurrent spends cannot both rotate.
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE api_refresh_tokens SET used_at = ? WHERE token_hash = ? "
                                "AND used_at IS NULL"));
    mark.addBindValue(now);
    mark.addBindValue(hashOf(token));
    if (!mark.exec()) {
        use.outcome = Outcome::StorageError;
        return use;
    }
    if (mark.numRowsAffected() != 1) {
        revokeFamily(use.holder.family, nowUtc);
        use.outcome = Outcome::Reused;
        return use;
    }
    use.outcome = Outcome::Rotated;
    return use;
}

bool RefreshTokenStore::revokeFamily(const QString &family, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_refresh_tokens SET revoked_at = ? WHERE family = ? AND "
                             "revoked_at IS NULL"));
    q.addBindValue(nowUtc.toSecsSinceEpoch());
    q.addBindValue(family);
    return q.exec();
}

bool RefreshTokenStore::revokeUser(qint64 userId, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_refresh_tokens SET revoked_at = ? WHERE user_id = ? AND "
                             "revoked_at IS NULL"));
    q.addBindValue(nowUtc.toSecsSinceEpoch());
    q.addBindValue(userId);
    return q.exec();
}

} // namespace routiq
