#pragma once

#include "errorcode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace routiq {

// The one shape of every error shown to a user or printed by the CLI (the seed's shape):
// a stable code, a plain-words message, details for support, when it happened, and how old the
// cached data is that the app falls back to. Never carries patient data or secrets.
struct RoutiqError
{
    QString code;        // e.g. "CLINIKO_AUTH_REJECTED", "CACHE_CORRUPT", "BAD_REQUEST"
    QString message;     // one sentence a clinic user understands, with what to do
    QString details;     // technical detail safe to show (HTTP status, host), never secrets
    QDateTime timestamp; // UTC
    std::optional<qint64> fallbackDataAgeSecs; // age of the cached data still shown, if any

    bool isNull() const { return code.isEmpty(); }
    // The typed code (ErrorCode::Unknown for a code this build does not know); branch on this,
    // not on the string.
    ErrorCode typedCode() const { return errorCodeOf(code); }
    bool is(ErrorCode c) const { return typedCode() == c; }
    QJsonObject toJson() const;
    static RoutiqError make(QString code, QString message, QString details = {});
    // `code` (not a PMS code) with its message from the ErrorCode table.
    static RoutiqError make(ErrorCode code, QString details = {});
};

} // namespace routiq
