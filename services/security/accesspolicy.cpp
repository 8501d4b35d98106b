#include "accesspolicy.h"

#include "core/clock.h"

#include <QCoreApplication>

namespace routiq {

AccessPolicy::AccessPolicy(const Clock *clock) : m_clock(clock)
{
    Q_ASSERT(clock);
}

bool AccessPolicy::isExpired(const ActingUser &user) const
{
    return user.expiresAt && *user.expiresAt <= m_clock->nowUtc();
}

bool AccessPolicy::roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Staff:
        return isClinicScoped(permission);
    case Role::ReadOnly:
        return permission == Permission::ViewAggregates ||
               permission == Permission::ExportAggregates;
    }
    return false;
}

bool AccessPolicy::allows(const ActingUser &user, Permission permission,
                          const ClinicId &clinic) const
{
    if (!user.isValid() || isExpired(user) || user.mustChangePassword ||
        !roleAllows(user.role, permission))
        return false;
    if (user.role == Role::Admin || !isClinicScoped(permission))
        return true;
    return !clinic.isEmpty() && user.clinics.contains(clinic);
}

RoutiqError AccessPolicy::check(const ActingUser &user, Permission permission,
                                const ClinicId &clinic) const
{
    if (allows(user, permission, clinic))
        return {};
    RoutiqError e;
    e.code = QLatin1String(kDeniedCode);
    e.message = isExpired(user) ? QCoreApplication::translate("routiq::AccessPolicy",
                                                              "This temporary account has expired. "
                                                              "Ask the clinic admin to extend it.")
                : user.mustChangePassword
                    ? QCoreApplication::translate("routiq::AccessPolicy",
                                                  "Your password was reset: choose a new one "
                                                  "first ('routiq-cli user passwd' or the app).")
                    : QCoreApplication::translate("routiq::AccessPolicy",
                                                  "Your account is not allowed to do this. Ask "
                                                  "the clinic admin if you need it.");
    // Role, permission and clinic id are safe to show: they name no patient and no secret.
    e.details = QStringLiteral("role=%1 permission=%2")
                    .arg(roleName(user.role), permissionName(permission));
    if (isClinicScoped(permission))
        e.details += QStringLiteral(" clinic=%1").arg(clinic);
    e.timestamp = m_clock->nowUtc();
    return e;
}

RoutiqError AccessPolicy::viewAggregates(const ActingUser &u, const ClinicId &clinic) const
{
    return check(u, Permission::ViewAggregates, clinic);
}

RoutiqError AccessPolicy::viewPatientLevel(const ActingUser &u, const ClinicId &clinic) const
{
    return check(u, Permission::ViewPatientLevel, clinic);
}

RoutiqError AccessPolicy::exportAggregates(const ActingUser &u, const ClinicId &clinic) const
{
    return check(u, Permission::ExportAggregates, clinic);
}

RoutiqError AccessPolicy::exportPatientLevel(const ActingUser &u, const ClinicId &clinic) const
{
    return check(u, Permission::ExportPatientLevel, clinic);
}

RoutiqError AccessPolicy::manageConnections(const ActingUser &u) const
{
    return check(u, Permission::ManageConnections);
}

RoutiqError AccessPolicy::manageApiKeys(const ActingUser &u) const
{
    return check(u, Permission::ManageApiKeys);
}

RoutiqError AccessPolicy::manageUsers(const ActingUser &u) const
{
    return check(u, Permission::ManageUsers);
}

RoutiqError AccessPolicy::viewAudit(const ActingUser &u) const
{
    return check(u, Permission::ViewAudit);
}

QList<ClinicId> AccessPolicy::visibleClinics(const ActingUser &user,
                                             const QList<ClinicId> &candidates) const
{
    QList<ClinicId> out;
    for (const ClinicId &c : candidates) {
        if (allows(user, Permission::ViewAggregates, c))
            out.append(c);
    }
    return out;
}

} // namespace routiq
