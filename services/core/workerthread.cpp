#include "workerthread.h"

#include <QMetaObject>
#include <QThread>

namespace routiq {

WorkerThread::WorkerThread(QString name) : m_name(std::move(name)) {}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::start(QObject *context)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(m_name);
    m_context = context;
    m_stopRequested = false;
    m_context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

void WorkerThread::post(std::function<void()> work) const
{
    if (!m_thread || m_stopRequested)
        return;
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void WorkerThread::requestStop(std::function<void()> teardown)
{
    if (!m_thread || m_stopRequested)
        return;
    m_stopRequested = true;
    // The loop ends from inside the teardown: a quit() from here could end it before the
    // teardown (or work posted earlier) ran.
    QMetaObject::invokeMethod(
        m_context,
        [teardown = std::move(teardown)] {
            if (teardown)
                teardown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void WorkerThread::wait()
{
    if (!m_thread)
        return;
    requestStop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_context = nullptr; // deleted in the thread as it finished (deleteLater)
}

} // namespace routiq
