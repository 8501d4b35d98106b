#pragma once

#include "domain/ids.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace routiq {

// The payload of `NOTIFY routiq_changes` that the agent sends in the transaction of each
// committed change (delivered at commit): {"clinic": ID, "seq": N, "dates": ["2026-12-01", …]}.
// PostgreSQL refuses payloads of 8000 bytes or more; a change touching too many dates sends none
// ("dates" left out) and listeners read clinic_changes, which is the record either way.
struct ChangeNotice
{
    static constexpr const char *channel = "routiq_changes";
    static constexpr qsizetype maxPayloadBytes = 7900;

    ClinicId clinic;
    qint64 seq = 0;
    QList<QDate> dates;        // sorted; empty when left out or none
    bool datesOmitted = false; // the payload had too many to carry

    QByteArray toPayload() const;
    static std::optional<ChangeNotice> fromPayload(const QString &payload);
};

} // namespace routiq
