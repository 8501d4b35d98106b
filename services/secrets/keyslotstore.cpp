#include "keyslotstore.h"

#include "core/logging.h"
#include "keyslotcrypto.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

namespace {

QAtomicInt g_connections;

RoutiqError storeError(const QString &why, const QString &details = {})
{
    return RoutiqError::make(QStringLiteral("KEYSLOTS_UNREADABLE"),
                             QStringLiteral("Routiq cannot use its key slots file (%1) in the "
                                            "data folder: %2")
                                 .arg(QLatin1String(KeySlotStore::kFileName), why),
                             details);
}

KeySlot slotFrom(const QSqlQuery &q)
{
    KeySlot s;
    s.kind = keySlotKindFromName(q.value(0).toString()).value_or(KeySlot::Kind::Account);
    s.label = q.value(1).toString();
    s.generation = q.value(2).toLongLong();
    s.salt = q.value(3).toByteArray();
    s.opsLimit = q.value(4).toULongLong();
    s.memLimitBytes = q.value(5).toULongLong();
    s.nonce = q.value(6).toByteArray();
    s.ciphertext = q.value(7).toByteArray();
    s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    s.publicKey = q.value(9).toByteArray();
    s.sealedKey = q.value(10).toByteArray();
    return s;
}

const char kColumns[] = "kind, label, generation, salt, ops_limit, mem_limit, nonce, ciphertext, "
                        "created_at_ms, public_key, sealed_key";

} // namespace

QString KeySlotStore::filePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QLatin1String(kFileName));
}

KeySlotStore::KeySlotStore(QString connectionName, QString folderId)
    : m_connectionName(std::move(connectionName)), m_folderId(std::move(folderId))
{}

KeySlotStore::~KeySlotStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase KeySlotStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool KeySlotStore::exec(const QString &sql, RoutiqError *error) const
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    if (error)
        *error = storeError(QStringLiteral("it could not be written."), q.lastError().text());
    return false;
}

std::unique_ptr<KeySlotStore> KeySlotStore::open(const QString &dataDirectory, RoutiqError *error)
{
    const QString path = filePath(dataDirectory);
    const bool existed = QFile::exists(path);
    const QString name =
        QStringLiteral("routiq-keyslots-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::unique_ptr<KeySlotStore> store(new KeySlotStore(name, {}));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = storeError(QStringLiteral("it cannot be opened."), db.lastError().text());
            return nullptr;
        }
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList schema{
        QStringLiteral("CREATE TABLE IF NOT EXISTS folder (one INTEGER PRIMARY KEY CHECK (one = "
                       "1), folder_id TEXT NOT NULL, created_at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS key_slots (kind TEXT NOT NULL, label TEXT NOT "
                       "NULL, generation INTEGER NOT NULL, salt BLOB NOT NULL, ops_limit INTEGER "
                       "NOT NULL, mem_limit INTEGER NOT NULL, nonce BLOB NOT NULL, ciphertext "
                       "BLOB NOT NULL, created_at_ms INTEGER NOT NULL, public_key BLOB NOT NULL, "
                       "sealed_key BLOB NOT NULL, PRIMARY KEY (kind, label))"),
        // An unfinished `routiq-cli rekey`: the new data key sealed under the old one and the
        // old under the new, so a sign-in with either finds both and the rekey can resume.
        QStringLiteral("CREATE TABLE IF NOT EXISTS rekey_journal (one INTEGER PRIMARY KEY CHECK "
                       "(one = 1), new_under_old BLOB NOT NULL, old_under_new BLOB NOT NULL, "
                       "started_at_ms INTEGER NOT NULL)"),
        // The same shape as the app database's table, so LoginThrottle works on either.
        QStringLiteral("CREATE TABLE IF NOT EXISTS login_throttle (username TEXT PRIMARY KEY, "
                       "failed_count INTEGER NOT NULL DEFAULT 0, locked_until_ms INTEGER NULL, "
                       "last_failure_ms INTEGER NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS pending_audit (seq INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, at_ms INTEGER NOT NULL, user_name TEXT NOT NULL, action "
                       "TEXT NOT NULL, object_id TEXT NOT NULL, details TEXT NOT NULL)"),
    };
    for (const QString &sql : schema)
        if (!store->exec(sql, error))
            return nullptr;
    QSqlDatabase db = store->database();
    // Two processes may create the file at once: the first folder id written wins.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO folder (one, folder_id, created_at_ms) VALUES (1, ?, ?)"));
    insert.addBindValue(QString::fromLatin1(KeySlotCrypto::randomSecret(16).toHex()));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery read(db);
    if (!insert.exec() || !read.exec(QStringLiteral("SELECT folder_id FROM folder")) ||
        !read.next()) {
        if (error)
            *error = storeError(QStringLiteral("its folder id cannot be read."),
                                insert.lastError().text());
        return nullptr;
    }
    store->m_folderId = read.value(0).toString();
    if (!existed)
        qCInfo(lcSecrets) << "created the key slots file of a data folder";
    return store;
}

std::optional<QList<KeySlot>> KeySlotStore::all(RoutiqError *error) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM key_slots ORDER BY kind, label")
                    .arg(QLatin1String(kColumns)))) {
        if (error)
            *error = storeError(QStringLiteral("it cannot be read."), q.lastError().text());
        return std::nullopt;
    }
    QList<KeySlot> out;
    while (q.next())
        out.append(slotFrom(q));
    return out;
}

std::optional<KeySlot> KeySlotStore::find(KeySlot::Kind kind, const QString &label,
                                          RoutiqError *error) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM key_slots WHERE kind = ? AND label = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(keySlotKindName(kind));
    q.addBindValue(label);
    if (!q.exec()) {
        if (error)
            *error = storeError(QStringLiteral("it cannot be read."), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return slotFrom(q);
}

bool KeySlotStore::hasKind(KeySlot::Kind kind, RoutiqError *error) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM key_slots WHERE kind = ? LIMIT 1"));
    q.addBindValue(keySlotKindName(kind));
    if (!q.exec()) {
        if (error)
            *error = storeError(QStringLiteral("it cannot be read."), q.lastError().text());
        return false;
    }
    return q.next();
}

bool KeySlotStore::put(const KeySlot &slot, RoutiqError *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO key_slots (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(keySlotKindName(slot.kind));
    q.addBindValue(slot.label);
    q.addBindValue(slot.generation);
    q.addBindValue(slot.salt.isNull() ? QByteArray("") : slot.salt);
    q.addBindValue(qint64(slot.opsLimit));
    q.addBindValue(qint64(slot.memLimitBytes));
    q.addBindValue(slot.nonce.isNull() ? QByteArray("") : slot.nonce);
    q.addBindValue(slot.ciphertext.isNull() ? QByteArray("") : slot.ciphertext);
    q.addBindValue(slot.createdAt.isValid() ? slot.createdAt.toMSecsSinceEpoch()
                                            : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(slot.publicKey);
    q.addBindValue(slot.sealedKey);
    if (q.exec())
        return true;
    if (error)
        *error = storeError(QStringLiteral("a key slot could not be saved."), q.lastError().text());
    return false;
}

bool KeySlotStore::remove(KeySlot::Kind kind, const QString &label, RoutiqError *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM key_slots WHERE kind = ? AND label = ?"));
    q.addBindValue(keySlotKindName(kind));
    q.addBindValue(label);
    if (q.exec())
        return true;
    if (error)
        *error =
            storeError(QStringLiteral("a key slot could not be removed."), q.lastError().text());
    return false;
}

bool KeySlotStore::removeAll(RoutiqError *error)
{
    return exec(QStringLiteral("DELETE FROM key_slots"), error);
}

bool KeySlotStore::replaceAll(const QList<KeySlot> &newSlots, RoutiqError *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = storeError(QStringLiteral("it is busy."), db.lastError().text());
        return false;
    }
    bool ok = exec(QStringLiteral("DELETE FROM key_slots"), error);
    for (const KeySlot &s : newSlots)
        ok = ok && put(s, error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

std::optional<KeySlotStore::RekeyJournal> KeySlotStore::rekeyJournal() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT new_under_old, old_under_new FROM rekey_journal")) ||
        !q.next())
        return std::nullopt;
    return RekeyJournal{q.value(0).toByteArray(), q.value(1).toByteArray()};
}

bool KeySlotStore::setRekeyJournal(const RekeyJournal &journal, RoutiqError *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO rekey_journal (one, new_under_old, "
                             "old_under_new, started_at_ms) VALUES (1, ?, ?, ?)"));
    q.addBindValue(journal.newUnderOld);
    q.addBindValue(journal.oldUnderNew);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec())
        return true;
    if (error)
        *error = storeError(QStringLiteral("the rekey journal could not be written."),
                            q.lastError().text());
    return false;
}

bool KeySlotStore::clearRekeyJournal(RoutiqError *error)
{
    return exec(QStringLiteral("DELETE FROM rekey_journal"), error);
}

bool KeySlotStore::addPendingAudit(const PendingAuditEntry &entry, RoutiqError *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO pending_audit (at_ms, user_name, action, object_id, "
                             "details) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(entry.atMs);
    q.addBindValue(entry.userName);
    q.addBindValue(entry.action);
    q.addBindValue(entry.objectId);
    q.addBindValue(entry.details);
    if (q.exec())
        return true;
    if (error)
        *error =
            storeError(QStringLiteral("a sign-in event could not be kept."), q.lastError().text());
    return false;
}

QList<KeySlotStore::PendingAuditEntry> KeySlotStore::pendingAudit() const
{
    QList<PendingAuditEntry> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT seq, at_ms, user_name, action, object_id, details "
                               "FROM pending_audit ORDER BY seq")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

bool KeySlotStore::clearPendingAudit(qint64 upToSeq, RoutiqError *error)
{
    // Only the entries that were copied: others may have been added meanwhile by another process.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM pending_audit WHERE seq <= ?"));
    q.addBindValue(upToSeq);
    if (q.exec())
        return true;
    if (error)
        *error = storeError(QStringLiteral("it could not be written."), q.lastError().text());
    return false;
}

} // namespace routiq
