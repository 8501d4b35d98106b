#include "keyrotation.h"

#include "appcontext.h"
#include "core/logging.h"
#include "secrets/keyslotcrypto.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"
#include "storage/databaserekey.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace routiq {

KeyRotation::KeyRotation(AppContext *context, QObject *parent) : QObject(parent), m_context(context)
{}

bool KeyRotation::countFile()
{
    ++m_filesRekeyed;
    if (m_pauseAfter > 0 && m_filesRekeyed >= m_pauseAfter) {
        emit paused(m_filesRekeyed);
        return false;
    }
    return true;
}

bool KeyRotation::rekeyCaches(RoutiqError *error)
{
    const DataKey &oldKey = m_context->rekeyOldKey();
    const DataKey &newKey = m_context->rekeyNewKey();
    const QDir clinics(
        QFileInfo(AppDatabase::clinicDatabasePath(m_context->dataDirectory(), QStringLiteral("x")))
            .absolutePath());
    for (const QString &file : clinics.entryList({QStringLiteral("*.db")}, QDir::Files)) {
        const QString id = file.chopped(3);
        const QString path = clinics.filePath(file);
        const DatabaseKey target = newKey.databaseKey(DataKey::clinicPurpose(id));
        if (DatabaseRekey::opensWith(path, target))
            continue; // done before an interruption
        if (!DatabaseRekey::rekey(path, oldKey.databaseKey(DataKey::clinicPurpose(id)), target,
                                  error))
            return false;
        qCInfo(lcStorage) << "re-keyed the cache of clinic" << id;
        if (!countFile())
            return false;
    }
    return true;
}

void KeyRotation::run(DoneCallback done)
{
    RoutiqError error;
    if (!m_context->hasUnfinishedRekey() && !m_context->startRekey(&error)) {
        done(error);
        return;
    }
    if (!rekeyCaches(&error)) {
        if (!error.isNull())
            done(error);
        return; // paused: the process is about to be killed
    }
    QStringList clinics;
    for (const ClinicConnection &c : m_context->appDatabase().clinicConnections(&error))
        clinics.append(c.id);
    resealApiKeys(clinics, [this, done](const RoutiqError &e) {
        if (!e.isNull()) {
            done(e);
            return;
        }
        finish(done);
    });
}

void KeyRotation::resealApiKeys(QStringList clinics, DoneCallback done)
{
    if (clinics.isEmpty()) {
        done({});
        return;
    }
    const QString id = clinics.takeFirst();
    KeyVault &vault = m_context->vault();
    QPointer<KeyRotation> self(this);
    // Read under the old key; if that fails it was sealed under the new one already.
    vault.setDataKey(m_context->rekeyOldKey());
    vault.apiKey(id, [self, id, clinics, done](const QString &apiKey, const RoutiqError &e) {
        if (!self)
            return;
        KeyVault &v = self->m_context->vault();
        v.setDataKey(self->m_context->rekeyNewKey());
        if (!e.isNull()) {
            self->resealApiKeys(clinics, done); // missing, or done before an interruption
            return;
        }
        v.setApiKey(id, apiKey, [self, clinics, done](const RoutiqError &writeError) {
            if (!self)
                return;
            if (!writeError.isNull()) {
                done(writeError);
                return;
            }
            self->resealApiKeys(clinics, done);
        });
    });
}

void KeyRotation::finish(DoneCallback done)
{
    RoutiqError error;
    const DataKey oldKey = m_context->rekeyOldKey();
    const DataKey newKey = m_context->rekeyNewKey();
    const QString appPath = AppDatabase::defaultFilePath(m_context->dataDirectory());
    const DatabaseKey appTarget = newKey.databaseKey(DataKey::appDatabasePurpose());
    if (!DatabaseRekey::opensWith(appPath, appTarget)) {
        if (m_beforeAppDatabase)
            m_beforeAppDatabase();
        m_context->lock(); // closes the app database's connection
        if (!DatabaseRekey::rekey(appPath, oldKey.databaseKey(DataKey::appDatabasePurpose()),
                                  appTarget, &error)) {
            done(error);
            return;
        }
        if (!countFile())
            return;
    } else if (m_beforeAppDatabase) {
        m_beforeAppDatabase();
    }
    if (!m_context->reopenAppDatabase(newKey, &error)) {
        done(error);
        return;
    }
    // Every slot to the new key, in one transaction: until it commits they all give the old key,
    // which the journal turns into the new one.
    const auto all = m_context->keySlots().all(&error);
    if (!all) {
        done(error);
        return;
    }
    QList<KeySlot> rewrapped;
    for (const KeySlot &slot : *all) {
        const auto next = KeySlotCrypto::rewrap(slot, m_context->folderId(), newKey);
        if (!next) {
            done(KeyVault::lockedError());
            return;
        }
        rewrapped.append(*next);
    }
    if (!m_context->keySlots().replaceAll(rewrapped, &error) ||
        !m_context->keySlots().clearRekeyJournal(&error)) {
        done(error);
        return;
    }
    m_slotsRewrapped = int(rewrapped.size());
    qCInfo(lcSecrets) << "rekey finished:" << m_filesRekeyed << "files," << m_slotsRewrapped
                      << "slots";
    done({});
}

} // namespace routiq
