// Measures a sign-in that unwraps the data key, at the interactive Argon2id cost the app and
// routiq-cli use: the account's key slot opened (Argon2id + XChaCha20-Poly1305), the app
// database opened with the derived key, the account checked and the login audited. Prints the
// median and the slowest of N runs; the budget is 300 ms (docs/security.md).
#include "core/clock.h"
#include "secrets/keyslotstore.h"
#include "security/accountservice.h"
#include "security/auditlog.h"
#include "session/appcontext.h"
#include "session/folderkeys.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace routiq;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs."),
                                    QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(repeat);
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    AppContext::open({dir.path(), {}}, [&](std::unique_ptr<AppContext> c, const RoutiqError &e) {
        if (!c)
            std::fprintf(stderr, "open: %s\n", qPrintable(e.message));
        context = std::move(c);
        app.quit();
    });
    app.exec();
    if (!context)
        return 1;
    SystemClock clock;
    const PasswordHasher::Cost cost = PasswordHasher::Cost::interactive();
    const QString password = QStringLiteral("a long enough password");
    RoutiqError error;
    {
        FolderKeys keys(context.get(), &clock, cost);
        PasswordHasher hasher(cost);
        if (!keys.createFolder(QStringLiteral("manager"), password, &error))
            return 1;
        AuditLog audit(context->appDatabase().database(), &clock);
        AccountService accounts(context->appDatabase().database(), &clock, &hasher, &audit);
        if (!accounts.createFirstAdmin(QStringLiteral("manager"), password, &error))
            return 1;
    }
    context->lock();

    std::vector<qint64> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        FolderKeys keys(context.get(), &clock, cost);
        const FolderKeys::Unwrapped unwrapped =
            keys.unlockWithPassword(QStringLiteral("manager"), password);
        if (!unwrapped.ok() || !context->unlock(unwrapped.key, &error))
            return 2;
        {
            PasswordHasher hasher(cost);
            AuditLog audit(context->appDatabase().database(), &clock);
            AccountService::Options options;
            options.throttleDatabase = context->keySlots().database();
            AccountService accounts(context->appDatabase().database(), &clock, &hasher, &audit,
                                    options);
            if (!accounts.finishSlotLogin(QStringLiteral("manager"), unwrapped.generation).ok())
                return 3;
        }
        ms.push_back(t.elapsed());
        context->lock();
    }
    std::sort(ms.begin(), ms.end());
    const qint64 median = ms[ms.size() / 2];
    std::printf("sign-in with key unwrapping (Argon2id interactive: %llu passes, %zu MiB), %d "
                "runs: median %lld ms, slowest %lld ms, budget 300 ms: %s\n",
                cost.opsLimit, cost.memLimitBytes / (1024 * 1024), runs, qlonglong(median),
                qlonglong(ms.back()), median < 300 ? "within" : "OVER");
    return 0;
}
