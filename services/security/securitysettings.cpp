#include "securitysettings.h"

#include "accesspolicy.h"
#include "auditlog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace routiq {

namespace {

constexpr auto kIdleLock = "idle_lock_minutes";
constexpr auto kMinPassword = "min_password_length";

} // namespace

SecuritySettings::SecuritySettings(QSqlDatabase db, const AccessPolicy *policy, AuditLog *audit)
    : m_db(std::move(db)), m_policy(policy), m_audit(audit)
{}

SecuritySettings::Values SecuritySettings::read(QSqlDatabase db)
{
    Values v;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, value FROM security_settings"));
    if (!q.exec())
        return v;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const int value = q.value(1).toInt();
        if (name == QLatin1String(kIdleLock)) {
            v.idleLockMinutes = std::clamp(value, 0, kMaxIdleLockMinutes);
            v.idleLockStored = true;
        } else if (name == QLatin1String(kMinPassword))
            v.minPasswordLength = std::clamp(value, kMinPasswordFloor, kMaxPasswordLength);
    }
    return v;
}

RoutiqError SecuritySettings::storageError(const QString &details) const
{
    return RoutiqError::make(QStringLiteral("SECURITY_STORAGE"),
                             tr("The security settings could not be saved."), details);
}

bool SecuritySettings::allowed(const ActingUser &actor, const QString &what,
                               RoutiqError *error) const
{
    const RoutiqError denied = what.startsWith(QLatin1String("retention"))
                                   ? m_policy->manageConnections(actor)
                                   : m_policy->manageUsers(actor);
    if (denied.isNull())
        return true;
    m_audit->record(actor, AuditAction::AccessDenied, what,
                    QStringLiteral("permission=manage_settings"));
    if (error)
        *error = denied;
    return false;
}

bool SecuritySettings::inRange(int value, int low, int high, RoutiqError *error) const
{
    if (value >= low && value <= high)
        return true;
    if (error)
        *error = RoutiqError::make(QStringLiteral("SETTING_OUT_OF_RANGE"),
                                   tr("Choose a value from %1 to %2.").arg(low).arg(high));
    return false;
}

bool SecuritySettings::store(const ActingUser &actor, const QString &name, int value,
                             RoutiqError *error)
{
    const int before =
        name == QLatin1String(kIdleLock) ? values().idleLockMinutes : values().minPasswordLength;
    if (!m_db.transaction()) {
        if (error)
            *error = storageError(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    // SQLite 3.15: no UPSERT.
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO security_settings (name, value) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = storageError(q.lastError().text());
        m_db.rollback();
        return false;
    }
    if (!m_audit->record(actor, AuditAction::SettingChanged, name,
                         QStringLiteral("from=%1 to=%2").arg(before).arg(value), error) ||
        !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool SecuritySettings::setIdleLockMinutes(const ActingUser &actor, int minutes, RoutiqError *error)
{
    return allowed(actor, QLatin1String(kIdleLock), error) &&
           inRange(minutes, 0, kMaxIdleLockMinutes, error) &&
           store(actor, QLatin1String(kIdleLock), minutes, error);
}

bool SecuritySettings::setMinPasswordLength(const ActingUser &actor, int length, RoutiqError *error)
{
    return allowed(actor, QLatin1String(kMinPassword), error) &&
           inRange(length, kMinPasswordFloor, kMaxPasswordLength, error) &&
           store(actor, QLatin1String(kMinPassword), length, error);
}

bool SecuritySettings::setPatientNameRetention(const ActingUser &actor, const ClinicId &clinic,
                                               int years, RoutiqError *error)
{
    if (!allowed(actor, QStringLiteral("retention:") + clinic.left(64), error) ||
        !inRange(years, 0, kMaxRetentionYears, error))
        return false;
    if (!m_db.transaction()) {
        if (error)
            *error = storageError(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE clinic_connections SET patient_name_retention_years = ? WHERE id = ?"));
    q.addBindValue(years);
    q.addBindValue(clinic);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().isValid()
                         ? storageError(q.lastError().text())
                         : RoutiqError::make(QStringLiteral("UNKNOWN_CLINIC"),
                                             tr("There is no clinic connection with this id."));
        m_db.rollback();
        return false;
    }
    if (!m_audit->record(actor, AuditAction::ConnectionChanged, clinic,
                         QStringLiteral("retention_years=%1").arg(years), error) ||
        !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace routiq
