#include "auditaction.h"

#include <array>
#include <utility>

namespace routiq {

namespace {

constexpr std::array<std::pair<AuditAction, const char *>, 28> kNames{{
    {AuditAction::LoginSucceeded, "login.ok"},
    {AuditAction::LoginFailed, "login.failed"},
    {AuditAction::LoginRefused, "login.refused"},
    {AuditAction::LoginWhileLocked, "login.locked"},
    {AuditAction::AccountLockedOut, "account.lockout"},
    {AuditAction::SignedOut, "logout"},
    {AuditAction::IdleLocked, "session.idle_lock"},
    {AuditAction::PatientLevelViewed, "patient_level.view"},
    {AuditAction::ExportedAggregates, "export.aggregates"},
    {AuditAction::ExportedPatientLevel, "export.patient_level"},
    {AuditAction::ConnectionChanged, "connection.change"},
    {AuditAction::ApiKeyChanged, "api_key.change"},
    {AuditAction::UserCreated, "user.create"},
    {AuditAction::UserDisabled, "user.disable"},
    {AuditAction::UserEnabled, "user.enable"},
    {AuditAction::UserRoleChanged, "user.role"},
    {AuditAction::UserClinicsChanged, "user.clinics"},
    {AuditAction::UserPasswordChanged, "user.password"},
    {AuditAction::UserExpiryChanged, "user.expiry"},
    {AuditAction::AccessDenied, "access.denied"},
    {AuditAction::AuditViewed, "audit.view"},
    {AuditAction::AuditReanchored, "audit.reanchor"},
    {AuditAction::KeySlotChanged, "key_slot.change"},
    {AuditAction::ContactNoteRecorded, "patient.contact_note"},
    {AuditAction::SettingChanged, "setting.change"},
    {AuditAction::AuditExported, "audit.export"},
    {AuditAction::ApiTokenReused, "api.token_reuse"},
    {AuditAction::ApiRefreshRequested, "api.refresh"},
}};

} // namespace

QString auditActionName(AuditAction action)
{
    for (const auto &[a, name] : kNames) {
        if (a == action)
            return QLatin1String(name);
    }
    return {};
}

std::optional<AuditAction> auditActionFromName(const QString &name)
{
    for (const auto &[a, n] : kNames) {
        if (name == QLatin1String(n))
            return a;
    }
    return std::nullopt;
}

QStringList auditActionNames()
{
    QStringList out;
    for (const auto &entry : kNames)
        out.append(QLatin1String(entry.second));
    return out;
}

} // namespace routiq
