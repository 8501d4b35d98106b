#include "apitls.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace routiq {

std::optional<QSslConfiguration> ApiTls::load(const QString &certFile, const QString &keyFile,
                                              QString *error)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("routiq::ApiTls",
                                             "Cannot read the TLS certificate or key file.");
        return std::nullopt;
    }
    const QSslCertificate certificate(&cert, QSsl::Pem);
    const QByteArray keyBytes = key.readAll();
    QSslKey privateKey(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull()) {
        *error = QCoreApplication::translate("routiq::ApiTls",
                                             "The TLS certificate or key is not a PEM file.");
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(privateKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace routiq
