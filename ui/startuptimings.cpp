#include "startuptimings.h"

#include "appshell.h"
#include "kpicard.h"
#include "mainwindow.h"
#include "session/clinicsession.h"
#include "session/clinicsessions.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <algorithm>

#include <time.h>

namespace routiq {

namespace {

qint64 vmHwmKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

qint64 StartupTimings::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

StartupTimings::StartupTimings(const QString &path, qint64 mainEnteredNs, QObject *parent)
    : QObject(parent), m_path(path)
{
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write("main_entered " + QByteArray::number(mainEnteredNs) + '\n');
    m_marked.insert(QStringLiteral("main_entered"));
    // A start that never gets there still ends, with the moments it reached.
    QTimer::singleShot(120000, this, [this] {
        mark(QStringLiteral("timeout"));
        finishIfDone();
    });
}

void StartupTimings::mark(const QString &name)
{
    if (m_marked.contains(name))
        return;
    m_marked.insert(name);
    QFile file(m_path);
    if (file.open(QIODevice::Append))
        file.write(name.toLatin1() + ' ' + QByteArray::number(monotonicNs()) + '\n');
}

void StartupTimings::watch(AppShell *shell)
{
    // The dashboard window is built after the sign-in is up (AppShell::ensureWindow).
    connect(shell, &AppShell::windowBuilt, this, &StartupTimings::watchWindow);
    connect(shell, &AppShell::sessionsStarted, this, [this](ClinicSessions *sessions) {
        connect(sessions, &ClinicSessions::sessionOpened, this, &StartupTimings::watchSession);
    });
}

void StartupTimings::watchWindow(MainWindow *window)
{
    m_window = window;
    window->installEventFilter(this);
    // The value label of each card: its first paint showing a number is "figures painted".
    for (KpiCard *card : window->cards())
        for (QLabel *label : card->findChildren<QLabel *>(QStringLiteral("KpiValue")))
            label->installEventFilter(this);
}

void StartupTimings::watchSession(ClinicSession *session)
{
    m_anySession = true;
    m_indexing.insert(session);
    connect(session, &ClinicSession::fullIndexReady, this, [this, session] {
        m_indexing.remove(session);
        if (m_indexing.isEmpty())
            mark(QStringLiteral("full_index_ready"));
        finishIfDone();
    });
}

bool StartupTimings::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_window && watched == m_window) {
        mark(QStringLiteral("window_shown"));
    } else if (event->type() == QEvent::Paint &&
               !m_marked.contains(QStringLiteral("kpi_painted"))) {
        const auto *label = qobject_cast<QLabel *>(watched);
        if (label && label->isVisible() &&
            std::any_of(label->text().cbegin(), label->text().cend(),
                        [](QChar c) { return c.isDigit(); })) {
            // After this paint event is handled: the figure is on the backing store.
            QTimer::singleShot(0, this, [this] {
                mark(QStringLiteral("kpi_painted"));
                finishIfDone();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupTimings::finishIfDone()
{
    const bool reached =
        m_marked.contains(QStringLiteral("timeout")) ||
        (m_marked.contains(QStringLiteral("kpi_painted")) && m_anySession && m_indexing.isEmpty());
    if (m_done || !reached)
        return;
    m_done = true;
    QFile file(m_path);
    if (file.open(QIODevice::Append))
        file.write("vmhwm_kib " + QByteArray::number(vmHwmKiB()) + '\n');
    QApplication::quit();
}

} // namespace routiq
