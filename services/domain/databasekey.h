#pragma once

#include <QByteArray>
#include <QString>

namespace routiq {

// A raw 256-bit database key (SQLCipher's raw-key form: no KDF cost at open). Random per clinic
// database; it lives in the keychain, is wiped from memory when destroyed and is never logged.
class DatabaseKey
{
public:
    static constexpr int kSizeBytes = 32;

    DatabaseKey() = default;
    ~DatabaseKey();
    DatabaseKey(const DatabaseKey &other) = default;
    DatabaseKey &operator=(const DatabaseKey &other);
    DatabaseKey(DatabaseKey &&other) noexcept;
    DatabaseKey &operator=(DatabaseKey &&other) noexcept;

    static DatabaseKey generate();                       // from the system's secure random source
    static DatabaseKey fromBytes(const QByteArray &raw); // invalid unless exactly 32 bytes
    static DatabaseKey fromHex(const QString &hex);      // invalid unless exactly 64 hex digits

    bool isValid() const { return m_bytes.size() == kSizeBytes; }
    const QByteArray &bytes() const { return m_bytes; }
    QString toHex() const; // what the QSQLCIPHER driver takes as its password

    friend bool operator==(const DatabaseKey &a, const DatabaseKey &b);

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace routiq
