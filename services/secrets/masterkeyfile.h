#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace routiq {

// The opt-in headless master key: a file the user creates (32 random bytes, or 64 hex digits,
// e.g. `umask 077; openssl rand -hex 32 > ~/.config/routiq-master.key`), readable only by its
// owner (mode 0600 or 0400) and kept outside the data directory, so a copy of the data folder
// alone never carries the key. Anything else is refused with "MASTER_KEY_FILE_REJECTED".
class MasterKeyFile
{
public:
    static std::optional<QByteArray> load(const QString &path, const QString &dataDirectory,
                                          RoutiqError *error);
};

} // namespace routiq
