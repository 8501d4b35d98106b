#pragma once

#include "actinguser.h"
#include "domain/routiqerror.h"
#include "permission.h"

namespace routiq {

class Clock;

// The one place that decides what a role may do; services call it at each entry point (the GUI
// hiding a button is a convenience, not the check). Each check returns a null RoutiqError when
// allowed, else code ACCESS_DENIED.
//   admin:    everything, every clinic
//   staff:    aggregates, patient-level lists, both kinds of export, for assigned clinics only
//   readonly: aggregate dashboards and aggregate exports for assigned clinics, nothing else
//   an expired temporary account or a signed-out (invalid) user: nothing
class AccessPolicy
{
public:
    static constexpr auto kDeniedCode = "ACCESS_DENIED";

    explicit AccessPolicy(const Clock *clock);

    bool allows(const ActingUser &user, Permission permission, const ClinicId &clinic = {}) const;
    RoutiqError check(const ActingUser &user, Permission permission,
                      const ClinicId &clinic = {}) const;

    // One method per service entry point, so call sites read as what they protect.
    RoutiqError viewAggregates(const ActingUser &u, const ClinicId &clinic) const;
    RoutiqError viewPatientLevel(const ActingUser &u, const ClinicId &clinic) const;
    RoutiqError exportAggregates(const ActingUser &u, const ClinicId &clinic) const;
    RoutiqError exportPatientLevel(const ActingUser &u, const ClinicId &clinic) const;
    RoutiqError manageConnections(const ActingUser &u) const;
    RoutiqError manageApiKeys(const ActingUser &u) const;
    RoutiqError manageUsers(const ActingUser &u) const;
    RoutiqError viewAudit(const ActingUser &u) const;

    // The clinics of `candidates` this user may see aggregates for (a clinic picker, a CLI
    // "metrics for all" loop), in the given order.
    QList<ClinicId> visibleClinics(const ActingUser &user, const QList<ClinicId> &candidates) const;

    bool isExpired(const ActingUser &user) const;

private:
    static bool roleAllows(Role role, Permission permission);
    const Clock *m_clock;
};

} // namespace routiq
