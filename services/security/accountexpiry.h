#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace routiq {

// When a temporary account ends. An admin gives its last day ("--expires 2026-12-24"); the
// account works through that whole day where the person works, so it ends at the next local
// midnight in the clinic's zone — not at midnight UTC, which is 11:00 in Sydney (a locum cut
// off mid-morning) or 16:00 the day before in Los Angeles. An account at clinics in several
// zones ends at the latest of their midnights (the day is over everywhere it works).
class AccountExpiry
{
public:
    // The instant (UTC) `lastDay` ends in every zone of `zones`; no valid zone: this computer's.
    static QDateTime endOf(const QDate &lastDay, const QList<QTimeZone> &zones);
};

} // namespace routiq
