#include "nookalrecordparser.h"

#include "pms/birthyear.h"

#include "nookaljson.h"

namespace routiq {

namespace {

QJsonValue field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name));
}

bool readId(const QJsonObject &o, const char *name, const QString &what, RecordId *out,
            QString *problem)
{
    const auto id = NookalJson::integer(field(o, name));
    if (!id || *id <= 0) {
        *problem = QStringLiteral("a %1 without a usable %2").arg(what, QLatin1String(name));
        return false;
    }
    *out = *id;
    return true;
}

RecordId optionalId(const QJsonObject &o, const char *name)
{
    return NookalJson::integer(field(o, name)).value_or(0);
}

QDateTime instant(const QJsonValue &value, const QTimeZone &zone)
{
    const auto wall = NookalJson::wallClock(value);
    return wall ? NookalJson::toUtc(*wall, zone) : QDateTime();
}

} // namespace

bool NookalRecordParser::parseLocation(const QJsonObject &o, Location *out, QString *problem)
{
    Location l;
    if (!readId(o, "ID", QStringLiteral("location"), &l.id, problem))
        return false;
    l.name = NookalJson::text(field(o, "Name"));
    l.timeZoneId = NookalJson::text(field(o, "Timezone")).trimmed();
    l.archived = !NookalJson::flag(field(o, "active")).value_or(true);
    *out = l;
    return true;
}

bool NookalRecordParser::parsePractitioner(const QJsonObject &o, Practitioner *out,
                                           QString *problem)
{
    Practitioner p;
    if (!readId(o, "ID", QStringLiteral("practitioner"), &p.id, problem))
        return false;
    const QString title = NookalJson::text(field(o, "Title")).trimmed();
    p.displayName = (title.isEmpty() ? QString() : title + QLatin1Char(' ')) +
                    NookalJson::text(field(o, "FirstName")).trimmed() + QLatin1Char(' ') +
                    NookalJson::text(field(o, "LastName")).trimmed();
    // `status` is "1"/"0" or a word ("Active"/"Inactive"); absent means active.
    const QString status = NookalJson::text(field(o, "status")).trimmed().toLower();
    p.active = !(status == u"0" || status == u"inactive" || status == u"false");
    *out = p;
    return true;
}

bool NookalRecordParser::parseAppointmentType(const QJsonObject &o, AppointmentType *out,
                                              QString *problem)
{
    AppointmentType t;
    if (!readId(o, "ID", QStringLiteral("service"), &t.id, problem))
        return false;
    t.name = NookalJson::text(field(o, "Name"));
    t.archived = !NookalJson::flag(field(o, "active")).value_or(true);
    *out = t;
    return true;
}

bool NookalRecordParser::parsePatient(const QJsonObject &o, const QTimeZone &zone, Patient *out,
                                      QString *problem)
{
    Patient p;
    if (!readId(o, "ID", QStringLiteral("patient"), &p.id, problem))
        return false;
    p.firstName = NookalJson::text(field(o, "FirstName"));
    p.lastName = NookalJson::text(field(o, "LastName"));
    p.archived = !NookalJson::flag(field(o, "active")).value_or(true);
    p.createdAt = instant(field(o, "DateCreated"), zone);
    p.updatedAt = instant(field(o, "DateModified"), zone);
    p.birthYear = birthYearOf(NookalJson::text(field(o, "DOB")));
    for (const char *key : {"Mobile", "Home", "Work"}) {
        p.phone = NookalJson::text(field(o, key)).trimmed();
        if (!p.phone.isEmpty())
            break;
    }
    *out = p;
    return true;
}

RecordId NookalRecordParser::appointmentLocationId(const QJsonObject &o)
{
    return optionalId(o, "locationID");
}

bool NookalRecordParser::parseAppointment(const QJsonObject &o, const QTimeZone &zone,
                                          Appointment *out, QString *problem)
{
    Appointment a;
    if (!readId(o, "ID", QStringLiteral("appointment"), &a.id, problem))
        return false;
    a.patientId = optionalId(o, "patientID");
    a.practitionerId = optionalId(o, "practitionerID");
    a.locationId = optionalId(o, "locationID");
    a.appointmentTypeId = optionalId(o, "appointmentTypeID");

    const QDate day = NookalJson::date(field(o, "appointmentDate"));
    const QTime start = NookalJson::time(field(o, "appointmentStartTime"));
    if (!day.isValid() || !start.isValid()) {
        out->id = a.id; // so the caller knows which row it skips
        problem->clear();
        return false;
    }
    a.wallClockStart = WallClock{day, start};
    a.startsAt = NookalJson::toUtc(*a.wallClockStart, zone);
    const QTime end = NookalJson::time(field(o, "appointmentEndTime"));
    if (end.isValid()) // an end before the start runs past midnight
        a.endsAt = NookalJson::toUtc(WallClock{end < start ? day.addDays(1) : day, end}, zone);

    a.cancelled = NookalJson::flag(field(o, "cancelled")).value_or(false);
    if (a.cancelled)
        a.cancelledAt = instant(field(o, "cancellationDate"), zone);
    a.didNotArrive = NookalJson::flag(field(o, "DNA"));
    a.patientArrived = NookalJson::flag(field(o, "arrived"));
    a.createdAt = instant(field(o, "dateCreated"), zone);
    a.updatedAt = instant(field(o, "lastModified"), zone);
    *out = a;
    return true;
}

} // namespace routiq
