#include "apiauth.h"

#include "api/apierror.h"
#include "api/jsonwebtoken.h"
#include "core/clock.h"
#include "security/accountservice.h"
#include "security/auditlog.h"

#include <QMessageAuthenticationCode>

namespace routiq {

namespace {

RoutiqError unauthorized(const QString &message)
{
    return ApiError::make("UNAUTHORIZED", message);
}

} // namespace

ApiAuth::ApiAuth(AccountService *accounts, AuditLog *audit, const Clock *clock,
                 const QByteArray &folderSecret, RefreshTokenStore tokens,
                 const ApiSettings &settings)
    : m_accounts(accounts), m_audit(audit), m_clock(clock),
      // A key of its own purpose: a token's MAC can never pass for an audit entry's.
      m_key(QMessageAuthenticationCode::hash(QByteArrayLiteral("routiq api access token v1"),
                                             folderSecret, QCryptographicHash::Sha256)),
      m_tokens(std::move(tokens)), m_settings(settings)
{}

std::optional<QJsonObject> ApiAuth::token(const QJsonObject &request, RoutiqError *error)
{
    const QString refresh = request.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty()) {
        const QDateTime now = m_clock->nowUtc();
        const RefreshTokenStore::Use use = m_tokens.spend(refresh.toUtf8(), now);
        switch (use.outcome) {
        case RefreshTokenStore::Outcome::Rotated:
            break;
        case RefreshTokenStore::Outcome::Reused:
            m_audit->recordAs(use.holder.userId, use.holder.username, AuditAction::ApiTokenReused,
                              {}, QStringLiteral("refresh token family revoked"));
            *error = unauthorized(QStringLiteral("This refresh token was already used: every "
                                                 "token of its sign-in is revoked. Sign in "
                                                 "again."));
            return std::nullopt;
        case RefreshTokenStore::Outcome::StorageError:
            *error = ApiError::make("SERVICE_UNAVAILABLE",
                                    QStringLiteral("The sign-in could not be checked."));
            return std::nullopt;
        default:
            *error = unauthorized(QStringLiteral("The refresh token is unknown, expired or "
                                                 "revoked. Sign in again."));
            return std::nullopt;
        }
        ActingUser stale;
        stale.userId = use.holder.userId;
        stale.username = use.holder.username;
        const auto user = m_accounts->reload(stale, error);
        if (!user)
            return std::nullopt;
        return issue(*user, use.holder.family, error);
    }
    const QString username = request.value(QStringLiteral("username")).toString();
    const QString password = request.value(QStringLiteral("password")).toString();
    if (username.isEmpty() || password.isEmpty()) {
        *error =
            ApiError::make("BAD_REQUEST", QStringLiteral("Send {\"username\", \"password\"} or "
                                                         "{\"refresh_token\"}."));
        return std::nullopt;
    }
    const AuthResult result = m_accounts->authenticate(username, password);
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    return issue(*result.user, {}, error);
}

std::optional<QJsonObject> ApiAuth::issue(const ActingUser &user, const QString &family,
                                          RoutiqError *error)
{
    const auto refresh = m_tokens.issue({user.userId, user.username, family},
                                        m_settings.refreshTokenSecs, m_clock->nowUtc(), error);
    if (!refresh)
        return std::nullopt;
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(accessTokenFor(user))},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), double(m_settings.accessTokenSecs)},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(*refresh)},
                       {QStringLiteral("refresh_expires_in"), double(m_settings.refreshTokenSecs)}};
}

QByteArray ApiAuth::accessTokenFor(const ActingUser &user) const
{
    const qint64 now = m_clock->nowUtc().toSecsSinceEpoch();
    return JsonWebToken::sign({{QStringLiteral("sub"), QString::number(user.userId)},
                               {QStringLiteral("name"), user.username},
                               {QStringLiteral("iat"), double(now)},
                               {QStringLiteral("exp"), double(now + m_settings.accessTokenSecs)}},
                              m_key);
}

std::optional<ActingUser> ApiAuth::check(const QByteArray &authorization, RoutiqError *error) const
{
    if (!authorization.startsWith("Bearer ")) {
        *error = unauthorized(QStringLiteral("Send 'Authorization: Bearer <access token>' (POST "
                                             "/api/v1/auth/token gives one)."));
        return std::nullopt;
    }
    return checkToken(authorization.mid(7).trimmed(), error);
}

std::optional<ActingUser> ApiAuth::checkToken(const QByteArray &jwt, RoutiqError *error) const
{
    JsonWebToken::Failure failure = JsonWebToken::Failure::None;
    const auto claims = JsonWebToken::verify(jwt, m_key, m_clock->nowUtc(), &failure);
    if (!claims) {
        *error = unauthorized(failure == JsonWebToken::Failure::Expired
                                  ? QStringLiteral("The access token has expired: refresh it.")
                                  : QStringLiteral("The access token is not valid."));
        return std::nullopt;
    }
    ActingUser claimed;
    claimed.userId = claims->value(QStringLiteral("sub")).toString().toLongLong();
    claimed.username = claims->value(QStringLiteral("name")).toString();
    RoutiqError reloadError;
    const auto user = m_accounts->reload(claimed, &reloadError);
    if (!user) {
        *error = reloadError.code == QLatin1String("STORAGE_ERROR")
                     ? reloadError
                     : unauthorized(reloadError.message);
        return std::nullopt;
    }
    return user;
}

} // namespace routiq
