#pragma once

#include "domain/ids.h"
#include "domain/pmskind.h"

#include <QDateTime>
#include <QString>

namespace routiq {

// One clinic connection as the app database keeps it. Secrets are not here: the API key and
// the cache key live in the KeyVault under names derived from `id`.
struct ClinicConnection
{
    ClinicId id;  // [a-z0-9_-], 1..64 characters; names the cache file
    QString name; // shown to users
    PmsKind pmsKind = PmsKind::Cliniko;
    QString baseUrlOverride;           // empty = the PMS's own URL (simulator, tests, sandboxes)
    QString timeZoneOverride;          // IANA id; empty = the PMS's zone
    QString contactEmail;              // for Cliniko's required User-Agent
    int patientNameRetentionYears = 0; // 0 = keep names; else purge names unseen for N years
    QDateTime createdAt;               // UTC

    friend bool operator==(const ClinicConnection &, const ClinicConnection &) = default;

    static bool isValidId(const ClinicId &id);
};

} // namespace routiq
