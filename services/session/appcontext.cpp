#include "appcontext.h"

#include "secrets/auditkey.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/keyvault.h"
#include "secrets/vaultfilesecretstore.h"
#include "storage/appdatabase.h"
#include "storage/sqlciphersupport.h"

#include <QDir>
#include <QFile>
#include <QTimer>

namespace routiq {

AppContext::~AppContext()
{
    m_auditKey.fill('\0');
}

QString AppContext::clinicDatabasePath(const QString &clinicId) const
{
    return AppDatabase::clinicDatabasePath(m_dataDirectory, clinicId);
}

void AppContext::open(const Options &options, OpenCallback done)
{
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->m_dataDirectory = QDir(options.dataDirectory).absolutePath();
    auto *raw = ctx.get();
    auto fail = [done](RoutiqError error) {
        if (error.timestamp.isNull())
            error.timestamp = QDateTime::currentDateTimeUtc();
        done(nullptr, error);
    };

    if (!QDir().mkpath(ctx->m_dataDirectory)) {
        const RoutiqError error = RoutiqError::make(
            QStringLiteral("DATA_DIR_UNWRITABLE"),
            QStringLiteral("Routiq cannot create its data folder. Check that the folder is "
                           "writable or choose another with --data-dir."),
            ctx->m_dataDirectory);
        QTimer::singleShot(0, [fail, error] { fail(error); });
        return;
    }
    QFile::setPermissions(ctx->m_dataDirectory,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const RoutiqError driverError = SqlCipherSupport::ensureDriverAvailable();
    RoutiqError storeError;
    if (driverError.isNull()) {
        if (options.masterKeyFile.isEmpty())
            ctx->m_store = std::make_unique<KeychainSecretStore>(
                KeychainSecretStore::serviceFor(ctx->m_dataDirectory));
        else
            ctx->m_store = VaultFileSecretStore::open(options.masterKeyFile, ctx->m_dataDirectory,
                                                      &storeError);
    }
    if (!driverError.isNull() || !ctx->m_store) {
        const RoutiqError error = driverError.isNull() ? storeError : driverError;
        QTimer::singleShot(0, [fail, error] { fail(error); });
        return;
    }
    ctx->m_vault = std::make_unique<KeyVault>(ctx->m_store.get());

    // The pending keychain job holds the context until it answers.
    auto holder = std::make_shared<std::unique_ptr<AppContext>>(std::move(ctx));
    // On failure the context must not die inside its own vault's callback: delete it later.
    auto discard = [holder] {
        holder->release()->deleteLater();
    };
    raw->m_vault->appDatabaseKey([holder, done, fail, discard](const DatabaseKey &key,
                                                               const RoutiqError &error) {
        if (!error.isNull()) {
            discard();
            fail(error);
            return;
        }
        AppContext *c = holder->get();
        RoutiqError openError;
        c->m_appDatabase =
            AppDatabase::open(AppDatabase::defaultFilePath(c->m_dataDirectory), key, &openError);
        if (!c->m_appDatabase) {
            discard();
            fail(openError);
            return;
        }
        c->m_auditKey = AuditKey::derive(key);
        done(std::move(*holder), {});
    });
}

} // namespace routiq
