#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace routiq {

// One appointment as a drill-down list shows it. The caller fills it from the cache and decides
// (by role) whether `patient` may hold a name; read-only users get an empty or masked value.
struct AppointmentRow
{
    QDate date;           // local date at the appointment's location
    QTime time;           // local start time
    QString practitioner; // display name
    QString patient;      // display name, or empty when the user may not see patients
    QString status;       // already translated: "Booked", "Missed", "Cancelled", ...

    friend bool operator==(const AppointmentRow &, const AppointmentRow &) = default;
};

} // namespace routiq
