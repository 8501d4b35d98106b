#pragma once

#include <QString>

#include <optional>

namespace routiq::cli {

// Reads the API key given to `clinic add --api-key-file`: a file, or standard input for "-"
// (so the key need never be on disk: `pass show cliniko | routiq-cli ... --api-key-file -`).
// The key is copied into the keychain; the file stays where it is, and a file that other
// users can read earns a warning on stderr, since it holds the clinic's PMS credentials.
class ApiKeyInput
{
public:
    struct Result
    {
        std::optional<QString> key; // trimmed; none when it could not be read
        QString problem;            // why not, for the BAD_REQUEST message
        QString warning;            // e.g. group/others can read the file; empty if none
    };
    static Result read(const QString &path);
};

} // namespace routiq::cli
