#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace routiq {

class LiveStatusTracker;

// Shows the first backfill while it runs: "Loading appointment history", a progress bar of
// records stored / reported and the estimated time left. Hidden when no backfill is running.
class SyncStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusPanel(QWidget *parent = nullptr);

    void setTracker(LiveStatusTracker *tracker);
    int progressValue() const;
    int progressMaximum() const;
    QString etaText() const;

private:
    void sync();

    QPointer<LiveStatusTracker> m_tracker;
    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_eta = nullptr;
};

} // namespace routiq
