#pragma once

#include <QList>
#include <QString>

namespace routiq {

// Everything a service entry point can be asked to do on a user's behalf. The first four are
// about one clinic's data; the rest are app-wide administration.
enum class Permission
{
    ViewAggregates,     // dashboards, KPI cards, charts (no patient names)
    ViewPatientLevel,   // drill-down and worklists: appointments and patients by name
    ExportAggregates,   // PDF/CSV of aggregate figures
    ExportPatientLevel, // PDF/CSV with patient rows
    ManageConnections,  // add, edit, remove clinic connections; trigger a full resync
    ManageApiKeys,      // set, replace or remove a PMS API key
    ManageUsers,        // create accounts, roles, clinic assignments, disable
    ViewAudit,          // read the audit log
};

// True for permissions that are checked against one clinic.
bool isClinicScoped(Permission permission);
QString permissionName(Permission permission); // stable, e.g. "view_patient_level"
QList<Permission> allPermissions();

} // namespace routiq
