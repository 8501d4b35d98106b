#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <mutex>

namespace routiq {

// A size-capped set of log files in one folder: `routiq.jsonl` is written; when the next line
// would take it past `maxFileBytes` it becomes `routiq.1.jsonl` (the older ones shift up) and
// files past `maxFiles` are deleted. Rotated files older than `retentionDays` are deleted when
// the log opens. Thread-safe: the message handler writes from every thread. The folder is made
// on the first line, so a command that logs nothing leaves no folder behind.
class RotatingLogFile
{
public:
    struct Options
    {
        qint64 maxFileBytes = 5 * 1024 * 1024;
        int maxFiles = 5;       // the current file included
        int retentionDays = 14; // rotated files older than this go (0: keep by count only)
    };

    RotatingLogFile(QString directory, Options options);
    ~RotatingLogFile();

    // Appends one line (a newline is added) and flushes it: a crash loses nothing written.
    void append(const QByteArray &line);

    QString directory() const { return m_directory; }
    // The current file, then the rotated ones, newest first.
    QStringList files() const;
    // The last `count` lines over the files, oldest first.
    QList<QByteArray> lastLines(int count) const;

    static QString fileName(int index); // 0: routiq.jsonl, n: routiq.n.jsonl

private:
    bool openLocked();
    void rotateLocked();
    void pruneByAgeLocked();

    const QString m_directory;
    const Options m_options;
    mutable std::mutex m_mutex;
    QFile m_file;
    bool m_failed = false; // could not open: stop trying (stderr still has everything)
};

} // namespace routiq
