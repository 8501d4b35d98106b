#include "appdatabase.h"

#include "databasefile.h"
#include "sqlconnection.h"
#include "storageerror.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace routiq {

namespace {

const char kColumns[] = "id, name, pms_kind, base_url_override, time_zone_override, "
                        "contact_email, patient_name_retention_years, created_at";

ClinicConnection connectionFrom(const QSqlQuery &q)
{
    ClinicConnection c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.pmsKind = pmsKindFromName(q.value(2).toString()).value_or(PmsKind::Cliniko);
    c.baseUrlOverride = q.value(3).toString();
    c.timeZoneOverride = q.value(4).toString();
    c.contactEmail = q.value(5).toString();
    c.patientNameRetentionYears = q.value(6).toInt();
    c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return c;
}

void bindFields(QSqlQuery &q, const ClinicConnection &c)
{
    q.addBindValue(c.name);
    q.addBindValue(pmsKindName(c.pmsKind));
    q.addBindValue(c.baseUrlOverride);
    q.addBindValue(c.timeZoneOverride);
    q.addBindValue(c.contactEmail);
    q.addBindValue(c.patientNameRetentionYears);
}

} // namespace

bool ClinicConnection::isValidId(const ClinicId &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

std::unique_ptr<AppDatabase> AppDatabase::open(const QString &filePath, const DatabaseKey &key,
                                               const SchemaMigrator &schema, RoutiqError *error)
{
    OpenedDatabase opened =
        DatabaseFile::openForWriting(filePath, key, schema, DatabaseFile::Unreadable::Refuse);
    if (!opened.connection) {
        if (error)
            *error = opened.error;
        return nullptr;
    }
    return std::unique_ptr<AppDatabase>(new AppDatabase(std::move(opened.connection)));
}

AppDatabase::AppDatabase(std::unique_ptr<SqlConnection> connection)
    : m_connection(std::move(connection))
{}

AppDatabase::~AppDatabase() = default;

QString AppDatabase::defaultFilePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("routiq.db"));
}

QString AppDatabase::clinicDatabasePath(const QString &dataDirectory, const ClinicId &id)
{
    Q_ASSERT(ClinicConnection::isValidId(id));
    return QDir(dataDirectory).filePath(QStringLiteral("clinics/") + id + QStringLiteral(".db"));
}

QSqlDatabase AppDatabase::database() const
{
    return m_connection->database();
}

QList<ClinicConnection> AppDatabase::clinicConnections(RoutiqError *error) const
{
    QList<ClinicConnection> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM clinic_connections ORDER BY name, id")
                    .arg(QLatin1String(kColumns)))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("listing clinics"));
        return result;
    }
    while (q.next())
        result.append(connectionFrom(q));
    return result;
}

std::optional<ClinicConnection> AppDatabase::clinicConnection(const ClinicId &id) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM clinic_connections WHERE id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return connectionFrom(q);
}

bool AppDatabase::addClinicConnection(const ClinicConnection &connection, RoutiqError *error)
{
    if (!ClinicConnection::isValidId(connection.id)) {
        if (error)
            *error = RoutiqError::make(
                QStringLiteral("CLINIC_ID_INVALID"),
                QStringLiteral("A clinic connection id may use only lower-case letters, digits, "
                               "'-' and '_' (at most 64)."),
                connection.id.left(80));
        return false;
    }
    if (clinicConnection(connection.id)) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("CLINIC_EXISTS"),
                                       QStringLiteral("A clinic connection with this id exists."),
                                       connection.id);
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO clinic_connections (name, pms_kind, base_url_override, "
                             "time_zone_override, contact_email, patient_name_retention_years, "
                             "id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, connection);
    q.addBindValue(connection.id);
    q.addBindValue(connection.createdAt.isValid() ? connection.createdAt.toMSecsSinceEpoch()
                                                  : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("adding a clinic"));
        return false;
    }
    return true;
}

bool AppDatabase::updateClinicConnection(const ClinicConnection &connection, RoutiqError *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE clinic_connections SET name = ?, pms_kind = ?, "
                             "base_url_override = ?, time_zone_override = ?, contact_email = ?, "
                             "patient_name_retention_years = ? WHERE id = ?"));
    bindFields(q, connection);
    q.addBindValue(connection.id);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("updating a clinic"));
        return false;
    }
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("CLINIC_UNKNOWN"),
                                       QStringLiteral("There is no such clinic connection."),
                                       connection.id);
        return false;
    }
    return true;
}

bool AppDatabase::removeClinicConnection(const ClinicId &id, RoutiqError *error)
{
    // The connection and every account's grant to it go together: a grant left behind would
    // hand a clinic re-added later under the same id to whoever had the old one.
    QSqlDatabase db = database();
    const auto failWith = [&](const QSqlError &sqlError) {
        db.rollback();
        if (error)
            *error = StorageError::fromSql(sqlError, QStringLiteral("removing a clinic"));
        return false;
    };
    if (!db.transaction())
        return failWith(db.lastError());
    for (const QString &sql :
         {QStringLiteral("DELETE FROM account_clinics WHERE clinic_id = ?"),
          QStringLiteral("DELETE FROM practitioner_hours WHERE clinic_id = ?"),
          QStringLiteral("DELETE FROM patient_contact_notes WHERE clinic_id = ?"),
          QStringLiteral("DELETE FROM clinic_connections WHERE id = ?")}) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return failWith(q.lastError());
    }
    if (!db.commit())
        return failWith(db.lastError());
    return true;
}

bool AppDatabase::isSyncPaused(const ClinicId &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT sync_paused FROM clinic_connections WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toInt() != 0;
}

bool AppDatabase::setSyncPaused(const ClinicId &id, bool paused, RoutiqError *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE clinic_connections SET sync_paused = ? WHERE id = ?"));
    q.addBindValue(paused ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("pausing a sync"));
        return false;
    }
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("CLINIC_UNKNOWN"),
                                       QStringLiteral("There is no such clinic connection."), id);
        return false;
    }
    return true;
}

} // namespace routiq
