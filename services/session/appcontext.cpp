#include "appcontext.h"

#include "secrets/auditkey.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "secrets/vaultfilesecretstore.h"
#include "session/appschema.h"
#include "storage/appdatabase.h"
#include "storage/databaserekey.h"
#include "storage/sqlciphersupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString AppContext::folderId() const
{
    return m_slots->folderId();
}

AppContext::FolderState AppContext::folderState() const
{
    FolderState s;
    s.appDatabase = QFile::exists(AppDatabase::defaultFilePath(m_dataDirectory));
    const QFileInfo anyCache(AppDatabase::clinicDatabasePath(m_dataDirectory, QStringLiteral("x")));
    s.caches = !QDir(anyCache.absolutePath()).entryList(QDir::Files | QDir::Hidden).isEmpty();
    s.accountSlots = m_slots->hasKind(KeySlot::Kind::Account);
    s.recoverySlot = m_slots->hasKind(KeySlot::Kind::Recovery);
    s.agentSlots = m_slots->hasKind(KeySlot::Kind::Agent);
    s.demoSlot = m_slots->hasKind(KeySlot::Kind::Demo);
    return s;
}

RoutiqError AppContext::appDatabaseMissingError(const QString &dataDirectory)
{
    return RoutiqError::make(
        QStringLiteral("APP_DATABASE_MISSING"),
        QStringLiteral("The app database (routiq.db) is missing from the data folder, which "
                       "still holds key slots or clinic caches. Routiq will not start a new one "
                       "next to existing data. Restore routiq.db from a backup, or move the data "
                       "folder aside to start fresh and resync from the PMS."),
        dataDirectory);
}

bool AppContext::unlock(const DataKey &key, RoutiqError *error)
{
    if (m_appDatabase) {
        if (key == m_dataKey)
            return true;
        if (error)
            *error = RoutiqError::make(QStringLiteral("DATA_KEY_MISMATCH"),
                                       QStringLiteral("This key slot holds another data key than "
                                                      "the one the folder is open with."));
        return false;
    }
    const QString path = AppDatabase::defaultFilePath(m_dataDirectory);
    if (!key.isValid() || !QFile::exists(path)) {
        if (error)
            *error = appDatabaseMissingError(m_dataDirectory);
        return false;
    }
    DataKey appKey = key;
    if (const auto journal = m_slots->rekeyJournal()) {
        if (!m_allowUnfinishedRekey) {
            if (error)
                *error = RoutiqError::make(
                    QStringLiteral("REKEY_UNFINISHED"),
                    QStringLiteral("A key rotation of this data folder was interrupted. An admin "
                                   "finishes it with 'routiq-cli rekey'; until then the data "
                                   "stays closed."));
            return false;
        }
        // The sign-in gave one of the two keys; the journal gives the other.
        const QByteArray context = rekeyJournalContext();
        if (const DataKey newer = key.open(journal->newUnderOld, context); newer.isValid()) {
            m_rekeyOld = key;
            m_rekeyNew = newer;
        } else if (const DataKey older = key.open(journal->oldUnderNew, context); older.isValid()) {
            m_rekeyOld = older;
            m_rekeyNew = key;
        }
        // The app database is re-keyed last but one: it opens with the new key once done.
        if (m_rekeyNew.isValid() &&
            DatabaseRekey::opensWith(path, m_rekeyNew.databaseKey(DataKey::appDatabasePurpose())))
            appKey = m_rekeyNew;
        else if (m_rekeyOld.isValid())
            appKey = m_rekeyOld;
    }
    m_appDatabase = AppDatabase::open(path, appKey.databaseKey(DataKey::appDatabasePurpose()),
                                      AppSchema::migrator(), error);
    if (!m_appDatabase || !loadAuditKey(error))
        return false;
    m_dataKey = appKey;
    m_vault->setDataKey(appKey);
    return true;
}

bool AppContext::hasUnfinishedRekey() const
{
    return m_slots->rekeyJournal().has_value();
}

QByteArray AppContext::rekeyJournalContext() const
{
    return QByteArrayLiteral("routiq-rekey-journal-v1;") + folderId().toUtf8();
}

bool AppContext::startRekey(RoutiqError *error)
{
    if (!m_appDatabase)
        return false;
    const DataKey fresh = DataKey::generate();
    const QByteArray context = rekeyJournalContext();
    if (!m_slots->setRekeyJournal({m_dataKey.seal(fresh, context), fresh.seal(m_dataKey, context)},
                                  error))
        return false;
    m_rekeyOld = m_dataKey;
    m_rekeyNew = fresh;
    return true;
}

bool AppContext::reopenAppDatabase(const DataKey &key, RoutiqError *error)
{
    m_appDatabase.reset();
    m_appDatabase = AppDatabase::open(AppDatabase::defaultFilePath(m_dataDirectory),
                                      key.databaseKey(DataKey::appDatabasePurpose()),
                                      AppSchema::migrator(), error);
    if (!m_appDatabase || !loadAuditKey(error))
        return false;
    m_dataKey = key;
    m_vault->setDataKey(key);
    return true;
}

bool AppContext::initialize(const DataKey &key, RoutiqError *error)
{
    if (m_appDatabase || folderState().hasData()) {
        if (error)
            *error = RoutiqError::make(
                QStringLiteral("FOLDER_HAS_DATA"),
                QStringLiteral("This data folder already holds Routiq data (an app database or "
                               "clinic caches), so Routiq will not make a new key for it. Sign "
                               "in, use the recovery key (routiq-cli recover), or move the folder "
                               "aside to start fresh."),
                m_dataDirectory);
        return false;
    }
    if (!key.isValid() || !m_slots->removeAll(error))
        return false;
    m_appDatabase = AppDatabase::open(AppDatabase::defaultFilePath(m_dataDirectory),
                                      key.databaseKey(DataKey::appDatabasePurpose()),
                                      AppSchema::migrator(), error);
    if (!m_appDatabase || !loadAuditKey(error))
        return false;
    m_dataKey = key;
    m_vault->setDataKey(key);
    return true;
}

bool AppContext::loadAuditKey(RoutiqError *error)
{
    m_auditKey.fill('\0');
    m_auditKey = AuditKey::load(m_appDatabase->database(), error);
    if (m_auditKey.isEmpty()) {
        m_appDatabase.reset(); // no unaudited use of the data
        return false;
    }
    return true;
}

void AppContext::lock()
{
    m_auditKey.fill('\0');
    m_auditKey.clear();
    m_appDatabase.reset();
    m_dataKey = {};
    m_vault->clearDataKey();
}

void AppContext::open(const Options &options, OpenCallback done)
{
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->m_dataDirectory = QDir(options.dataDirectory).absolutePath();
    auto fail = [done](RoutiqError error) {
        if (error.timestamp.isNull())
            error.timestamp = QDateTime::currentDateTimeUtc();
        done(nullptr, error);
    };
    auto failLater = [fail](const RoutiqError &error) {
        QTimer::singleShot(0, [fail, error] { fail(error); });
    };

    if (!QDir().mkpath(ctx->m_dataDirectory)) {
        failLater(RoutiqError::make(
            QStringLiteral("DATA_DIR_UNWRITABLE"),
            QStringLiteral("Routiq cannot create its data folder. Check that the folder is "
                           "writable or choose another with --data-dir."),
            ctx->m_dataDirectory));
        return;
    }
    QFile::setPermissions(ctx->m_dataDirectory,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    RoutiqError error = SqlCipherSupport::ensureDriverAvailable();
    if (error.isNull())
        ctx->m_slots = KeySlotStore::open(ctx->m_dataDirectory, &error);
    if (ctx->m_slots) {
        if (options.masterKeyFile.isEmpty())
            ctx->m_store = std::make_unique<KeychainSecretStore>(
                KeychainSecretStore::serviceFor(ctx->m_slots->folderId()));
        else
            ctx->m_store =
                VaultFileSecretStore::open(options.masterKeyFile, ctx->m_dataDirectory, &error);
    }
    if (!ctx->m_store) {
        failLater(error);
        return;
    }
    ctx->m_vault = std::make_unique<KeyVault>(ctx->m_store.get());
    auto holder = std::make_shared<std::unique_ptr<AppContext>>(std::move(ctx));
    QTimer::singleShot(0, [holder, done] { done(std::move(*holder), {}); });
}

} // namespace routiq
