#pragma once

#include "auditanchor.h"
#include "auditcounter.h"
#include "auditlog.h"

#include <QStringList>

#include <optional>

namespace routiq {

// The whole audit check behind `routiq-cli audit verify`: the log itself (chain, MACs, its own
// head record), then the anchor beside it (audit-head.json) and the keychain's counter outside
// the folder. Each finding has its own AuditCode; a missing anchor next to entries fails, a
// missing keychain counter is only a warning (a reset keychain is no evidence of tampering).
class AuditVerifier
{
public:
    struct AnchorReading
    {
        std::optional<AuditAnchor::Saved> saved; // nullopt: missing, or unusable (error set)
        RoutiqError error;
    };

    struct Report
    {
        bool ok = true;
        QString code;    // an AuditCode when !ok
        QString message; // one sentence for the admin
        QString details; // the log's own reason, when it has one
        qint64 entries = 0;
        QStringList notes;    // facts worth printing with an intact log (legacy entries, ...)
        QStringList warnings; // what could not be checked
    };

    static Report check(const AuditLog &log, const AnchorReading &anchor,
                        const AuditCounter::Reading &counter);
};

} // namespace routiq
