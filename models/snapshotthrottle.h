#pragma once

#include "metrics/clinicmetrics.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace routiq {

// Coalesces a stream of snapshots so the screen updates at most a few times per second: the
// first snapshot after a quiet spell passes at once, later ones within the interval collapse
// into the newest, delivered when the interval ends. Nothing is ever lost but intermediates.
class SnapshotThrottle : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 250;

    explicit SnapshotThrottle(QObject *parent = nullptr);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    bool hasPending() const { return m_pending.has_value(); }
    // Drops a snapshot still waiting for its slot (e.g. the user switched clinic meanwhile).
    void discardPending() { m_pending.reset(); }

public slots:
    void submit(const routiq::MetricsSnapshot &snapshot);

signals:
    void snapshotReady(const routiq::MetricsSnapshot &snapshot);

private:
    void onIntervalEnded();

    QTimer m_timer;
    std::optional<MetricsSnapshot> m_pending;
};

} // namespace routiq
