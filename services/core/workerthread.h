#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace routiq {

// A named thread with one context object living in it: what the sync, metrics and insights
// workers share. Work is posted to the context (so it runs in the thread, in order); stopping
// posts a teardown that destroys in the thread what was created there (network managers,
// database connections), then ends the thread's loop. Stopping is two steps, so an owner with
// many threads asks them all to stop before it waits for any (stopAll).
class WorkerThread
{
public:
    explicit WorkerThread(QString name);
    ~WorkerThread(); // stops with no teardown if still running
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Moves the context to a new thread, which deletes it when the thread ends, and starts it.
    void start(QObject *context);
    bool isRunning() const { return m_thread != nullptr; }

    // Runs `work` in the thread, after what was posted before. Nothing happens if not running.
    void post(std::function<void()> work) const;

    // Posts the teardown, after which the thread's loop ends; returns at once.
    void requestStop(std::function<void()> teardown = {});
    // Joins a thread asked to stop. Safe when not running.
    void wait();
    void stop(std::function<void()> teardown = {})
    {
        requestStop(std::move(teardown));
        wait();
    }

private:
    QString m_name;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    bool m_stopRequested = false;
};

} // namespace routiq
