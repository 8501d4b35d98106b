#include "schemamigrator.h"

#include "core/logging.h"
#include "storageerror.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace routiq {

SchemaMigrator::SchemaMigrator(QString databaseLabel, QList<Migration> migrations)
    : m_label(std::move(databaseLabel)), m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT(m_migrations.at(i).version == i + 1);
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

namespace {

// The shared server (services/shared) keeps its schema the same way in PostgreSQL.
bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace

int SchemaMigrator::currentVersion(const QSqlDatabase &db, RoutiqError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString hasTable =
        isPostgres(db)
            ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_name = 'schema_version'")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                             "name = 'schema_version'");
    if (!q.exec(hasTable) || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("reading the schema"));
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) ||
        !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("reading the schema"));
        return -1;
    }
    return q.value(0).toInt();
}

RoutiqError SchemaMigrator::checkNotNewer(int current) const
{
    if (current <= latestVersion())
        return {};
    return RoutiqError::make(
        QStringLiteral("CACHE_FROM_NEWER_APP"),
        QStringLiteral("This %1 was written by a newer version of Routiq. Update Routiq to open "
                       "it; the file was left untouched.")
            .arg(m_label),
        QStringLiteral("schema version %1, this app knows up to %2")
            .arg(current)
            .arg(latestVersion()));
}

bool SchemaMigrator::migrate(QSqlDatabase db, RoutiqError *error) const
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (const RoutiqError newer = checkNotNewer(current); !newer.isNull()) {
        if (error)
            *error = newer;
        return false;
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= current)
            continue;
        if (!db.transaction()) {
            if (error)
                *error =
                    StorageError::fromSql(db.lastError(), QStringLiteral("starting a migration"));
            return false;
        }
        QSqlQuery q(db);
        QStringList statements = m.statements;
        // SQLite's INTEGER is 64-bit; PostgreSQL's is not (applied_at is in milliseconds).
        statements.prepend(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                           "KEY, description TEXT NOT NULL, applied_at ") +
            (isPostgres(db) ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")) +
            QStringLiteral(" NOT NULL)"));
        bool ok = true;
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = q.prepare(QStringLiteral(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(m.description);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            ok = ok && q.exec();
        }
        if (!ok || !db.commit()) {
            const QSqlError sqlError = q.lastError().isValid() ? q.lastError() : db.lastError();
            db.rollback();
            if (error)
                *error = StorageError::fromSql(
                    sqlError, QStringLiteral("%1 migration %2").arg(m_label).arg(m.version));
            return false;
        }
        qCInfo(lcStorage) << "migrated" << m_label << "to schema" << m.version;
    }
    return true;
}

} // namespace routiq
