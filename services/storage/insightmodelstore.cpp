#include "insightmodelstore.h"

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

bool InsightModelStore::save(const QString &connectionName, const QString &kind, int formatVersion,
                             const QDateTime &trainedAt, const QByteArray &body, RoutiqError *error)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    // SQLCipher 3.4's SQLite predates UPSERT; the row is the whole model, so replace it.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO insight_models (kind, format_version, "
                             "trained_at, body) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(formatVersion);
    q.addBindValue(trainedAt.toMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(body));
    if (q.exec())
        return true;
    if (error)
        *error = StorageError::fromSql(q.lastError(), QStringLiteral("saving a trained model"));
    return false;
}

std::optional<InsightModelStore::Stored>
InsightModelStore::load(const QString &connectionName, const QString &kind, RoutiqError *error)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT format_version, trained_at, body FROM insight_models WHERE kind = ?"));
    q.addBindValue(kind);
    if (!q.exec()) {
        if (error)
            *error =
                StorageError::fromSql(q.lastError(), QStringLiteral("reading a trained model"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Stored s;
    s.formatVersion = q.value(0).toInt();
    s.trainedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    s.body = q.value(2).toString().toUtf8();
    return s;
}

} // namespace routiq
