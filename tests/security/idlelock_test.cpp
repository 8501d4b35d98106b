#include "core/clock.h"
#include "security/idlelock.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace routiq;

TEST_CASE("the idle lock asks to lock once the timeout passes without activity")
{
    test::ensureCoreApp();
    ManualClock clock;
    IdleLock lock(&clock, 5);
    QSignalSpy spy(&lock, &IdleLock::lockRequested);

    clock.advanceMSecs(5 * 60'000 - 1);
    lock.check();
    CHECK(spy.isEmpty());
    CHECK(lock.remainingMs() == 1);

    clock.advanceMSecs(1);
    lock.check();
    CHECK(spy.size() == 1);
    CHECK(lock.isLocked());
    lock.check(); // asks once, not on every check
    CHECK(spy.size() == 1);
}

TEST_CASE("activity restarts the idle countdown")
{
    test::ensureCoreApp();
    ManualClock clock;
    IdleLock lock(&clock, 5);
    QSignalSpy spy(&lock, &IdleLock::lockRequested);
    for (int i = 0; i < 10; ++i) {
        clock.advanceMSecs(4 * 60'000);
        lock.activity();
        lock.check();
    }
    CHECK(spy.isEmpty());
    clock.advanceMSecs(5 * 60'000);
    lock.check();
    CHECK(spy.size() == 1);
}

TEST_CASE("input on the lock screen does not unlock, but a login does and restarts the countdown")
{
    test::ensureCoreApp();
    ManualClock clock;
    IdleLock lock(&clock, 1);
    QSignalSpy spy(&lock, &IdleLock::lockRequested);
    clock.advanceMSecs(60'000);
    lock.check();
    REQUIRE(lock.isLocked());
    lock.activity();
    CHECK(lock.isLocked());

    lock.unlock();
    CHECK_FALSE(lock.isLocked());
    CHECK(lock.remainingMs() == 60'000);
    clock.advanceMSecs(60'000);
    lock.check();
    CHECK(spy.size() == 2);
}

TEST_CASE("a timeout of zero turns the idle lock off, and a new timeout applies at once")
{
    test::ensureCoreApp();
    ManualClock clock;
    IdleLock lock(&clock, 0);
    QSignalSpy spy(&lock, &IdleLock::lockRequested);
    clock.advanceMSecs(24LL * 3600 * 1000);
    lock.check();
    CHECK(spy.isEmpty());
    CHECK(lock.remainingMs() == -1);

    lock.activity();
    lock.setTimeoutMinutes(2);
    CHECK(lock.remainingMs() == 120'000);
    clock.advanceMSecs(120'000);
    lock.check();
    CHECK(spy.size() == 1);
}

TEST_CASE("the idle lock's own timer fires the check when the time is up")
{
    test::ensureCoreApp();
    ManualClock clock;
    IdleLock lock(&clock, 1);
    QSignalSpy spy(&lock, &IdleLock::lockRequested);
    // The clock says the time is up; the timer (armed for at most 15 s) wakes the lock, which
    // reads the clock. Re-arming with the time already past makes the next wake-up immediate.
    clock.advanceMSecs(60'000);
    lock.activity(); // timer already running: no restart, countdown from now
    clock.advanceMSecs(60'000);
    lock.setTimeoutMinutes(1); // re-arms the timer with 0 ms remaining
    CHECK(spy.wait(2000));
    CHECK(lock.isLocked());
}
