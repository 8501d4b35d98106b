#pragma once

#include "clicommand.h"

#include "session/appcontext.h"

namespace routiq::cli {

// `clinic add|list|remove`: manage clinic connections. The API key is read from a file (never
// from the command line, where other users could see it) and stored in the keychain.
class ClinicCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    void add(const QStringList &args);
    void list(const QStringList &args);
    void remove(const QStringList &args);
    void withContext(std::function<void(AppContext &)> then);

    std::unique_ptr<AppContext> m_app;
};

} // namespace routiq::cli
