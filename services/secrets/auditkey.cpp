#include "auditkey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

#include <array>

namespace routiq {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

static_assert(AuditKey::kSizeBytes == crypto_auth_hmacsha256_KEYBYTES);

QByteArray AuditKey::load(QSqlDatabase db, RoutiqError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM security_secrets WHERE name = 'audit-mac-key'"));
    QByteArray key;
    if (q.exec() && q.next())
        key = q.value(0).toByteArray();
    if (key.size() == kSizeBytes)
        return key;
    key.fill('\0');
    if (error)
        *error = RoutiqError::make(QStringLiteral("AUDIT_KEY_MISSING"),
                                   QStringLiteral("The app database holds no audit key, so the "
                                                  "audit log cannot be written or checked."),
                                   q.lastError().text());
    return {};
}

QByteArray AuditKey::mac(const QByteArray &key, const QByteArray &message)
{
    if (key.size() != kSizeBytes || !sodiumReady())
        return {};
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> out{};
    crypto_auth_hmacsha256(out.data(), reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()),
                           reinterpret_cast<const unsigned char *>(key.constData()));
    return QByteArray(reinterpret_cast<const char *>(out.data()), int(out.size())).toHex();
}

bool AuditKey::verify(const QByteArray &key, const QByteArray &message, const QByteArray &hexMac)
{
    const QByteArray expected = mac(key, message);
    if (expected.isEmpty() || expected.size() != hexMac.size())
        return false;
    return sodium_memcmp(expected.constData(), hexMac.constData(), std::size_t(expected.size())) ==
           0;
}

} // namespace routiq
