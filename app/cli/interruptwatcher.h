#pragma once

#include <QObject>

class QSocketNotifier;

namespace routiq::cli {

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe), so `sync --watch` can
// stop its worker cleanly and leave the cache consistent instead of dying mid-transaction.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace routiq::cli
