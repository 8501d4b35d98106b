#pragma once

#include <QString>
#include <QStringView>

#include <array>

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

// A PMS's name for each kind, written once as a row in backfill order, so adapters do not each
// repeat a switch over the kinds.
using ResourceKindNames = std::array<QStringView, std::size(kAllResourceKinds)>;

inline QString nameFor(ResourceKind kind, const ResourceKindNames &names)
{
    return names.at(static_cast<std::size_t>(kind)).toString();
}

} // namespace routiq
