#include "core/clock.h"
#include "security/accesspolicy.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace routiq;

namespace {

ActingUser userWith(Role role)
{
    ActingUser u;
    u.userId = 7;
    u.username = QStringLiteral("someone");
    u.role = role;
    u.clinics = {QStringLiteral("north"), QStringLiteral("south")};
    return u;
}

enum class Where
{
    OwnClinic,
    OtherClinic
};

// The specification, written out in full so that any change to the policy fails here:
// the set of permissions each role has on one of its own clinics and on someone else's.
const std::map<std::pair<Role, Where>, std::set<Permission>> kAllowed = {
    {{Role::Admin, Where::OwnClinic},
     {Permission::ViewAggregates, Permission::ViewPatientLevel, Permission::ExportAggregates,
      Permission::ExportPatientLevel, Permission::ManageConnections, Permission::ManageApiKeys,
      Permission::ManageUsers, Permission::ViewAudit}},
    {{Role::Admin, Where::OtherClinic},
     {Permission::ViewAggregates, Permission::ViewPatientLevel, Permission::ExportAggregates,
      Permission::ExportPatientLevel, Permission::ManageConnections, Permission::ManageApiKeys,
      Permission::ManageUsers, Permission::ViewAudit}},
    {{Role::Staff, Where::OwnClinic},
     {Permission::ViewAggregates, Permission::ViewPatientLevel, Permission::ExportAggregates,
      Permission::ExportPatientLevel}},
    {{Role::Staff, Where::OtherClinic}, {}},
    {{Role::ReadOnly, Where::OwnClinic},
     {Permission::ViewAggregates, Permission::ExportAggregates}},
    {{Role::ReadOnly, Where::OtherClinic}, {}},
};

} // namespace

TEST_CASE("every role, permission and clinic combination is allowed or denied as specified")
{
    ManualClock clock;
    const AccessPolicy policy(&clock);
    int checked = 0;
    for (Role role : {Role::Admin, Role::Staff, Role::ReadOnly}) {
        for (Where where : {Where::OwnClinic, Where::OtherClinic}) {
            const ClinicId clinic =
                where == Where::OwnClinic ? QStringLiteral("south") : QStringLiteral("east");
            const auto &allowed = kAllowed.at({role, where});
            for (Permission p : allPermissions()) {
                // Non-clinic permissions are the same whatever clinic is named.
                const bool expected = allowed.count(p) > 0;
                INFO("role=" << roleName(role).toStdString()
                             << " permission=" << permissionName(p).toStdString()
                             << " clinic=" << clinic.toStdString());
                const ActingUser user = userWith(role);
                CHECK(policy.allows(user, p, clinic) == expected);
                const RoutiqError e = policy.check(user, p, clinic);
                CHECK(e.isNull() == expected);
                if (!expected) {
                    CHECK(e.code == QStringLiteral("ACCESS_DENIED"));
                    CHECK(e.details.contains(permissionName(p)));
                }
                ++checked;
            }
        }
    }
    CHECK(checked == 3 * 2 * 8);
}

TEST_CASE("the named checks match the generic check for every permission")
{
    ManualClock clock;
    const AccessPolicy policy(&clock);
    const ClinicId own = QStringLiteral("north");
    for (Role role : {Role::Admin, Role::Staff, Role::ReadOnly}) {
        const ActingUser u = userWith(role);
        INFO("role=" << roleName(role).toStdString());
        CHECK(policy.viewAggregates(u, own).isNull() ==
              policy.allows(u, Permission::ViewAggregates, own));
        CHECK(policy.viewPatientLevel(u, own).isNull() ==
              policy.allows(u, Permission::ViewPatientLevel, own));
        CHECK(policy.exportAggregates(u, own).isNull() ==
              policy.allows(u, Permission::ExportAggregates, own));
        CHECK(policy.exportPatientLevel(u, own).isNull() ==
              policy.allows(u, Permission::ExportPatientLevel, own));
        CHECK(policy.manageConnections(u).isNull() ==
              policy.allows(u, Permission::ManageConnections));
        CHECK(policy.manageApiKeys(u).isNull() == policy.allows(u, Permission::ManageApiKeys));
        CHECK(policy.manageUsers(u).isNull() == policy.allows(u, Permission::ManageUsers));
        CHECK(policy.viewAudit(u).isNull() == policy.allows(u, Permission::ViewAudit));
    }
}

TEST_CASE("an expired temporary account is denied everything, even as admin")
{
    ManualClock clock;
    const AccessPolicy policy(&clock);
    for (Role role : {Role::Admin, Role::Staff, Role::ReadOnly}) {
        ActingUser u = userWith(role);
        u.expiresAt = clock.nowUtc().addSecs(60);
        CHECK(policy.allows(u, Permission::ViewAggregates, QStringLiteral("north")));
        clock.advanceMSecs(60'000); // expiry is inclusive: at the instant it is over
        for (Permission p : allPermissions()) {
            INFO("role=" << roleName(role).toStdString()
                         << " permission=" << permissionName(p).toStdString());
            CHECK_FALSE(policy.allows(u, p, QStringLiteral("north")));
            const RoutiqError e = policy.check(u, p, QStringLiteral("north"));
            CHECK(e.code == QStringLiteral("ACCESS_DENIED"));
            CHECK(e.message.contains(QStringLiteral("expired")));
        }
        clock.advanceMSecs(-60'000);
    }
}

TEST_CASE("a signed-out user and a clinic-scoped check without a clinic are denied")
{
    ManualClock clock;
    const AccessPolicy policy(&clock);
    CHECK_FALSE(policy.allows(ActingUser{}, Permission::ViewAggregates, QStringLiteral("north")));
    ActingUser invalidAdmin;
    invalidAdmin.role = Role::Admin; // no user id: not signed in
    CHECK_FALSE(policy.allows(invalidAdmin, Permission::ManageUsers));
    CHECK_FALSE(policy.allows(userWith(Role::Staff), Permission::ViewAggregates, QString()));
}

TEST_CASE("visible clinics are the assigned ones for staff and read-only, all for admins")
{
    ManualClock clock;
    const AccessPolicy policy(&clock);
    const QList<ClinicId> all = {QStringLiteral("east"), QStringLiteral("north"),
                                 QStringLiteral("south")};
    CHECK(policy.visibleClinics(userWith(Role::Admin), all) == all);
    CHECK(policy.visibleClinics(userWith(Role::Staff), all) ==
          QList<ClinicId>{QStringLiteral("north"), QStringLiteral("south")});
    CHECK(policy.visibleClinics(userWith(Role::ReadOnly), all) ==
          QList<ClinicId>{QStringLiteral("north"), QStringLiteral("south")});
}
