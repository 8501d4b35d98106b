#include "serveraccounts.h"

#include "scramverifier.h"
#include "servererror.h"
#include "sharedschemaroles.h"

#include <QRegularExpression>
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
                       "WHERE ac.role_name = u.rolname) FROM pg_catalog.pg_roles u, "
                       "pg_catalog.pg_class c WHERE u.rolname = session_user AND c.oid = "
                       "'public.account_clinics'::regclass");
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
    return a;
}

std::optional<QList<ServerAccount>> ServerAccounts::list(RoutiqError *error) const
{
    QSqlQuery q(m_db);
    const QString sql =
        QStringLiteral("SELECT u.oid, u.rolname, ") + QLatin1String(kMembership) +
        QStringLiteral(" AS role, u.rolcanlogin, (SELECT string_agg(ac.clinic_id, ',') FROM "
                       "account_clinics ac WHERE ac.role_name = u.rolname) FROM "
                       "pg_catalog.pg_roles u JOIN accounts a ON a.role_name = u.rolname WHERE ") +
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
                            const QList<ClinicId> &clinics, RoutiqError *error) const
{
    if (!isValidName(name)) {
        if (error)
            *error = badName(name);
        return false;
    }
    return call(QStringLiteral("SELECT routiq_create_account(?, ?, ?, ?::text[])"),
                {name, role, ScramVerifier::make(password), textArray(clinics)},
                QStringLiteral("creating the account %1").arg(name), error);
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
