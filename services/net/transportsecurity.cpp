#include "transportsecurity.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace routiq {

bool TransportSecurity::isLoopbackHost(const QString &host)
{
    // Only names that cannot reach the network: the exact name "localhost" (resolved from the
    // hosts file) and literal loopback addresses. "localhost." (trailing dot) is a fully
    // qualified name that a resolver may send to DNS, and "localhost.example.com" is any host.
    const QString h = host.toLower();
    if (h == QLatin1String("localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString TransportSecurity::refusalReason(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("RoutiqError", "The server address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
                   "RoutiqError",
                   "Plain http:// is only allowed for this computer (localhost); use "
                   "an https:// address for %1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("RoutiqError",
                                       "Only https:// addresses are supported (got \"%1\").")
        .arg(scheme);
}

bool TransportSecurity::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace routiq
