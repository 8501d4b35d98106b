#pragma once

#include <QString>
#include <QUrl>

namespace routiq {

// The one rule for where a PMS request may go: HTTPS anywhere (with full certificate
// verification, never relaxed), plain HTTP only to this machine (the simulator, test servers).
class TransportSecurity
{
public:
    // True for the exact name "localhost", 127.0.0.0/8 and ::1; not for "localhost." or any
    // other name, which could resolve through DNS to another machine.
    static bool isLoopbackHost(const QString &host);

    // Empty when `url` may be used; otherwise a plain-words reason it is refused.
    static QString refusalReason(const QUrl &url);

    // Same scheme, host and port: used to refuse "next page" links that point elsewhere, so the
    // credentials never travel to another host.
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace routiq
