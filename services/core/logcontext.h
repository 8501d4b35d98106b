#pragma once

#include <QString>

namespace routiq {

// What the file log adds to every line of the current thread: the sync run id of the pass in
// progress (a short random hex that also ends up in the error the user sees as "reference …",
// so a support person can find the lines). Thread-local: each clinic's sync runs in its own
// thread with one engine, so the id set at the start of a pass covers the adapter's and the HTTP
// client's lines of that pass too.
class LogContext
{
public:
    static QString runId();
    static void setRunId(const QString &runId);
    // A new 8-hex-digit id (random, not secret).
    static QString newRunId();
};

} // namespace routiq
