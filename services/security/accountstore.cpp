#include "accountstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace routiq {

namespace {

constexpr auto kColumns =
    "id, username, role, disabled, expires_at_ms, is_demo, created_at_ms, slot_generation,"
    " must_change_password, last_login_ms";

Account accountFromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.role = roleFromName(q.value(2).toString()).value_or(Role::ReadOnly);
    a.disabled = q.value(3).toInt() != 0;
    if (!q.value(4).isNull())
        a.expiresAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    a.demo = q.value(5).toInt() != 0;
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    a.slotGeneration = q.value(7).toLongLong();
    a.mustChangePassword = q.value(8).toInt() != 0;
    if (!q.value(9).isNull())
        a.lastLoginAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    return a;
}

QVariant nullableMSecs(const std::optional<QDateTime> &t)
{
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AccountStore::AccountStore(QSqlDatabase db) : m_db(std::move(db)) {}

bool AccountStore::exec(QSqlQuery &q, RoutiqError *error) const
{
    if (q.exec())
        return true;
    if (error)
        *error = RoutiqError::make(QStringLiteral("SECURITY_STORAGE"),
                                   QStringLiteral("The account list could not be read or saved."),
                                   q.lastError().text());
    return false;
}

std::optional<qint64> AccountStore::countUsable(RoutiqError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE is_demo = 0"));
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> AccountStore::countEnabledAdmins(RoutiqError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND disabled = 0 AND is_demo = 0"
        " AND expires_at_ms IS NULL"));
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool AccountStore::loadClinics(Account &account, RoutiqError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT clinic_id FROM account_clinics WHERE account_id = ? ORDER BY clinic_id"));
    q.addBindValue(account.id);
    if (!exec(q, error))
        return false;
    account.clinics.clear();
    while (q.next())
        account.clinics.append(q.value(0).toString());
    return true;
}

std::optional<Account> AccountStore::find(const QString &username, RoutiqError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM accounts WHERE username = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(username);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    Account a = accountFromRow(q);
    q.finish();
    if (!loadClinics(a, error))
        return std::nullopt;
    return a;
}

std::optional<QByteArray> AccountStore::passwordHash(qint64 id, RoutiqError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString().toLatin1();
}

std::optional<QList<Account>> AccountStore::all(RoutiqError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM accounts ORDER BY username").arg(QLatin1String(kColumns)));
    if (!exec(q, error))
        return std::nullopt;
    QList<Account> out;
    while (q.next())
        out.append(accountFromRow(q));
    q.finish();
    for (Account &a : out) {
        if (!loadClinics(a, error))
            return std::nullopt;
    }
    return out;
}

std::optional<qint64> AccountStore::insert(const Account &account, const QByteArray &passwordHash,
                                           RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO accounts (username, password_hash, role, disabled,"
                             " expires_at_ms, is_demo, created_at_ms, slot_generation)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.username);
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(roleName(account.role));
    q.addBindValue(account.disabled ? 1 : 0);
    q.addBindValue(nullableMSecs(account.expiresAt));
    q.addBindValue(account.demo ? 1 : 0);
    q.addBindValue(account.createdAt.toMSecsSinceEpoch());
    q.addBindValue(account.slotGeneration);
    if (!exec(q, error))
        return std::nullopt;
    // Read the id back by its unique name rather than lastInsertId(), which a driver need not
    // support (the app database's SQLCipher driver is our own).
    QSqlQuery idQuery(m_db);
    idQuery.prepare(QStringLiteral("SELECT id FROM accounts WHERE username = ?"));
    idQuery.addBindValue(account.username);
    if (!exec(idQuery, error) || !idQuery.next())
        return std::nullopt;
    const qint64 id = idQuery.value(0).toLongLong();
    if (!setClinics(id, account.clinics, error))
        return std::nullopt;
    return id;
}

bool AccountStore::setPasswordHash(qint64 id, const QByteArray &hash, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setSlotGeneration(qint64 id, qint64 generation, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET slot_generation = ? WHERE id = ?"));
    q.addBindValue(generation);
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setMustChangePassword(qint64 id, bool mustChange, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET must_change_password = ? WHERE id = ?"));
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setLastLogin(qint64 id, const QDateTime &at, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET last_login_ms = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setDisabled(qint64 id, bool disabled, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setRole(qint64 id, Role role, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET role = ? WHERE id = ?"));
    q.addBindValue(roleName(role));
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setExpiry(qint64 id, const std::optional<QDateTime> &expiresAt,
                             RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET expires_at_ms = ? WHERE id = ?"));
    q.addBindValue(nullableMSecs(expiresAt));
    q.addBindValue(id);
    return exec(q, error);
}

bool AccountStore::setClinics(qint64 id, const QList<ClinicId> &clinics, RoutiqError *error)
{
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM account_clinics WHERE account_id = ?"));
    del.addBindValue(id);
    if (!exec(del, error))
        return false;
    QList<ClinicId> unique = clinics;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const ClinicId &c : unique) {
        if (c.isEmpty())
            continue;
        QSqlQuery ins(m_db);
        ins.prepare(
            QStringLiteral("INSERT INTO account_clinics (account_id, clinic_id) VALUES (?, ?)"));
        ins.addBindValue(id);
        ins.addBindValue(c);
        if (!exec(ins, error))
            return false;
    }
    return true;
}

} // namespace routiq
