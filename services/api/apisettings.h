#pragma once

#include <QtGlobal>

namespace routiq {

// The API server's limits and lifetimes, settings under "api/" with sane defaults (docs/api.md).
struct ApiSettings
{
    int maxConnections = 256;             // api/maxConnections: live channels held at once
    qint64 maxBodyBytes = 16 * 1024;      // api/maxBodyBytes: larger requests get 413
    int requestsPerMinute = 600;          // api/requestsPerMinute: per account, then 429
    qint64 accessTokenSecs = 15 * 60;     // api/accessTokenSecs
    qint64 refreshTokenSecs = 30 * 86400; // api/refreshTokenDays (in days)
    qint64 sendQueueBytes =
        1024 * 1024;            // api/sendQueueBytes: a live client further behind is dropped
    int liveIntervalMs = 500;   // api/liveIntervalMs: at most one change per interval
    int idleTimeoutSecs = 60;   // api/idleTimeoutSecs: no pong for this long = dead
    qint64 refreshMinSecs = 10; // api/refreshMinSecs: at most one early sync poll per clinic

    static ApiSettings fromSettings();
};

} // namespace routiq
