#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace routiq {

// An appointment's status as the drill-down lists show it (shared/brief/metrics.md "Terms").
enum class AppointmentStatus
{
    Booked,
    Attended,
    Missed,
    Cancelled,
    Deleted
};

// One line of the patient-level drill-down: an appointment with its people and place by name.
struct AppointmentListRow
{
    RecordId id = 0;
    QDateTime startsAtUtc;
    QDate localDate;
    int localHour = 0;
    RecordId patientId = 0;
    QString patientName; // "First Last"; empty when names were purged or not requested
    RecordId practitionerId = 0;
    QString practitionerName;
    RecordId locationId = 0;
    QString locationName;
    AppointmentStatus status = AppointmentStatus::Booked;
    QDateTime endsAtUtc;      // invalid when the PMS gave no end
    QDateTime cancelledAtUtc; // invalid unless cancelled with a known time
    // Cancelled less than 24 h before the start (docs/metrics.md, lateCancellations).
    bool lateCancellation = false;
};

// Which appointments the drill-down wants: local dates from..to inclusive, optionally one
// location and/or practitioner. Patient names only for roles allowed to see them.
struct AppointmentListQuery
{
    QDate from;
    QDate to;
    std::optional<RecordId> locationId;
    std::optional<RecordId> practitionerId;
    bool includeDeleted = false;
    bool withPatientNames = true;
};

} // namespace routiq
