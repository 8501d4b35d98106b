#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace routiq {

// One line of the audit log as stored: who did what to which object, when, and the chain hash
// that makes an edit, a deletion or a reordering detectable, and the MAC that makes a rewrite
// with a recomputed chain detectable to whoever holds the audit key. Details never name a patient.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime atUtc;
    std::optional<qint64> userId; // none for a failed login under an unknown name
    QString userName;
    QString action; // auditActionName(...)
    QString objectId;
    QString details;
    QByteArray hash; // hex SHA-256
    QByteArray mac;  // hex HMAC-SHA-256 of macMessage() under the audit key; empty = legacy entry

    // The bytes the hash covers (after the previous hash): length-prefixed, so no two
    // different entries share them.
    QByteArray canonicalBytes() const;
    static QByteArray chainHash(const QByteArray &previousHash, const AuditEntry &entry);
    static QByteArray genesisHash(); // the "previous hash" of entry 1
    // What an entry's MAC covers: its chain hash (which covers every field and the previous
    // hash), under a purpose prefix so no other MAC of the audit key can be passed off as one.
    static QByteArray macMessage(const QByteArray &hash);
};

} // namespace routiq
