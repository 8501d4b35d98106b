#include "servecommand.h"
#include "servelauncher.h"

namespace routiq::cli {

// routiq-serve: the command itself.
std::unique_ptr<CliCommand> makeServeCommand(const CliContext &context, int *)
{
    return std::make_unique<ServeCommand>(context);
}

} // namespace routiq::cli
