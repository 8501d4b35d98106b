#include "apisettings.h"

#include <QSettings>

#include <algorithm>

namespace routiq {

ApiSettings ApiSettings::fromSettings()
{
    const QSettings s;
    ApiSettings a;
    auto read = [&s](const char *key, qint64 fallback, qint64 low, qint64 high) {
        const qint64 v = s.value(QLatin1String(key), fallback).toLongLong();
        return std::clamp(v, low, high);
    };
    a.maxConnections = int(read("api/maxConnections", a.maxConnections, 1, 100000));
    a.maxBodyBytes = read("api/maxBodyBytes", a.maxBodyBytes, 256, 1024 * 1024);
    a.requestsPerMinute = int(read("api/requestsPerMinute", a.requestsPerMinute, 1, 1000000));
    a.accessTokenSecs = read("api/accessTokenSecs", a.accessTokenSecs, 10, 3600);
    a.refreshTokenSecs = read("api/refreshTokenDays", a.refreshTokenSecs / 86400, 1, 3650) * 86400;
    a.sendQueueBytes = read("api/sendQueueBytes", a.sendQueueBytes, 1024, 64 * 1024 * 1024);
    a.liveIntervalMs = int(read("api/liveIntervalMs", a.liveIntervalMs, 100, 60000));
    a.idleTimeoutSecs = int(read("api/idleTimeoutSecs", a.idleTimeoutSecs, 5, 3600));
    a.refreshMinSecs = read("api/refreshMinSecs", a.refreshMinSecs, 1, 3600);
    return a;
}

} // namespace routiq
