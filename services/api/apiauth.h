#pragma once

#include "api/apisettings.h"
#include "api/refreshtokenstore.h"
#include "domain/routiqerror.h"
#include "security/actinguser.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace routiq {

class AccountService;
class AuditLog;
class Clock;

// The API's sign-in: POST /api/v1/auth/token with a Routiq username and password (through
// AccountService::authenticate, the same check, lockout and audit as every login) or with a
// refresh token (one-time, rotated; a reused one revokes its family, audited as
// api.token_reuse). Access tokens are HS256 JWTs ("sub" the account id, "name" its user name,
// "exp"), signed with a key derived from the data folder's audit key, so they die with the data
// folder's keys and need no storage. Every request's token is checked here and the account
// reloaded from the services: a disabled account or changed rights apply at the next request.
class ApiAuth
{
public:
    // `accounts`, `audit` and `clock` must outlive this; `folderSecret` is AppContext::auditKey.
    ApiAuth(AccountService *accounts, AuditLog *audit, const Clock *clock,
            const QByteArray &folderSecret, RefreshTokenStore tokens, const ApiSettings &settings);

    // The token response body, or the error (UNAUTHORIZED, RATE_LIMITED, BAD_REQUEST).
    std::optional<QJsonObject> token(const QJsonObject &request, RoutiqError *error);

    // The account behind `Authorization: Bearer <jwt>` as it is now, or UNAUTHORIZED.
    std::optional<ActingUser> check(const QByteArray &authorization, RoutiqError *error) const;
    // The same for a bare token (the live channel's ?access_token=, for browsers' WebSocket).
    std::optional<ActingUser> checkToken(const QByteArray &jwt, RoutiqError *error) const;

    QByteArray accessTokenFor(const ActingUser &user) const; // tests and the bench

private:
    std::optional<QJsonObject> issue(const ActingUser &user, const QString &family,
                                     RoutiqError *error);

    AccountService *m_accounts;
    AuditLog *m_audit;
    const Clock *m_clock;
    QByteArray m_key;
    RefreshTokenStore m_tokens;
    ApiSettings m_settings;
};

} // namespace routiq
