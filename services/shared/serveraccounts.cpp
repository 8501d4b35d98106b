#include "serveraccounts.h"

#include "scramverifier.h"
#include "servererror.h"
#include "sharedschemaroles.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace routiq {

namespace {

RoutiqError badName(const QString &name)
{
    return RoutiqError::make(errorCodeName(ErrorCode::BadRequest),
                             QStringLiteral("'%1' is not an account name: lower-case letters, "
                                            "digits, '_', '.', '-', starting with a letter, at "
                                            "most 63 characters, not routiq_… or pg_….")
                                 .arg(name.left(80)));
}

// The account's Routiq role from its direct memberships (a superuser "is" every role).
constexpr auto kMembership =
    "(SELECT substr(g.rolname, 8) FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g "
    "ON g.oid = m.roleid WHERE m.member = u.oid AND g.rolname IN ('routiq_admin', "
    "'routiq_staff', 'routiq_readonly', 'routiq_agent') ORDER BY CASE g.rolname WHEN "
    "'routiq_admin' THEN 0 WHEN 'routiq_staff' THEN 1 WHEN 'routiq_readonly' THEN 2 ELSE 3 END "
    "LIMIT 1)";

// The role's VALID UNTIL as UTC milliseconds; NULL when it has none ('infinity' is none too).
constexpr auto kValidUntil =
    "(extract(epoch FROM nullif(u.rolvaliduntil, 'infinity')) * 1000)::bigint";

std::optional<QDateTime> endOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QList<ClinicId> clinicsOf(const QVariant &value)
{
    QStringList list = value.toString().split(u',', Qt::SkipEmptyParts);
    list.sort();
    return list;
}

} // namespace

ActingUser ServerAccount::actingUser() const
{
    ActingUser user;
    std::optional<Role> r = roleFromName(role);
    if (!r && role == QLatin1String("agent"))
        r = Role::ReadOnly;
    if (!r && setUpRole)
        r = Role::Admin;
    if (!r || !canLogin)
        return user; // invalid: AccessPolicy allows nothing
    user.userId = oid;
    user.username = username;
    user.role = *r;
    user.clinics = clinics;
    user.expiresAt = expiresAt;
    return user;
}

Account ServerAccount::account() const
{
    Account a;
    a.id = oid;
    a.username = username;
    a.role = roleFromName(role).value_or(Role::ReadOnly);
    a.clinics = clinics;
    a.disabled = !canLogin;
    a.expiresAt = expiresAt;
    return a;
}

bool ServerAccounts::isValidName(const QString &name)
{
    static const QRegularExpression pattern{QString::fromLatin1(kAccountNamePattern)};
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("routiq_")) &&
           !name.startsWith(QLatin1String("pg_"));
}

bool ServerAccounts::isValidRole(const QString &role)
{
    return role == QLatin1String("admin") || role == QLatin1String("staff") ||
           role == QLatin1String("readonly") || role == QLatin1String("agent");
}

QString ServerAccounts::textArray(const QStringList &values)
{
    QStringList quoted;
    for (QString v : values) {
        v.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        quoted << u'"' + v + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

std::optional<ServerAccount> ServerAccounts::whoAmI(RoutiqError *error) const
{
    QSqlQuery q(m_db);
    const QString sql =
        QStringLiteral("SELECT u.oid, u.rolname, coalesce(") + QLatin1String(kMembership) +
        QStringLiteral(", ''), u.rolcanlogin, pg_catalog.pg_get_userbyid(c.relowner) = "
                       "u.rolname, (SELECT string_agg(ac.clinic_id, ',') FROM account_clinics ac "
                       "WHERE ac.role_name = u.rolname), ") +
        QLatin1String(kValidUntil) +
        QStringLiteral(" FROM pg_catalog.pg_roles u, pg_catalog.pg_class c WHERE u.rolname = "
                       "session_user AND c.oid = 'public.account_clinics'::regclass");
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading who you are"));
        return std::nullopt;
    }
    ServerAccount a;
    a.oid = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.role = q.value(2).toString();
    a.canLogin = q.value(3).toBool();
    a.setUpRole = q.value(4).toBool();
    a.clinics = clinicsOf(q.value(5));
    a.expiresAt = endOf(q.value(6));
    return a;
}

std::optional<QList<ServerAccount>> ServerAccounts::list(RoutiqError *error) const
{
    QSqlQuery q(m_db);
    const QString sql =
        QStringLiteral("SELECT u.oid, u.rolname, ") + QLatin1String(kMembership) +
        QStringLiteral(" AS role, u.rolcanlogin, (SELECT string_agg(ac.clinic_id, ',') FROM "
                       "account_clinics ac WHERE ac.role_name = u.rolname), ") +
        QLatin1String(kValidUntil) +
        QStringLiteral(" FROM pg_catalog.pg_roles u JOIN accounts a ON a.role_name = u.rolname "
                       "WHERE ") +
        QLatin1String(kMembership) + QStringLiteral(" IS NOT NULL ORDER BY u.rolname");
    if (!q.exec(sql)) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("listing accounts"));
        return std::nullopt;
    }
    QList<ServerAccount> accounts;
    while (q.next()) {
        ServerAccount a;
        a.oid = q.value(0).toLongLong();
        a.username = q.value(1).toString();
        a.role = q.value(2).toString();
        a.canLogin = q.value(3).toBool();
        a.clinics = clinicsOf(q.value(4));
        a.expiresAt = endOf(q.value(5));
        accounts << a;
    }
    return accounts;
}

bool ServerAccounts::call(const QString &sql, const QVariantList &values, const QString &what,
                          RoutiqError *error) const
{
    QSqlQuery q(m_db);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok && error)
        *error = ServerError::fromSql(q.lastError(), what);
    return ok;
}

bool ServerAccounts::create(const QString &name, const QString &role, const QString &password,
                            const QList<ClinicId> &clinics, RoutiqError *error,
                            const std::optional<QDateTime> &expiresAt) const
{
    if (!isValidName(name)) {
        if (error)
            *error = badName(name);
        return false;
    }
    const auto make = [&] {
        return call(QStringLiteral("SELECT routiq_create_account(?, ?, ?, ?::text[])"),
                    {name, role, ScramVerifier::make(password), textArray(clinics)},
                    QStringLiteral("creating the account %1").arg(name), error);
    };
    if (!expiresAt)
        return make();
    QSqlDatabase db = m_db;
    if (!db.transaction()) {
        if (error)
            *error = ServerError::fromSql(db.lastError(), QStringLiteral("creating an account"));
        return false;
    }
    if (make() && setExpiry(name, expiresAt, error) && db.commit())
        return true;
    if (error && error->isNull())
        *error = ServerError::fromSql(db.lastError(), QStringLiteral("creating an account"));
    db.rollback();
    return false;
}

bool ServerAccounts::setExpiry(const QString &name, const std::optional<QDateTime> &expiresAt,
                               RoutiqError *error) const
{
    // NULL clears the end; a time goes as UTC milliseconds, turned into timestamptz by the server.
    const QVariant until = expiresAt ? QVariant(expiresAt->toMSecsSinceEpoch()) : QVariant();
    return call(
        QStringLiteral("SELECT routiq_set_account_expiry(?, to_timestamp(?::bigint / 1000.0))"),
        {name, until}, QStringLiteral("setting the end of %1").arg(name.left(80)), error);
}

std::optional<QList<QTimeZone>> ServerAccounts::clinicZones(const QList<ClinicId> &clinics,
                                                            RoutiqError *error) const
{
    const QString ids = textArray(clinics);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT DISTINCT time_zone_id FROM locations WHERE "
                                  "time_zone_id <> '' AND (cardinality(?::text[]) = 0 OR "
                                  "clinic_id = ANY (?::text[])) ORDER BY 1")) ||
        (q.addBindValue(ids), q.addBindValue(ids), !q.exec())) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading clinic zones"));
        return std::nullopt;
    }
    QList<QTimeZone> zones;
    while (q.next()) {
        const QTimeZone zone(q.value(0).toString().toUtf8());
        if (zone.isValid())
            zones << zone;
    }
    return zones;
}

bool ServerAccounts::setRole(const QString &name, const QString &role, RoutiqError *error) const
{
    return call(QStringLiteral("SELECT routiq_set_account_role(?, ?)"), {name, role},
                QStringLiteral("changing the role of %1").arg(name.left(80)), error);
}

bool ServerAccounts::setDisabled(const QString &name, bool disabled, RoutiqError *error) const
{
    return call(QStringLiteral("SELECT routiq_set_account_login(?, ?)"), {name, !disabled},
                QStringLiteral("%1 %2").arg(disabled ? QStringLiteral("disabling")
                                                     : QStringLiteral("enabling"),
                                            name.left(80)),
                error);
}

bool ServerAccounts::setClinics(const QString &name, const QList<ClinicId> &clinics, bool granted,
                                RoutiqError *error) const
{
    return call(QStringLiteral("SELECT routiq_set_account_clinics(?, ?::text[], ?)"),
                {name, textArray(clinics), granted},
                QStringLiteral("changing the clinics of %1").arg(name.left(80)), error);
}

bool ServerAccounts::setPassword(const QString &name, const QString &password,
                                 RoutiqError *error) const
{
    return call(QStringLiteral("SELECT routiq_set_account_password(?, ?)"),
                {name, ScramVerifier::make(password)},
                QStringLiteral("setting the password of %1").arg(name.left(80)), error);
}

} // namespace routiq
