#pragma once

#include "core/workerthread.h"
#include "domain/changeset.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "insights/noshowengine.h"
#include "insights/noshowsnapshot.h"

#include <QObject>

#include <atomic>

namespace routiq {

class Clock;

// One clinic's insights thread ("insights:<clinic>"): its own reader connection on the clinic
// cache and a NoShowEngine. It trains (or loads) the model off the GUI thread and off the
// metrics thread, so a training of several seconds never delays a figure; rescoring the
// upcoming bookings follows every change set (coalesced) and a minute's tick, since bookings
// leave the horizon as time passes.
class InsightsWorker : public QObject
{
    Q_OBJECT
public:
    InsightsWorker(QString clinicId, QString databasePath, DatabaseKey key, const Clock *clock,
                   NoShowEngine::Options options, QObject *parent = nullptr);
    ~InsightsWorker() override;

    bool isStarted() const { return m_thread.isRunning(); }
    // Opens the reader, loads or trains the model, then noShowReady follows.
    void start();
    void stop()
    {
        requestStop();
        waitStopped();
    }
    // The two halves of stop(), so that many workers can be asked before any is waited for.
    void requestStop();
    void waitStopped();

    void applyChanges(const ChangeSet &changes);
    void retrain();

signals:
    void noShowReady(const routiq::NoShowSnapshot &snapshot);
    void trainingChanged(bool running);
    void failed(const routiq::RoutiqError &error);

private:
    struct InThread;
    void train(InThread *ctx);
    void scheduleRescore(InThread *ctx);

    QString m_clinicId;
    QString m_path;
    DatabaseKey m_key;
    const Clock *m_clock;
    NoShowEngine::Options m_options;
    WorkerThread m_thread;
    InThread *m_context = nullptr; // lives in m_thread
    // Set by stop() on the owner's thread, read by a training in progress: quitting the app
    // never waits for a training of several seconds.
    std::atomic<bool> m_stopping{false};
};

} // namespace routiq
