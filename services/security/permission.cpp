#include "permission.h"

namespace routiq {

bool isClinicScoped(Permission permission)
{
    switch (permission) {
    case Permission::ViewAggregates:
    case Permission::ViewPatientLevel:
    case Permission::ExportAggregates:
    case Permission::ExportPatientLevel:
        return true;
    case Permission::ManageConnections:
    case Permission::ManageApiKeys:
    case Permission::ManageUsers:
    case Permission::ViewAudit:
        return false;
    }
    return false;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewAggregates:
        return QStringLiteral("view_aggregates");
    case Permission::ViewPatientLevel:
        return QStringLiteral("view_patient_level");
    case Permission::ExportAggregates:
        return QStringLiteral("export_aggregates");
    case Permission::ExportPatientLevel:
        return QStringLiteral("export_patient_level");
    case Permission::ManageConnections:
        return QStringLiteral("manage_connections");
    case Permission::ManageApiKeys:
        return QStringLiteral("manage_api_keys");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    }
    return {};
}

QList<Permission> allPermissions()
{
    return {Permission::ViewAggregates,    Permission::ViewPatientLevel,
            Permission::ExportAggregates,  Permission::ExportPatientLevel,
            Permission::ManageConnections, Permission::ManageApiKeys,
            Permission::ManageUsers,       Permission::ViewAudit};
}

} // namespace routiq
