#include "rotatinglogfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace routiq {

RotatingLogFile::RotatingLogFile(QString directory, Options options)
    : m_directory(std::move(directory)), m_options(options)
{
    m_file.setFileName(QDir(m_directory).filePath(fileName(0)));
    std::lock_guard lock(m_mutex);
    pruneByAgeLocked();
}

RotatingLogFile::~RotatingLogFile() = default;

QString RotatingLogFile::fileName(int index)
{
    return index == 0 ? QStringLiteral("routiq.jsonl")
                      : QStringLiteral("routiq.%1.jsonl").arg(index);
}

bool RotatingLogFile::openLocked()
{
    if (m_file.isOpen())
        return true;
    if (m_failed)
        return false;
    if (!QDir().mkpath(m_directory) ||
        !m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_failed = true;
        return false;
    }
    // The log says which clinics synced and when: only this OS user reads it.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void RotatingLogFile::append(const QByteArray &line)
{
    std::lock_guard lock(m_mutex);
    // The folder was moved or deleted under us (the demo sets an old folder aside, a user
    // clears logs/): start a new file where the log belongs rather than write into the old one.
    if (m_file.isOpen() && !QFileInfo::exists(m_file.fileName()))
        m_file.close();
    if (!openLocked())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() + 1 > m_options.maxFileBytes) {
        rotateLocked();
        if (!openLocked())
            return;
    }
    m_file.write(line);
    m_file.write("\n", 1);
    m_file.flush();
}

void RotatingLogFile::rotateLocked()
{
    m_file.close();
    const QDir dir(m_directory);
    const int keep = qMax(1, m_options.maxFiles);
    QFile::remove(dir.filePath(fileName(keep - 1)));
    for (int i = keep - 2; i >= 0; --i)
        QFile::rename(dir.filePath(fileName(i)), dir.filePath(fileName(i + 1)));
    if (keep == 1)
        QFile::remove(dir.filePath(fileName(0)));
}

void RotatingLogFile::pruneByAgeLocked()
{
    const QDir dir(m_directory);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-m_options.retentionDays);
    for (int i = 1; i < qMax(1, m_options.maxFiles) + 8; ++i) {
        const QFileInfo info(dir.filePath(fileName(i)));
        if (!info.exists())
            continue;
        // Beyond the count (a smaller cap than before) or older than the retention.
        if (i >= m_options.maxFiles ||
            (m_options.retentionDays > 0 && info.lastModified().toUTC() < cutoff))
            QFile::remove(info.filePath());
    }
}

QStringList RotatingLogFile::files() const
{
    std::lock_guard lock(m_mutex);
    QStringList out;
    const QDir dir(m_directory);
    for (int i = 0; i < qMax(1, m_options.maxFiles); ++i)
        if (QFileInfo::exists(dir.filePath(fileName(i))))
            out << dir.filePath(fileName(i));
    return out;
}

QList<QByteArray> RotatingLogFile::lastLines(int count) const
{
    QList<QByteArray> out;
    for (const QString &path : files()) { // newest first
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QList<QByteArray> lines = f.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (qsizetype i = lines.size() - 1; i >= 0 && out.size() < count; --i)
            out.prepend(lines.at(i));
        if (out.size() >= count)
            break;
    }
    return out;
}

} // namespace routiq
