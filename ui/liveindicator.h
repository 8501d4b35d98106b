#pragma once

#include "live/livestatus.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

class QLabel;
class QVariantAnimation;

namespace routiq {

class LiveStatusTracker;
class StatusDot;

// The live dot and the data-age line ("Updated 12 s ago"). The dot breathes gently while Live,
// flashes once per incoming change, turns amber when Stale and grey/red when Offline/AuthError.
// It follows a LiveStatusTracker, whose once-a-second tick keeps the age text current.
class LiveIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit LiveIndicator(QWidget *parent = nullptr);

    void setTracker(LiveStatusTracker *tracker);
    LiveStatus status() const { return m_status; }
    QString text() const;
    QColor dotColor() const;
    bool isBreathing() const;
    int flashCount() const { return m_flashes; } // changes shown since creation (for tests)

    // Shown while no tracker is attached (e.g. "Not connected").
    void setPlaceholderText(const QString &text);

private:
    void sync();
    void flash();
    void updateAnimation();

    QPointer<LiveStatusTracker> m_tracker;
    LiveStatus m_status = LiveStatus::Connecting;
    StatusDot *m_dot = nullptr;
    QLabel *m_label = nullptr;
    QVariantAnimation *m_breath = nullptr;
    QVariantAnimation *m_flash = nullptr;
    int m_flashes = 0;
};

} // namespace routiq
