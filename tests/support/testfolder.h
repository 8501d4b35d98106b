#pragma once

#include "domain/databasekey.h"
#include "secrets/datakey.h"

#include <QString>

#include <memory>

namespace routiq {
class AppContext;
}

namespace routiq::test {

// Data folders for tests, opened the way the app opens them (AppContext over keyslots.db and the
// real keychain), in-process. A folder the CLI made is unlocked with an account's password, as
// a sign-in would; a new one gets a data key, an admin slot and a recovery slot.

// The folder's context, still locked; null (with the reason printed) on failure.
std::unique_ptr<AppContext> openFolder(const QString &dataDir);
// Opened and unlocked with `user`'s key slot; null when the password does not open it.
std::unique_ptr<AppContext> unlockFolder(const QString &dataDir, const QString &user,
                                         const QString &password);
// A new folder, unlocked: data key, the slot of `admin` (test-only Argon2id cost) and the
// recovery slot, whose key is written to *recoveryKey when given.
std::unique_ptr<AppContext> createFolder(const QString &dataDir,
                                         const QString &admin = QStringLiteral("admin"),
                                         const QString &password = QStringLiteral("admin password"),
                                         QString *recoveryKey = nullptr);
// A clinic cache's key in an unlocked folder.
DatabaseKey cacheKey(const AppContext &context, const QString &clinicId);
// The password Cli::signInAsNewAdmin gives `name`.
QString cliAdminPassword(const QString &name = QStringLiteral("admin"));

} // namespace routiq::test
