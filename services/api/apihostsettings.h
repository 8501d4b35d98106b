#pragma once

#include <QString>
#include <QtGlobal>

namespace routiq {

// The app's API server opt-in (Settings › API server, admins only): off by default, loopback
// by default. Kept in QSettings under "apiServer/": an address, a port and two file paths,
// none of them a secret (the TLS key stays in the admin's own file).
struct ApiHostSettings
{
    bool enabled = false;
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080; // 0: any free port
    QString tlsCertFile; // both or neither
    QString tlsKeyFile;

    static ApiHostSettings load();
    void save() const;
    bool usesTls() const { return !tlsCertFile.isEmpty() || !tlsKeyFile.isEmpty(); }
    friend bool operator==(const ApiHostSettings &, const ApiHostSettings &) = default;
};

} // namespace routiq
