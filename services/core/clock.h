#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <utility>

namespace routiq {

// The one source of "now" for everything that ages, waits or expires (data age, staleness,
// rate limits, backoff, lockouts). Tests inject a ManualClock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMSecs() const { return nowUtc().toMSecsSinceEpoch(); }
};

// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void setNow(QDateTime now) { m_now = std::move(now); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace routiq
