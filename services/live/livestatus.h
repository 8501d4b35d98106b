#pragma once

#include <QMetaType>
#include <QString>

namespace routiq {

// How current the numbers on screen are, as the live indicator shows it (architecture.md,
// "Live experience"). Derived by LiveStatusTracker from sync events and the clock.
enum class LiveStatus
{
    Connecting, // no successful poll yet and no failure either
    Live,       // the last successful poll is recent
    Syncing,    // a backfill is running; numbers are still filling in
    Stale,      // no successful poll for longer than the stale threshold
    Offline,    // the PMS cannot be reached (network, 5xx, circuit open, other sync failure)
    AuthError,  // the PMS rejected the credentials; only the user can fix this
};

// A stable, untranslated name for logs and tests ("live", "stale", ...).
QString liveStatusName(LiveStatus status);

} // namespace routiq

Q_DECLARE_METATYPE(routiq::LiveStatus)
