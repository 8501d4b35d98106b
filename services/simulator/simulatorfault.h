#pragma once

#include <QDateTime>

namespace routiq {

// A misbehaviour the simulator can be told to show on its next requests, to test that clients
// survive the real Cliniko's bad days.
struct SimulatorFault
{
    enum class Kind
    {
        ServerError,   // HTTP 503 with a JSON message
        Slow,          // the normal answer, sent after `delayMs` (QTimer, not a sleep)
        HtmlPage,      // HTTP 200 with an HTML maintenance page instead of JSON
        MalformedJson, // HTTP 200, application/json, not JSON
        TruncatedJson, // the normal answer cut in half (a complete HTTP message)
        Unauthorized,  // HTTP 401 even with the right key
        RateLimited,   // HTTP 429 with X-RateLimit-Reset = resetAt (UNIX seconds), or only
                       // Retry-After when retryAfterSecs >= 0
        // Nookal simulator only (the Cliniko one answers normally): a list that comes back
        // shorter than the data, as a feed having a bad moment does.
        EmptyList, // a success envelope with no rows, no next page and totalItems 0
        ShortList, // the first third of the page's rows, then "no next page"
    };

    Kind kind = Kind::ServerError;
    int delayMs = 0;         // Slow
    QDateTime resetAt;       // RateLimited; invalid = now + 60 s
    int retryAfterSecs = -1; // RateLimited: send "Retry-After: n" instead of X-RateLimit-Reset
    // Nookal simulator only: when set, the fault waits for the first request carrying this
    // parameter (e.g. "date_from": a reconcile's window read) and other requests pass it by.
    QString onlyWithParam;
};

} // namespace routiq
