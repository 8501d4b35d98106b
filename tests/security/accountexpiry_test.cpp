// A temporary account's last day ends at midnight in its clinic's zone, not at midnight UTC.
#include "core/clock.h"
#include "security/accesspolicy.h"
#include "security/accountexpiry.h"
#include "testapp.h"

#include <catch2/catch.hpp>

using namespace routiq;

namespace {

QTimeZone zone(const char *iana)
{
    return QTimeZone(QByteArray(iana));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Whether an account whose last day is `lastDay` in `zones` may still look at figures at `now`.
bool worksAt(const QDate &lastDay, const QList<QTimeZone> &zones, const QDateTime &now)
{
    ManualClock clock(now);
    const AccessPolicy policy(&clock);
    ActingUser locum;
    locum.userId = 7;
    locum.username = QStringLiteral("locum");
    locum.role = Role::Staff;
    locum.clinics = {QStringLiteral("north")};
    locum.expiresAt = AccountExpiry::endOf(lastDay, zones);
    return policy.allows(locum, Permission::ViewAggregates, QStringLiteral("north"));
}

} // namespace

TEST_CASE("a temporary account works until midnight of its last day in the clinic's zone")
{
    const QDate lastDay(2026, 12, 24);
    SECTION("Sydney (UTC+11 in summer): all of the 24th, then no more")
    {
        const QList<QTimeZone> sydney{zone("Australia/Sydney")};
        CHECK(AccountExpiry::endOf(lastDay, sydney) == utc("2026-12-24T13:00:00Z"));
        CHECK(worksAt(lastDay, sydney, utc("2026-12-24T12:59:59Z")));       // 23:59:59 local
        CHECK_FALSE(worksAt(lastDay, sydney, utc("2026-12-24T13:00:00Z"))); // 00:00 the 25th
        // Midnight UTC would be 11:00 on the 25th there: a day too long.
        CHECK_FALSE(worksAt(lastDay, sydney, utc("2026-12-24T23:59:59Z")));
    }
    SECTION("Los Angeles (UTC-8): the afternoon of the 24th is still the 24th")
    {
        const QList<QTimeZone> la{zone("America/Los_Angeles")};
        CHECK(worksAt(lastDay, la, utc("2026-12-25T00:30:00Z"))); // 16:30 local on the 24th
        CHECK(worksAt(lastDay, la, utc("2026-12-25T07:59:59Z")));
        CHECK_FALSE(worksAt(lastDay, la, utc("2026-12-25T08:00:00Z")));
    }
    SECTION("clinics in two zones: the day is over everywhere the person works")
    {
        const QList<QTimeZone> both{zone("Australia/Sydney"), zone("Australia/Perth")};
        CHECK(AccountExpiry::endOf(lastDay, both) == utc("2026-12-24T16:00:00Z")); // Perth
        CHECK(worksAt(lastDay, both, utc("2026-12-24T15:59:59Z")));
        CHECK_FALSE(worksAt(lastDay, both, utc("2026-12-24T16:00:00Z")));
    }
    SECTION("a zone whose clocks skip midnight ends the day at its first real instant")
    {
        // Santiago moved to summer time at 00:00 on 2026-09-06: 00:00 became 01:00 (UTC-3).
        const QDateTime end = AccountExpiry::endOf(QDate(2026, 9, 5), {zone("America/Santiago")});
        CHECK(end == utc("2026-09-06T04:00:00Z"));
    }
    SECTION("no known zone: this computer's")
    {
        CHECK(AccountExpiry::endOf(lastDay, {}) ==
              QDateTime(lastDay.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC());
    }
}
