#pragma once

#include "ids.h"
#include "pmskind.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace routiq {

// A clinic connection as the user configured it. The API key is NOT here: it lives in the
// keychain under a name derived from the clinic id.
struct ClinicConnection
{
    ClinicId id;  // [a-z0-9-]{1,40}, chosen by the user; names the cache file
    QString name; // shown in the clinic selector
    PmsKind pms = PmsKind::Cliniko;
    QUrl baseUrl;         // override for the simulator or a sandbox; empty = the PMS's own host
    QString timeZone;     // IANA override used when the PMS gives no zone; empty = none
    QString contactEmail; // for Cliniko's required User-Agent
    QDateTime createdAt;

    friend bool operator==(const ClinicConnection &, const ClinicConnection &) = default;

    // A clinic id is safe as a file name and a keychain entry name.
    static bool isValidId(const QString &id);
};

} // namespace routiq
