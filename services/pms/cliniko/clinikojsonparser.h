#pragma once

#include "domain/records.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace routiq {

// Turns Cliniko v1 JSON into domain records, tolerating what real responses do: ids as strings
// or numbers, "" meaning null, foreign keys only inside link URLs, tri-state arrival flags,
// ISO-8601 with Z, offsets or fractional seconds. Problems are described without record data.
class ClinikoJsonParser
{
public:
    struct ListPage
    {
        QJsonArray records;
        QString nextUrl;       // links.next, empty on the last page
        int totalEntries = -1; // total_entries (or the docs' "total_entires"), -1 when absent
    };

    // Checks that `body` is a JSON object with an array under `listKey`. On failure returns
    // nothing and says why in `problem` (HTML page, malformed or truncated JSON, ...).
    static std::optional<ListPage> parseList(const QByteArray &body, const QByteArray &contentType,
                                             const QString &listKey, QString *problem);
    // A JSON object body (e.g. /settings), same checks.
    static std::optional<QJsonObject> parseObject(const QByteArray &body,
                                                  const QByteArray &contentType, QString *problem);

    // A 64-bit id from a string ("1390726237298631770") or a number. Numbers above 2^53 are
    // refused: they may already have been rounded by the JSON number type.
    static std::optional<RecordId> parseId(const QJsonValue &value);
    // The id at the end of record[linkName].links.self, e.g. ".../practitioners/42" -> 42.
    static std::optional<RecordId> linkedId(const QJsonObject &record, const QString &linkName);
    // Invalid for null, "", or text that is not an ISO-8601 date-time; UTC otherwise.
    static QDateTime parseTimestamp(const QJsonValue &value);
    static std::optional<bool> parseTriState(const QJsonValue &value);
    static QString text(const QJsonValue &value); // "" for null and non-strings
    static bool isSet(const QJsonValue &value);   // not null, not "", not absent

    static bool parseLocation(const QJsonObject &o, Location *out, QString *problem);
    static bool parsePractitioner(const QJsonObject &o, bool fromInactiveList, Practitioner *out,
                                  QString *problem);
    static bool parseAppointmentType(const QJsonObject &o, AppointmentType *out, QString *problem);
    static bool parsePatient(const QJsonObject &o, Patient *out, QString *problem);
    static bool parseAppointment(const QJsonObject &o, Appointment *out, QString *problem);

    // The business' label zone ("Melbourne"), for the caller's fallback when it has no IANA id.
    static QString businessTimeZoneLabel(const QJsonObject &o);
};

} // namespace routiq
