#pragma once

#include <QString>

namespace routiq {

// The PMS resources Routiq syncs, in backfill order: an appointment's zone comes from its
// location, so locations are stored first.
enum class ResourceKind
{
    Locations,
    Practitioners,
    AppointmentTypes,
    Patients,
    Appointments
};

inline constexpr ResourceKind kAllResourceKinds[] = {
    ResourceKind::Locations, ResourceKind::Practitioners, ResourceKind::AppointmentTypes,
    ResourceKind::Patients, ResourceKind::Appointments};

inline QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Locations:
        return QStringLiteral("locations");
    case ResourceKind::Practitioners:
        return QStringLiteral("practitioners");
    case ResourceKind::AppointmentTypes:
        return QStringLiteral("appointment_types");
    case ResourceKind::Patients:
        return QStringLiteral("patients");
    case ResourceKind::Appointments:
        return QStringLiteral("appointments");
    }
    return {};
}

} // namespace routiq
