#include "auditentry.h"

#include <QCryptographicHash>

namespace routiq {

namespace {

void appendField(QByteArray &out, const QByteArray &field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += ';';
}

} // namespace

QByteArray AuditEntry::canonicalBytes() const
{
    QByteArray out;
    appendField(out, QByteArray::number(seq));
    appendField(out, QByteArray::number(atUtc.toMSecsSinceEpoch()));
    appendField(out, userId ? QByteArray::number(*userId) : QByteArray());
    appendField(out, userName.toUtf8());
    appendField(out, action.toUtf8());
    appendField(out, objectId.toUtf8());
    appendField(out, details.toUtf8());
    return out;
}

QByteArray AuditEntry::chainHash(const QByteArray &previousHash, const AuditEntry &entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash);
    h.addData(entry.canonicalBytes());
    return h.result().toHex();
}

QByteArray AuditEntry::macMessage(const QByteArray &hash)
{
    return QByteArrayLiteral("routiq.audit.entry.v1\n") + hash;
}

QByteArray AuditEntry::genesisHash()
{
    return QByteArray(64, '0');
}

} // namespace routiq
