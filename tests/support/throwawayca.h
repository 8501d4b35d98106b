#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace routiq::test {

// A certificate authority made for one test run, and a server certificate it signed: what a
// clinic's IT makes for its own database server. Written by the openssl command into `folder`
// (the caller keeps the folder); the key files are mode 0600.
struct ThrowAwayCa
{
    QString caCertificate;     // PEM: give it to the client as sslrootcert
    QString serverCertificate; // PEM, signed by the CA, for every name in `serverNames`
    QString serverKey;         // PEM, unencrypted

    // `serverNames` go into the certificate's subjectAltName (DNS names, or IP addresses).
    // Null with `whyNot` filled when openssl is missing or fails.
    static std::optional<ThrowAwayCa> make(const QString &folder, const QStringList &serverNames,
                                           QString *whyNot);
};

} // namespace routiq::test
