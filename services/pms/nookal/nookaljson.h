#pragma once

#include "domain/records.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace routiq {

// Lenient reading of Nookal v2 JSON: the success/failure envelope, scalars that arrive as
// strings or numbers, "1"/"0" booleans, collections that are arrays or objects keyed "0","1",
// and naive wall-clock dates where "0000-00-00" means none. Problems never quote record data.
class NookalJson
{
public:
    struct Envelope
    {
        QJsonObject results;         // data.results
        bool hasResults = false;     // data.results was an object
        std::optional<int> nextPage; // settings.nextPage; nothing on the last page
        int totalItems = -1;         // details.totalItems, -1 when absent
        QString errorCode;           // failure envelope: details.errorCode
        QString errorMessage;        // failure envelope: details.errorMessage
        bool failure = false;        // status == "failure"
    };

    // Reads the envelope; nothing (and `problem`) for HTML pages, malformed or truncated JSON,
    // or a body that is neither a success nor a failure envelope.
    static std::optional<Envelope> parseEnvelope(const QByteArray &body,
                                                 const QByteArray &contentType, QString *problem);

    // The records of an array, or of an object keyed "0","1",... in key order. Nothing when the
    // value is neither (null/absent give an empty list).
    static std::optional<QList<QJsonObject>> collection(const QJsonValue &value);

    static QString text(const QJsonValue &value);                  // numbers as text; null -> ""
    static std::optional<qint64> integer(const QJsonValue &value); // "42", 42, 42.0
    static std::optional<bool> flag(const QJsonValue &value);      // "1"/"0", 1/0, true/false
    static QDate date(const QJsonValue &value);                    // YYYY-MM-DD; zero -> null
    static QTime time(const QJsonValue &value);                    // HH:MM:SS or HH:MM
    // "YYYY-MM-DD HH:MM:SS" (a bare date reads as midnight); zero or invalid -> nothing.
    static std::optional<WallClock> wallClock(const QJsonValue &value);

    // A wall-clock reading in `zone` as a UTC instant (a gap time moves forward, as Qt does).
    static QDateTime toUtc(const WallClock &wall, const QTimeZone &zone);
    static WallClock fromUtc(const QDateTime &utc, const QTimeZone &zone);
    static QString format(const WallClock &wall); // "YYYY-MM-DD HH:MM:SS"
};

} // namespace routiq
