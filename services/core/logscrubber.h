#pragma once

#include <QString>

namespace routiq {

// The last line of defence before a message reaches the log file: query values of URLs
// (page cursors, search terms, anything a PMS puts there) and secrets in the usual header or
// parameter shapes are replaced by "…". The code already logs no patient data or keys (the
// hygiene tests check that); this keeps a future careless log line from writing a full URL.
class LogScrubber
{
public:
    static QString scrub(const QString &message);
};

} // namespace routiq
