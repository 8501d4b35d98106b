#include "patientdirectory.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

namespace {
RoutiqError readFailed(const QSqlQuery &q)
{
    return RoutiqError::make(QStringLiteral("CACHE_READ_FAILED"),
                             QStringLiteral("The clinic's cache could not be read."),
                             q.lastError().text());
}
} // namespace

QSet<RecordId> PatientDirectory::archivedPatients(const QString &connectionName, RoutiqError *error,
                                                  const ClinicScope &scope)
{
    QSet<RecordId> out;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id FROM patients WHERE archived <> 0") +
                   scope.condition()) ||
        (scope.bind(q, 0), !q.exec())) {
        *error = readFailed(q);
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

PatientContacts PatientDirectory::contacts(const QString &connectionName,
                                           const QList<RecordId> &ids, RoutiqError *error)
{
    PatientContacts out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT first_name, last_name, phone FROM patients WHERE id = ?"))) {
        *error = readFailed(q);
        return out;
    }
    out.reserve(ids.size());
    for (const RecordId id : ids) {
        q.bindValue(0, id);
        if (!q.exec()) {
            *error = readFailed(q);
            return {};
        }
        if (!q.next())
            continue;
        out.insert(id, PatientContact{displayName(q.value(0).toString(), q.value(1).toString()),
                                      q.value(2).toString()});
    }
    return out;
}

QString PatientDirectory::displayName(const QString &first, const QString &last)
{
    QString name = first.trimmed();
    const QString family = last.trimmed();
    if (!family.isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + family;
    return name;
}

} // namespace routiq
