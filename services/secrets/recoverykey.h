#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace routiq {

// The recovery key made with the first admin: 160 random bits written as eight groups of four
// base32 letters and digits ("K7QM-2XJD-..."), easy to write down or print and to type back.
// Shown once; Routiq keeps only a key slot sealed under it (KeySlot::Kind::Recovery).
class RecoveryKey
{
public:
    static constexpr int kSecretBytes = 20;

    static QByteArray generateSecret();
    static QString format(const QByteArray &secret);
    // Ignores case, spaces and dashes and reads 0/1/8 as O/I/B; nullopt when not a key.
    static std::optional<QByteArray> parse(const QString &typed);
};

} // namespace routiq
