#include "snapshotthrottle.h"

namespace routiq {

SnapshotThrottle::SnapshotThrottle(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SnapshotThrottle::onIntervalEnded);
}

void SnapshotThrottle::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(0, ms));
}

void SnapshotThrottle::submit(const MetricsSnapshot &snapshot)
{
    if (m_timer.isActive()) {
        m_pending = snapshot; // coalesce: only the newest survives
        return;
    }
    m_timer.start();
    emit snapshotReady(snapshot);
}

void SnapshotThrottle::onIntervalEnded()
{
    if (!m_pending)
        return;
    const MetricsSnapshot next = *std::exchange(m_pending, std::nullopt);
    m_timer.start(); // keep the spacing after this delivery too
    emit snapshotReady(next);
}

} // namespace routiq
