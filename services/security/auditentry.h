#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace routiq {

// One line of the audit log as stored: who did what to which object, when, and the chain hash
// that makes an edit, a deletion or a reordering detectable. Details never name a patient.
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

    // The bytes the hash covers (after the previous hash): length-prefixed, so no two
    // different entries share them.
    QByteArray canonicalBytes() const;
    static QByteArray chainHash(const QByteArray &previousHash, const AuditEntry &entry);
    static QByteArray genesisHash(); // the "previous hash" of entry 1
};

} // namespace routiq
