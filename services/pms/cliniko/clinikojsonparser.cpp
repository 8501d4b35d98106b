#include "clinikojsonparser.h"

#include "pms/birthyear.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace routiq {

namespace {

constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(64).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith('<');
}

std::optional<QJsonDocument> parseDocument(const QByteArray &body, const QByteArray &contentType,
                                           QString *problem)
{
    if (body.trimmed().isEmpty()) {
        *problem = QStringLiteral("empty body");
        return std::nullopt;
    }
    if (looksLikeHtml(body, contentType)) {
        *problem = QStringLiteral("an HTML page instead of JSON (content type %1)")
                       .arg(QString::fromLatin1(contentType.isEmpty() ? "none" : contentType));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("malformed or truncated JSON (%1 at byte %2 of %3)")
                       .arg(error.errorString())
                       .arg(error.offset)
                       .arg(body.size());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = QStringLiteral("JSON that is not an object");
        return std::nullopt;
    }
    return doc;
}

std::optional<RecordId> parseIdText(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

bool requireId(const QJsonObject &o, const char *what, RecordId *id, QString *problem)
{
    const auto parsed = ClinikoJsonParser::parseId(o.value(QLatin1String("id")));
    if (!parsed) {
        *problem =
            QStringLiteral("a %1 record whose id is not a 64-bit integer").arg(QLatin1String(what));
        return false;
    }
    *id = *parsed;
    return true;
}

} // namespace

std::optional<ClinikoJsonParser::ListPage>
ClinikoJsonParser::parseList(const QByteArray &body, const QByteArray &contentType,
                             const QString &listKey, QString *problem)
{
    const auto doc = parseDocument(body, contentType, problem);
    if (!doc)
        return std::nullopt;
    const QJsonObject root = doc->object();
    const QJsonValue list = root.value(listKey);
    if (!list.isArray()) {
        *problem = QStringLiteral("no \"%1\" list in the answer").arg(listKey);
        return std::nullopt;
    }
    ListPage page;
    page.records = list.toArray();
    page.nextUrl = text(root.value(QLatin1String("links")).toObject().value(QLatin1String("next")));
    QJsonValue total = root.value(QLatin1String("total_entries"));
    if (total.isUndefined())
        total = root.value(QLatin1String("total_entires")); // the docs' typo
    if (total.isDouble())
        page.totalEntries = int(total.toDouble());
    else if (total.isString())
        page.totalEntries = total.toString().toInt();
    return page;
}

std::optional<QJsonObject> ClinikoJsonParser::parseObject(const QByteArray &body,
                                                          const QByteArray &contentType,
                                                          QString *problem)
{
    const auto doc = parseDocument(body, contentType, problem);
    if (!doc)
        return std::nullopt;
    return doc->object();
}

std::optional<RecordId> ClinikoJsonParser::parseId(const QJsonValue &value)
{
    if (value.isString())
        return parseIdText(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > kMaxExactDouble || std::floor(d) != d)
            return std::nullopt;
        return RecordId(d);
    }
    return std::nullopt;
}

std::optional<RecordId> ClinikoJsonParser::linkedId(const QJsonObject &record,
                                                    const QString &linkName)
{
    const QString self = text(record.value(linkName)
                                  .toObject()
                                  .value(QLatin1String("links"))
                                  .toObject()
                                  .value(QLatin1String("self")));
    if (self.isEmpty())
        return std::nullopt;
    const QString path = QUrl(self).path();
    const QString last = path.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return parseIdText(last);
}

QDateTime ClinikoJsonParser::parseTimestamp(const QJsonValue &value)
{
    static const QRegularExpression iso(
        QStringLiteral(
            R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString s = text(value).trimmed();
    if (s.isEmpty())
        return {};
    const auto m = iso.match(s);
    if (!m.hasMatch())
        return {};
    QString normal = m.captured(1) + QLatin1Char('T') + m.captured(2) +
                     (m.captured(3).isEmpty() ? QStringLiteral(":00") : m.captured(3));
    if (!m.captured(4).isEmpty())
        normal += QLatin1Char('.') + QString(m.captured(4) + QStringLiteral("00")).left(3);
    QString zone = m.captured(5).toUpper();
    if (zone.isEmpty())
        zone = QStringLiteral("Z"); // Cliniko sends UTC
    else if (zone.size() == 3)
        zone += QStringLiteral(":00");
    else if (zone.size() == 5)
        zone.insert(3, QLatin1Char(':'));
    const QDateTime dt = QDateTime::fromString(normal + zone, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

std::optional<bool> ClinikoJsonParser::parseTriState(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

QString ClinikoJsonParser::text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

bool ClinikoJsonParser::isSet(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return false;
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    return true;
}

bool ClinikoJsonParser::parseLocation(const QJsonObject &o, Location *out, QString *problem)
{
    Location l;
    if (!requireId(o, "business", &l.id, problem))
        return false;
    l.name = text(o.value(QLatin1String("business_name")));
    if (l.name.isEmpty())
        l.name = text(o.value(QLatin1String("display_name")));
    if (l.name.isEmpty())
        l.name = text(o.value(QLatin1String("label")));
    l.timeZoneId = text(o.value(QLatin1String("time_zone_identifier"))).trimmed();
    l.archived =
        isSet(o.value(QLatin1String("archived_at"))) || isSet(o.value(QLatin1String("deleted_at")));
    l.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    *out = l;
    return true;
}

QString ClinikoJsonParser::businessTimeZoneLabel(const QJsonObject &o)
{
    return text(o.value(QLatin1String("time_zone"))).trimmed();
}

bool ClinikoJsonParser::parsePractitioner(const QJsonObject &o, bool fromInactiveList,
                                          Practitioner *out, QString *problem)
{
    Practitioner p;
    if (!requireId(o, "practitioner", &p.id, problem))
        return false;
    p.displayName = text(o.value(QLatin1String("display_name"))).trimmed();
    if (p.displayName.isEmpty()) {
        const QString full = text(o.value(QLatin1String("first_name"))) + QLatin1Char(' ') +
                             text(o.value(QLatin1String("last_name")));
        p.displayName = full.trimmed();
    }
    const QJsonValue active = o.value(QLatin1String("active"));
    p.active = !fromInactiveList && !(active.isBool() && !active.toBool());
    p.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    *out = p;
    return true;
}

bool ClinikoJsonParser::parseAppointmentType(const QJsonObject &o, AppointmentType *out,
                                             QString *problem)
{
    AppointmentType t;
    if (!requireId(o, "appointment type", &t.id, problem))
        return false;
    t.name = text(o.value(QLatin1String("name")));
    t.archived =
        isSet(o.value(QLatin1String("archived_at"))) || isSet(o.value(QLatin1String("deleted_at")));
    t.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    *out = t;
    return true;
}

bool ClinikoJsonParser::parsePatient(const QJsonObject &o, Patient *out, QString *problem)
{
    Patient p;
    if (!requireId(o, "patient", &p.id, problem))
        return false;
    p.firstName = text(o.value(QLatin1String("first_name")));
    p.lastName = text(o.value(QLatin1String("last_name")));
    p.archived =
        isSet(o.value(QLatin1String("archived_at"))) || isSet(o.value(QLatin1String("deleted_at")));
    p.createdAt = parseTimestamp(o.value(QLatin1String("created_at")));
    p.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    p.birthYear = birthYearOf(text(o.value(QLatin1String("date_of_birth"))));
    // patient_phone_numbers: [{phone_type, number}]; the mobile first, else the first number.
    const QJsonArray phones = o.value(QLatin1String("patient_phone_numbers")).toArray();
    for (const QJsonValue &v : phones) {
        const QJsonObject phone = v.toObject();
        const QString number = text(phone.value(QLatin1String("number"))).trimmed();
        if (number.isEmpty())
            continue;
        const bool mobile = text(phone.value(QLatin1String("phone_type")))
                                .compare(QLatin1String("Mobile"), Qt::CaseInsensitive) == 0;
        if (p.phone.isEmpty() || mobile)
            p.phone = number;
        if (mobile)
            break;
    }
    *out = p;
    return true;
}

bool ClinikoJsonParser::parseAppointment(const QJsonObject &o, Appointment *out, QString *problem)
{
    Appointment a;
    if (!requireId(o, "appointment", &a.id, problem))
        return false;
    a.patientId = linkedId(o, QStringLiteral("patient")).value_or(0);
    a.practitionerId = linkedId(o, QStringLiteral("practitioner")).value_or(0);
    a.locationId = linkedId(o, QStringLiteral("business")).value_or(0);
    a.appointmentTypeId = linkedId(o, QStringLiteral("appointment_type")).value_or(0);
    a.startsAt = parseTimestamp(o.value(QLatin1String("starts_at")));
    if (!a.startsAt.isValid()) {
        *problem = QStringLiteral("an appointment record without a readable starts_at");
        return false;
    }
    a.endsAt = parseTimestamp(o.value(QLatin1String("ends_at")));
    a.cancelledAt = parseTimestamp(o.value(QLatin1String("cancelled_at")));
    a.cancelled = isSet(o.value(QLatin1String("cancelled_at")));
    const QJsonValue reason = o.value(QLatin1String("cancellation_reason"));
    if (reason.isDouble())
        a.cancellationReason = reason.toInt();
    else if (reason.isString())
        a.cancellationReason = reason.toString().toInt();
    a.deleted =
        isSet(o.value(QLatin1String("archived_at"))) || isSet(o.value(QLatin1String("deleted_at")));
    a.didNotArrive = parseTriState(o.value(QLatin1String("did_not_arrive")));
    a.patientArrived = parseTriState(o.value(QLatin1String("patient_arrived")));
    a.createdAt = parseTimestamp(o.value(QLatin1String("created_at")));
    a.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    *out = a;
    return true;
}

} // namespace routiq
