#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace routiq {

class AppShell;
class ClinicSession;
class MainWindow;

// `routiq --startup-timings FILE` (tests/bench/startup_bench, issue 17): writes the moments of
// one start to FILE as "<name> <CLOCK_MONOTONIC ns>" lines, the same clock the bench read just
// before it started the process: main entered, sign-in submitted, main window shown, first KPI
// figure painted, every clinic's full index ready; then "vmhwm_kib <peak RSS>" and the app
// quits. Nothing of the clinic's data is written, only times.
class StartupTimings : public QObject
{
    Q_OBJECT
public:
    static qint64 monotonicNs();

    // `mainEnteredNs`: monotonicNs() read first thing in main().
    StartupTimings(const QString &path, qint64 mainEnteredNs, QObject *parent = nullptr);

    void watch(AppShell *shell);
    void mark(const QString &name); // once per name; later calls are ignored

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchWindow(MainWindow *window);
    void watchSession(ClinicSession *session);
    void finishIfDone();

    QString m_path;
    MainWindow *m_window = nullptr;
    QSet<QString> m_marked;
    QSet<ClinicSession *> m_indexing; // sessions whose full index is not ready yet
    bool m_anySession = false;
    bool m_done = false;
};

} // namespace routiq
