#pragma once

#include "actinguser.h"
#include "domain/ids.h"
#include "domain/routiqerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace routiq {

class AccessPolicy;
class AuditLog;

// The admin's security settings, kept in the encrypted app database (table security_settings)
// rather than in the per-OS-user settings file, where any user could turn the idle lock off:
// the idle-lock minutes and the minimum password length, plus each clinic's patient-name
// retention (a column of its connection). Anyone may read them (the sign-in needs them);
// only an admin may change them, and every change or refusal is audited.
class SecuritySettings
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySettings)

public:
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 240;
    static constexpr int kMinPasswordFloor = 10; // never lower, whatever is stored
    static constexpr int kMaxPasswordLength = 128;
    static constexpr int kMaxRetentionYears = 100;

    struct Values
    {
        int idleLockMinutes = kDefaultIdleLockMinutes; // 0 = never lock
        bool idleLockStored = false; // an admin chose it (else the caller's default applies)
        int minPasswordLength = kMinPasswordFloor;
    };

    SecuritySettings(QSqlDatabase db, const AccessPolicy *policy, AuditLog *audit);

    // The stored values (defaults for what is not stored, or when the table cannot be read:
    // the defaults are the safe ones).
    static Values read(QSqlDatabase db);
    Values values() const { return read(m_db); }

    // Admin only (ACCESS_DENIED otherwise, audited). SETTING_OUT_OF_RANGE for values outside
    // 0..kMaxIdleLockMinutes, kMinPasswordFloor..kMaxPasswordLength, 0..kMaxRetentionYears.
    bool setIdleLockMinutes(const ActingUser &actor, int minutes, RoutiqError *error);
    bool setMinPasswordLength(const ActingUser &actor, int length, RoutiqError *error);
    // The clinic's patient-name retention in years (0 = keep names); applied when its cache
    // next opens.
    bool setPatientNameRetention(const ActingUser &actor, const ClinicId &clinic, int years,
                                 RoutiqError *error);

private:
    bool allowed(const ActingUser &actor, const QString &what, RoutiqError *error) const;
    bool inRange(int value, int low, int high, RoutiqError *error) const;
    bool store(const ActingUser &actor, const QString &name, int value, RoutiqError *error);
    RoutiqError storageError(const QString &details) const;

    QSqlDatabase m_db;
    const AccessPolicy *m_policy;
    AuditLog *m_audit;
};

} // namespace routiq
