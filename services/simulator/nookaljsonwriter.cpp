#include "nookaljsonwriter.h"

#include <QJsonArray>

namespace routiq {

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString id(RecordId value)
{
    return QString::number(value);
}

} // namespace

NookalJsonWriter::NookalJsonWriter(const SimulatedClinic &clinic, bool drift)
    : m_clinic(clinic), m_drift(drift)
{
    RecordId lowest = 0;
    for (const SimBusiness &b : clinic.businesses) {
        const QTimeZone zone(b.timeZoneId.toLatin1());
        const QTimeZone usable = zone.isValid() ? zone : QTimeZone::utc();
        m_zones.insert(b.id, usable);
        if (lowest == 0 || b.id < lowest) {
            lowest = b.id;
            m_clinicZone = usable;
        }
    }
}

QTimeZone NookalJsonWriter::zoneFor(RecordId locationId) const
{
    return m_zones.value(locationId, m_clinicZone);
}

QString NookalJsonWriter::wallText(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QStringLiteral("0000-00-00 00:00:00");
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonValue NookalJsonWriter::number(qint64 n) const
{
    return m_drift ? QJsonValue(double(n)) : QJsonValue(QString::number(n));
}

QJsonObject NookalJsonWriter::location(const SimBusiness &b) const
{
    return QJsonObject{{QStringLiteral("ID"), id(b.id)},
                       {QStringLiteral("Name"), b.name},
                       {QStringLiteral("AddressLine1"), QStringLiteral("1 Clinic Street")},
                       {QStringLiteral("City"), b.timeZoneLabel},
                       {QStringLiteral("Country"), QStringLiteral("Australia")},
                       {QStringLiteral("Timezone"), b.timeZoneId},
                       {QStringLiteral("lockNewPatientsToLocation"), flag(false)}};
}

QJsonObject NookalJsonWriter::practitioner(const SimPractitioner &p) const
{
    return QJsonObject{{QStringLiteral("ID"), id(p.id)},
                       {QStringLiteral("Title"), p.title},
                       {QStringLiteral("FirstName"), p.firstName},
                       {QStringLiteral("LastName"), p.lastName},
                       {QStringLiteral("Speciality"), p.designation},
                       {QStringLiteral("locations"), QJsonArray{id(p.businessId)}},
                       {QStringLiteral("ShowInDiary"), flag(p.active)},
                       {QStringLiteral("status"), flag(p.active)}};
}

QJsonObject NookalJsonWriter::service(const SimAppointmentType &t) const
{
    return QJsonObject{
        {QStringLiteral("ID"), id(t.id)},
        {QStringLiteral("Name"), t.name},
        {QStringLiteral("Description"), QString()},
        {QStringLiteral("Duration"), number(t.durationMinutes)},
        {QStringLiteral("Price"), m_drift ? QJsonValue(95.5) : QJsonValue(QStringLiteral("95.50"))},
        {QStringLiteral("hasTax"), flag(false)},
        {QStringLiteral("active"), flag(!t.archivedAt.isValid())}};
}

QJsonObject NookalJsonWriter::patient(const SimPatient &p) const
{
    return QJsonObject{
        {QStringLiteral("ID"), id(p.id)},
        {QStringLiteral("Title"), QString()},
        {QStringLiteral("FirstName"), p.firstName},
        {QStringLiteral("LastName"), p.lastName},
        {QStringLiteral("DOB"), p.dateOfBirth.isValid()
                                    ? p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd"))
                                    : QStringLiteral("0000-00-00")},
        {QStringLiteral("active"), flag(!p.archivedAt.isValid())},
        {QStringLiteral("deceased"), flag(false)},
        {QStringLiteral("Mobile"), p.mobile()},
        {QStringLiteral("DateCreated"), wallText(p.createdAt, m_clinicZone)},
        {QStringLiteral("DateModified"), wallText(p.updatedAt, m_clinicZone)}};
}

QJsonObject NookalJsonWriter::appointment(const SimAppointment &a) const
{
    const QTimeZone zone = zoneFor(a.businessId);
    const QDateTime start = a.startsAt.toTimeZone(zone);
    const QDateTime end = a.endsAt.toTimeZone(zone);
    const SimAppointmentType *type = m_clinic.appointmentType(a.appointmentTypeId);
    // Not cancelled: some rows say null, others Nookal's zero date.
    const QJsonValue cancellation = a.isCancelled() ? QJsonValue(wallText(a.cancelledAt, zone))
                                    : a.id % 2      ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(wallText({}, zone));
    return QJsonObject{
        {QStringLiteral("ID"), id(a.id)},
        {QStringLiteral("patientID"), id(a.patientId)},
        {QStringLiteral("appointmentDate"), start.date().toString(QStringLiteral("yyyy-MM-dd"))},
        {QStringLiteral("appointmentStartTime"), start.time().toString(QStringLiteral("HH:mm:ss"))},
        {QStringLiteral("appointmentEndTime"), end.time().toString(QStringLiteral("HH:mm:ss"))},
        {QStringLiteral("locationID"), id(a.businessId)},
        {QStringLiteral("appointmentType"), type ? type->name : QString()},
        {QStringLiteral("appointmentTypeID"), id(a.appointmentTypeId)},
        {QStringLiteral("practitionerID"), id(a.practitionerId)},
        {QStringLiteral("emailReminderSent"), flag(false)},
        {QStringLiteral("arrived"), flag(a.patientArrived.value_or(false))},
        {QStringLiteral("DNA"), flag(a.didNotArrive.value_or(false))},
        {QStringLiteral("cancelled"), flag(a.isCancelled())},
        {QStringLiteral("cancellationDate"), cancellation},
        {QStringLiteral("invoiceGenerated"), flag(false)},
        {QStringLiteral("Notes"), a.notes.isEmpty() ? QJsonValue() : QJsonValue(a.notes)},
        {QStringLiteral("dateCreated"), wallText(a.createdAt, zone)},
        {QStringLiteral("lastModified"), wallText(a.updatedAt, zone)}};
}

} // namespace routiq
