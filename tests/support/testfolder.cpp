#include "testfolder.h"

#include "core/clock.h"
#include "session/appcontext.h"
#include "session/folderkeys.h"

#include <QTest>

#include <cstdio>

namespace routiq::test {

std::unique_ptr<AppContext> openFolder(const QString &dataDir)
{
    std::unique_ptr<AppContext> context;
    bool answered = false;
    AppContext::open({dataDir, {}}, [&](std::unique_ptr<AppContext> opened, const RoutiqError &e) {
        answered = true;
        if (!opened)
            std::fprintf(stderr, "app context: %s\n", qPrintable(e.message));
        context = std::move(opened);
    });
    if (!QTest::qWaitFor([&] { return answered; }, 30000))
        return nullptr;
    return context;
}

std::unique_ptr<AppContext> unlockFolder(const QString &dataDir, const QString &user,
                                         const QString &password)
{
    std::unique_ptr<AppContext> context = openFolder(dataDir);
    if (!context)
        return nullptr;
    SystemClock clock;
    RoutiqError error;
    {
        FolderKeys keys(context.get(), &clock);
        const FolderKeys::Unwrapped unwrapped = keys.unlockWithPassword(user, password);
        if (!unwrapped.ok() || !context->unlock(unwrapped.key, &error)) {
            std::fprintf(stderr, "unlock: %s %s\n", qPrintable(unwrapped.error.code),
                         qPrintable(error.code));
            return nullptr;
        }
    }
    return context;
}

std::unique_ptr<AppContext> createFolder(const QString &dataDir, const QString &admin,
                                         const QString &password, QString *recoveryKey)
{
    std::unique_ptr<AppContext> context = openFolder(dataDir);
    if (!context)
        return nullptr;
    SystemClock clock;
    RoutiqError error;
    FolderKeys keys(context.get(), &clock, PasswordHasher::Cost::testingOnly());
    const std::optional<QString> recovery = keys.createFolder(admin, password, &error);
    if (!recovery) {
        std::fprintf(stderr, "new folder: %s\n", qPrintable(error.message));
        return nullptr;
    }
    if (recoveryKey)
        *recoveryKey = *recovery;
    return context;
}

DatabaseKey cacheKey(const AppContext &context, const QString &clinicId)
{
    return context.dataKey().databaseKey(DataKey::clinicPurpose(clinicId));
}

QString cliAdminPassword(const QString &name)
{
    return QStringLiteral("admin password for ") + name;
}

} // namespace routiq::test
