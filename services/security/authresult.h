#pragma once

#include "actinguser.h"
#include "domain/routiqerror.h"

#include <optional>

namespace routiq {

// The answer to a login: the signed-in user, or why not. Codes: INVALID_CREDENTIALS (wrong
// password and unknown user alike), ACCOUNT_DISABLED, ACCOUNT_EXPIRED, ACCOUNT_LOCKED (with
// retryAfterSecs for a countdown), AUDIT_STORAGE / SECURITY_STORAGE (fail closed).
struct AuthResult
{
    std::optional<ActingUser> user;
    RoutiqError error;
    std::optional<qint64> retryAfterSecs; // set with ACCOUNT_LOCKED

    bool ok() const { return user.has_value(); }
};

} // namespace routiq
