#pragma once

#include "domain/routiqerror.h"
#include "keyslot.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace routiq {

// <data dir>/keyslots.db: what must be readable before anyone has signed in, so it is a plain
// SQLite file (mode 0600) beside the encrypted routiq.db. It holds the folder id (which names
// the folder's keychain service, so a moved folder keeps its secrets), the key slots (each one
// AEAD-sealed, useless without its password or secret), the login throttle (so failed sign-ins
// before the data key is open still lock out) and failed sign-ins waiting to be copied into the
// audit log at the next sign-in. No key, hash or patient data is in it. One connection per
// object, used by the thread that opened it; several processes share the file (SQLite locks).
class KeySlotStore
{
public:
    static constexpr auto kFileName = "keyslots.db";

    static std::unique_ptr<KeySlotStore> open(const QString &dataDirectory, RoutiqError *error);
    ~KeySlotStore();
    KeySlotStore(const KeySlotStore &) = delete;
    KeySlotStore &operator=(const KeySlotStore &) = delete;

    static QString filePath(const QString &dataDirectory);

    // Random, made when the file is created; never derived from the path.
    QString folderId() const { return m_folderId; }
    // For LoginThrottle (the table login_throttle lives here).
    QSqlDatabase database() const;

    std::optional<QList<KeySlot>> all(RoutiqError *error) const;
    std::optional<KeySlot> find(KeySlot::Kind kind, const QString &label, RoutiqError *error) const;
    bool hasKind(KeySlot::Kind kind, RoutiqError *error = nullptr) const;
    // Inserts or replaces the slot of the same kind and label.
    bool put(const KeySlot &slot, RoutiqError *error);
    // Removing a slot that does not exist succeeds.
    bool remove(KeySlot::Kind kind, const QString &label, RoutiqError *error);
    // Every slot (a new first admin on a folder that has no data left).
    bool removeAll(RoutiqError *error);

    // Replaces every slot at once (rekey), in one transaction.
    bool replaceAll(const QList<KeySlot> &newSlots, RoutiqError *error);

    // An unfinished rekey (KeyRotation): each data key sealed under the other.
    struct RekeyJournal
    {
        QByteArray newUnderOld;
        QByteArray oldUnderNew;
    };
    std::optional<RekeyJournal> rekeyJournal() const;
    bool setRekeyJournal(const RekeyJournal &journal, RoutiqError *error);
    bool clearRekeyJournal(RoutiqError *error);

    // Sign-in events that happened while the app database was still closed.
    struct PendingAuditEntry
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QString userName;
        QString action; // AuditAction name
        QString objectId;
        QString details;
    };
    bool addPendingAudit(const PendingAuditEntry &entry, RoutiqError *error);
    QList<PendingAuditEntry> pendingAudit() const;
    // Removes the entries up to `seq` (those copied into the audit log).
    bool clearPendingAudit(qint64 upToSeq, RoutiqError *error);

private:
    KeySlotStore(QString connectionName, QString folderId);
    bool exec(const QString &sql, RoutiqError *error) const;

    QString m_connectionName;
    QString m_folderId;
};

} // namespace routiq
