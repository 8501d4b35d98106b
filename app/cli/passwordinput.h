#pragma once

#include <QString>

#include <optional>

namespace routiq::cli {

// Passwords for routiq-cli: from a file named by an environment variable (scripts, CI), else
// typed at the terminal without echo. Never from the command line, where `ps` shows it.
class PasswordInput
{
public:
    static std::optional<QString> read(const char *fileVariable, const QString &prompt);
};

} // namespace routiq::cli
