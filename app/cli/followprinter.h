#pragma once

#include <QJsonObject>

namespace routiq::cli {

// `metrics --follow`'s output: each answer as one compact JSON line (the object `metrics`
// prints), only when the figures changed since the last line — an answer that differs only in
// "lastUpdated" (another poll that found nothing new) prints nothing.
class FollowPrinter
{
public:
    // True when it printed the line.
    bool print(const QJsonObject &answer);

private:
    QJsonObject m_last;
    bool m_printed = false;
};

} // namespace routiq::cli
