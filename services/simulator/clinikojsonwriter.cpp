#include "clinikojsonwriter.h"

#include <QJsonArray>

namespace routiq {

namespace {

const char *reasonDescription(int code)
{
    switch (code) {
    case 10:
        return "Feeling Better";
    case 20:
        return "Condition Worse";
    case 30:
        return "Sick";
    case 31:
        return "COVID-19 related";
    case 40:
        return "Away";
    case 50:
        return "Other";
    case 60:
        return "Work";
    default:
        return "";
    }
}

QJsonValue triState(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

ClinikoJsonWriter::ClinikoJsonWriter(QString baseUrl, bool advancedTimeZones)
    : m_base(std::move(baseUrl)), m_advancedTimeZones(advancedTimeZones)
{}

QJsonValue ClinikoJsonWriter::timestamp(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(
        QString(t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z')));
}

QString ClinikoJsonWriter::id(RecordId id)
{
    return QString::number(id);
}

QJsonObject ClinikoJsonWriter::link(const QString &path) const
{
    return QJsonObject{
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(m_base + path)}}}};
}

QJsonObject ClinikoJsonWriter::business(const SimBusiness &b) const
{
    const QString self = QStringLiteral("/businesses/") + id(b.id);
    QJsonObject o{
        {QStringLiteral("id"), id(b.id)},
        {QStringLiteral("business_name"), b.name},
        {QStringLiteral("display_name"), b.name},
        {QStringLiteral("label"), b.name},
        {QStringLiteral("country"), QStringLiteral("Australia")},
        {QStringLiteral("country_code"), QStringLiteral("AU")},
        {QStringLiteral("show_in_online_bookings"), true},
        {QStringLiteral("archived_at"), timestamp(b.archivedAt)},
        {QStringLiteral("deleted_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), timestamp(b.createdAt)},
        {QStringLiteral("updated_at"), timestamp(b.updatedAt)},
        {QStringLiteral("practitioners"), link(self + QStringLiteral("/practitioners"))},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(m_base + self)}}},
    };
    if (m_advancedTimeZones) {
        o.insert(QStringLiteral("time_zone"), b.timeZoneLabel);
        o.insert(QStringLiteral("time_zone_identifier"), b.timeZoneId);
    }
    return o;
}

QJsonObject ClinikoJsonWriter::practitioner(const SimPractitioner &p) const
{
    const QString self = QStringLiteral("/practitioners/") + id(p.id);
    return QJsonObject{
        {QStringLiteral("id"), id(p.id)},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("display_name"), p.displayName()},
        {QStringLiteral("label"), p.displayName()},
        {QStringLiteral("designation"), p.designation},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("active"), p.active},
        {QStringLiteral("show_in_online_bookings"), p.active},
        {QStringLiteral("created_at"), timestamp(p.createdAt)},
        {QStringLiteral("updated_at"), timestamp(p.updatedAt)},
        {QStringLiteral("appointments"), link(self + QStringLiteral("/appointments"))},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(m_base + self)}}},
    };
}

QJsonObject ClinikoJsonWriter::appointmentType(const SimAppointmentType &t) const
{
    const QString self = QStringLiteral("/appointment_types/") + id(t.id);
    return QJsonObject{
        {QStringLiteral("id"), id(t.id)},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("category"), QString()},
        {QStringLiteral("color"), t.color},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("duration_in_minutes"), t.durationMinutes},
        {QStringLiteral("max_attendees"), 1},
        {QStringLiteral("show_in_online_bookings"), !t.archivedAt.isValid()},
        {QStringLiteral("telehealth_enabled"), t.name.startsWith(QLatin1String("Telehealth"))},
        {QStringLiteral("archived_at"), timestamp(t.archivedAt)},
        {QStringLiteral("created_at"), timestamp(t.createdAt)},
        {QStringLiteral("updated_at"), timestamp(t.updatedAt)},
        {QStringLiteral("practitioners"), link(self + QStringLiteral("/practitioners"))},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(m_base + self)}}},
    };
}

QJsonObject ClinikoJsonWriter::patient(const SimPatient &p, const SimulatedClinic &) const
{
    const QString self = QStringLiteral("/patients/") + id(p.id);
    return QJsonObject{
        {QStringLiteral("id"), id(p.id)},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("preferred_first_name"), QString()},
        {QStringLiteral("title"), QString()},
        {QStringLiteral("date_of_birth"), p.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("email"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("patient_phone_numbers"),
         QJsonArray{QJsonObject{{QStringLiteral("phone_type"), QStringLiteral("Mobile")},
                                {QStringLiteral("number"), p.mobile()}}}},
        {QStringLiteral("time_zone"), QJsonValue(QJsonValue::Null)},
        // Active patients show "" (not null) here in Cliniko's own examples.
        {QStringLiteral("archived_at"),
         p.archivedAt.isValid() ? timestamp(p.archivedAt) : QJsonValue(QString())},
        {QStringLiteral("deleted_at"), QString()},
        {QStringLiteral("created_at"), timestamp(p.createdAt)},
        {QStringLiteral("updated_at"), timestamp(p.updatedAt)},
        {QStringLiteral("appointments"), link(self + QStringLiteral("/appointments"))},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(m_base + self)}}},
    };
}

QJsonObject ClinikoJsonWriter::appointment(const SimAppointment &a,
                                           const SimulatedClinic &clinic) const
{
    const QString self = QStringLiteral("/individual_appointments/") + id(a.id);
    QString patientName;
    if (const SimPatient *p = clinic.patient(a.patientId))
        patientName = p->firstName + QLatin1Char(' ') + p->lastName;
    return QJsonObject{
        {QStringLiteral("id"), id(a.id)},
        {QStringLiteral("created_at"), timestamp(a.createdAt)},
        {QStringLiteral("updated_at"), timestamp(a.updatedAt)},
        {QStringLiteral("starts_at"), timestamp(a.startsAt)},
        {QStringLiteral("ends_at"), timestamp(a.endsAt)},
        {QStringLiteral("archived_at"), timestamp(a.archivedAt)},
        {QStringLiteral("deleted_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cancelled_at"), timestamp(a.cancelledAt)},
        {QStringLiteral("cancellation_note"), a.cancellationNote.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(a.cancellationNote)},
        {QStringLiteral("cancellation_reason"),
         a.cancellationReason ? QJsonValue(a.cancellationReason) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cancellation_reason_description"),
         QString::fromLatin1(reasonDescription(a.cancellationReason))},
        {QStringLiteral("did_not_arrive"), triState(a.didNotArrive)},
        {QStringLiteral("patient_arrived"), triState(a.patientArrived)},
        {QStringLiteral("patient_name"), patientName},
        {QStringLiteral("notes"),
         a.notes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.notes)},
        {QStringLiteral("has_patient_appointment_notes"), false},
        {QStringLiteral("appointment_type"),
         link(QStringLiteral("/appointment_types/") + id(a.appointmentTypeId))},
        {QStringLiteral("business"), link(QStringLiteral("/businesses/") + id(a.businessId))},
        {QStringLiteral("practitioner"),
         link(QStringLiteral("/practitioners/") + id(a.practitionerId))},
        {QStringLiteral("patient"), link(QStringLiteral("/patients/") + id(a.patientId))},
        {QStringLiteral("attendees"), link(self + QStringLiteral("/attendees"))},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(m_base + self)}}},
    };
}

QJsonObject ClinikoJsonWriter::settings(const SimulatedClinic &clinic) const
{
    return QJsonObject{
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("country"), QStringLiteral("Australia")},
                     {QStringLiteral("time_zone"), clinic.accountTimeZoneLabel}}},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), QString(m_base + QStringLiteral("/settings"))}}},
    };
}

} // namespace routiq
