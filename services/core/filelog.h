#pragma once

#include "rotatinglogfile.h"

#include <QString>
#include <QtGlobal>

#include <memory>

class QSettings;

namespace routiq {

// The support log (issue 18): a Qt message handler that writes every message as one JSON line
// (time, level, category, thread, clinic, sync run id, message, scrubbed by LogScrubber) to a
// RotatingLogFile in the data folder's `logs/`, and passes it on unchanged to the handler that
// was installed before (stderr), so the terminal shows what it always showed. One per process:
// routiq and routiq-cli install it in main().
class FileLog
{
public:
    // The retention settings, from QSettings `logs/maxFileMB`, `logs/maxFiles`,
    // `logs/retentionDays` (defaults 5 × 5 MB, 14 days). No secret lives there.
    static RotatingLogFile::Options optionsFrom(const QSettings &settings);
    static QString directoryFor(const QString &dataDirectory);

    // Installs the handler writing to `directory`; replaces an earlier install.
    static void install(const QString &directory, RotatingLogFile::Options options);
    // Restores the previous handler and closes the file.
    static void uninstall();
    // The installed log, or null.
    static RotatingLogFile *current();

    // One line as the file holds it (for tests and the handler).
    static QByteArray formatLine(QtMsgType type, const char *category, const QString &message);
};

} // namespace routiq
