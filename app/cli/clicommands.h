#pragma once

#include <QStringList>

namespace routiq::cli {

// The routiq-cli command table: names, one-line summaries and whether this build has them.
struct CommandInfo
{
    const char *name;
    const char *usage;
    const char *summary;
    bool available;
};

const QList<CommandInfo> &commands();
QString usageText();

// Runs the command named by args[0] (args excludes global options). Returns the exit code.
int run(const QString &dataDir, const QStringList &args);

} // namespace routiq::cli
