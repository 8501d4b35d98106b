#pragma once

#include "clicommand.h"

#include <memory>

namespace routiq::cli {

// `serve` (issue 19) needs Qt HttpServer and WebSockets, which the headless agent must not
// carry (issue 18). So routiq-cli and routiq-serve are built from the same command sources and
// differ only here: routiq-serve runs the command (servedirect.cpp), routiq-cli hands the whole
// command line over to routiq-serve beside it (serveexec.cpp). Returns null when the command
// already finished the process's work (its exit code in *exitCode).
std::unique_ptr<CliCommand> makeServeCommand(const CliContext &context, int *exitCode);

} // namespace routiq::cli
