#include "databasekey.h"

#include <QRandomGenerator>

#include <utility>

namespace routiq {

DatabaseKey::~DatabaseKey()
{
    wipe();
}

DatabaseKey &DatabaseKey::operator=(const DatabaseKey &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

DatabaseKey::DatabaseKey(DatabaseKey &&other) noexcept : m_bytes(std::exchange(other.m_bytes, {}))
{}

DatabaseKey &DatabaseKey::operator=(DatabaseKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

void DatabaseKey::wipe()
{
    // Only when this object is the sole owner: a shared buffer is still in use elsewhere.
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        m_bytes.clear();
        return;
    }
    volatile char *p = m_bytes.data();
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        p[i] = 0;
    m_bytes.clear();
}

DatabaseKey DatabaseKey::generate()
{
    DatabaseKey key;
    key.m_bytes.resize(kSizeBytes);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(key.m_bytes.data()),
        reinterpret_cast<quint32 *>(key.m_bytes.data() + kSizeBytes));
    return key;
}

DatabaseKey DatabaseKey::fromBytes(const QByteArray &raw)
{
    DatabaseKey key;
    if (raw.size() == kSizeBytes)
        key.m_bytes = QByteArray(raw.constData(), raw.size());
    return key;
}

DatabaseKey DatabaseKey::fromHex(const QString &hex)
{
    if (hex.size() != 2 * kSizeBytes)
        return {};
    for (QChar c : hex) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return {};
    }
    QByteArray latin = hex.toLatin1();
    QByteArray raw = QByteArray::fromHex(latin);
    DatabaseKey key = fromBytes(raw);
    raw.fill(0);
    latin.fill(0);
    return key;
}

QString DatabaseKey::toHex() const
{
    // The QString handed to Qt SQL cannot be wiped from here; the bytes in between can.
    QByteArray hex = m_bytes.toHex();
    const QString text = QString::fromLatin1(hex);
    hex.fill('\0');
    return text;
}

bool operator==(const DatabaseKey &a, const DatabaseKey &b)
{
    return a.m_bytes == b.m_bytes;
}

} // namespace routiq
