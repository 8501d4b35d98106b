#pragma once

#include <QString>

#include <optional>

namespace routiq {

// What an app account may do, in the clinic's words: the clinic admin (connections, keys,
// users, everything), staff (dashboards and patient-level lists for their clinics), read-only
// (aggregate dashboards for their clinics, never a patient name). Stored by name.
enum class Role
{
    Admin,
    Staff,
    ReadOnly
};

QString roleName(Role role); // "admin", "staff", "readonly"
std::optional<Role> roleFromName(const QString &name);

} // namespace routiq
