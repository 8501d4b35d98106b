#include "apihostsettings.h"

#include <QSettings>

namespace routiq {

ApiHostSettings ApiHostSettings::load()
{
    const QSettings s;
    ApiHostSettings a;
    a.enabled = s.value(QStringLiteral("apiServer/enabled"), a.enabled).toBool();
    a.address = s.value(QStringLiteral("apiServer/address"), a.address).toString();
    const uint port = s.value(QStringLiteral("apiServer/port"), a.port).toUInt();
    a.port = port <= 65535 ? quint16(port) : a.port;
    a.tlsCertFile = s.value(QStringLiteral("apiServer/tlsCertFile")).toString();
    a.tlsKeyFile = s.value(QStringLiteral("apiServer/tlsKeyFile")).toString();
    return a;
}

void ApiHostSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("apiServer/enabled"), enabled);
    s.setValue(QStringLiteral("apiServer/address"), address);
    s.setValue(QStringLiteral("apiServer/port"), port);
    s.setValue(QStringLiteral("apiServer/tlsCertFile"), tlsCertFile);
    s.setValue(QStringLiteral("apiServer/tlsKeyFile"), tlsKeyFile);
}

} // namespace routiq
