#include "recoverykey.h"

#include "keyslotcrypto.h"

#include <cstring>

namespace routiq {

namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648 base32
}

QByteArray RecoveryKey::generateSecret()
{
    return KeySlotCrypto::randomSecret(kSecretBytes);
}

QString RecoveryKey::format(const QByteArray &secret)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (char c : secret) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            if (written > 0 && written % 4 == 0)
                out += u'-';
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
            ++written;
        }
    }
    return out;
}

std::optional<QByteArray> RecoveryKey::parse(const QString &typed)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    int symbols = 0;
    for (QChar ch : typed) {
        if (ch.isSpace() || ch == u'-')
            continue;
        char c = char(ch.toUpper().toLatin1());
        if (c == '0')
            c = 'O';
        else if (c == '1')
            c = 'I';
        else if (c == '8')
            c = 'B';
        const char *pos = c ? std::strchr(kAlphabet, c) : nullptr;
        if (!pos)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(pos - kAlphabet);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    if (symbols != (kSecretBytes * 8 + 4) / 5 || out.size() != kSecretBytes)
        return std::nullopt;
    return out;
}

} // namespace routiq
