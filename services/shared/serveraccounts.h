#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "security/account.h"
#include "security/actinguser.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace routiq {

// One account on the shared server: a PostgreSQL login role that is a member of routiq_admin,
// routiq_staff, routiq_readonly or routiq_agent, and the clinics account_clinics grants it.
struct ServerAccount
{
    qint64 oid = 0;          // the role's pg_roles.oid: the ActingUser's userId
    QString username;        // the role name
    QString role;            // "admin", "staff", "readonly", "agent"; empty: no Routiq role
    QList<ClinicId> clinics; // sorted
    bool canLogin = true;    // false: disabled (NOLOGIN)
    bool setUpRole = false;  // owns the schema (ran `server init`): may make the first admin
    // A temporary account's end (UTC): its role's VALID UNTIL, after which the server refuses
    // its password and AccessPolicy everything its open sessions ask.
    std::optional<QDateTime> expiresAt;

    // For AccessPolicy: admin, staff and read-only as themselves; the agent as read-only on its
    // clinics (the server lets it write them, AccessPolicy has nothing more to say); the set-up
    // role as an admin (it owns the database); anyone else is invalid (userId 0).
    ActingUser actingUser() const;
    Account account() const; // for the user list
};

// Accounts as login roles (issue 16): created, changed and listed through the server's
// SECURITY DEFINER functions (migration 2, sharedschemaroles.cpp), which check that the caller
// is an admin and write the audit entry in the same transaction. Passwords leave this class only
// as SCRAM-SHA-256 verifiers (ScramVerifier). Names are checked against kAccountNamePattern here
// and again on the server; nothing here builds SQL from them (they are bound parameters).
class ServerAccounts
{
public:
    explicit ServerAccounts(QSqlDatabase db) : m_db(std::move(db)) {}

    static bool isValidName(const QString &name);
    static bool isValidRole(const QString &role); // admin, staff, readonly, agent

    // The signed-in login role (session_user), its Routiq role and granted clinics.
    std::optional<ServerAccount> whoAmI(RoutiqError *error) const;
    // This database's accounts (those its functions made), by name. Admins only.
    std::optional<QList<ServerAccount>> list(RoutiqError *error) const;

    // With `expiresAt`, the account and its end are made in one transaction (both or neither).
    bool create(const QString &name, const QString &role, const QString &password,
                const QList<ClinicId> &clinics, RoutiqError *error,
                const std::optional<QDateTime> &expiresAt = std::nullopt) const;
    // Sets (or with nullopt clears) a temporary account's end: refused in the past, and for the
    // last admin account that can sign in.
    bool setExpiry(const QString &name, const std::optional<QDateTime> &expiresAt,
                   RoutiqError *error) const;
    // The time zones of the clinics' locations (every clinic's when `clinics` is empty), for
    // the end of an account's last day where it works (AccountExpiry).
    std::optional<QList<QTimeZone>> clinicZones(const QList<ClinicId> &clinics,
                                                RoutiqError *error) const;
    bool setRole(const QString &name, const QString &role, RoutiqError *error) const;
    bool setDisabled(const QString &name, bool disabled, RoutiqError *error) const;
    bool setClinics(const QString &name, const QList<ClinicId> &clinics, bool granted,
                    RoutiqError *error) const;
    bool setPassword(const QString &name, const QString &password, RoutiqError *error) const;

    // A PostgreSQL text[] literal of `values` (quoted, so commas or braces in an id stay in it).
    static QString textArray(const QStringList &values);

private:
    bool call(const QString &sql, const QVariantList &values, const QString &what,
              RoutiqError *error) const;

    QSqlDatabase m_db;
};

} // namespace routiq
