#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace routiq {

// The API server's TLS from an admin's PEM certificate and key files (RSA or EC), for
// `serve --tls-cert/--tls-key` and the app's API server settings alike. nullopt with a
// plain-words reason (never the key's content) when a file is unreadable or not PEM.
class ApiTls
{
public:
    static std::optional<QSslConfiguration> load(const QString &certFile, const QString &keyFile,
                                                 QString *error);
};

} // namespace routiq
