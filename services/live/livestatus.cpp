#include "livestatus.h"

namespace routiq {

QString liveStatusName(LiveStatus status)
{
    switch (status) {
    case LiveStatus::Connecting:
        return QStringLiteral("connecting");
    case LiveStatus::Live:
        return QStringLiteral("live");
    case LiveStatus::Syncing:
        return QStringLiteral("syncing");
    case LiveStatus::Stale:
        return QStringLiteral("stale");
    case LiveStatus::Offline:
        return QStringLiteral("offline");
    case LiveStatus::AuthError:
        return QStringLiteral("auth-error");
    }
    return QStringLiteral("unknown");
}

} // namespace routiq
