#include "scramverifier.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace routiq {

namespace {

// RFC 3454 table B.1: characters SASLprep maps to nothing.
bool mapsToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

// The prohibited characters SASLprep rejects (controls, private use, non-characters,
// surrogates); PostgreSQL then uses the password's bytes as they are.
bool prohibited(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF) ||
           (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE || c >= 0xF0000 ||
           (c >= 0xD800 && c <= 0xDFFF);
}

} // namespace

QByteArray ScramVerifier::normalised(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    bool ascii = true;
    for (char ch : raw)
        ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii)
        return raw; // PostgreSQL uses a pure-ASCII password as it is
    QString mapped;
    for (char32_t c : password.toUcs4()) {
        if (mapsToNothing(c))
            continue;
        if (QChar::category(c) == QChar::Separator_Space)
            c = U' ';
        mapped.append(QString::fromUcs4(&c, 1));
    }
    const QString result = mapped.normalized(QString::NormalizationForm_KC);
    for (char32_t c : result.toUcs4()) {
        if (prohibited(c))
            return raw;
    }
    return result.toUtf8();
}

QString ScramVerifier::make(const QString &password)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / sizeof(quint32));
    return make(password, salt, kIterations);
}

QString ScramVerifier::make(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray secret = normalised(password);
    QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret, salt,
                                                           iterations, 32);
    secret.fill('\0');
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    salted.fill('\0');
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace routiq
