#pragma once

#include "clicommand.h"

#include <QList>
#include <QString>

#include <memory>

namespace routiq::cli {

// The routiq-cli command table: names, usage and one-line summaries.
struct CommandInfo
{
    const char *name;
    const char *usage;
    const char *summary;
};

const QList<CommandInfo> &commands();
QString usageText();

// Creates the command named by args[0], or prints why not and returns null with *exitCode set.
std::unique_ptr<CliCommand> makeCommand(const CliContext &context, const QStringList &args,
                                        int *exitCode);

} // namespace routiq::cli
