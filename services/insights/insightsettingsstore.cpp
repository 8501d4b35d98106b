#include "insightsettingsstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

namespace {

RoutiqError storageError(const QSqlQuery &q, const QString &doing)
{
    return RoutiqError::make(QStringLiteral("STORAGE_ERROR"),
                             QStringLiteral("Routiq could not save or read %1.").arg(doing),
                             q.lastError().text());
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &doing,
         RoutiqError *error)
{
    if (!q.prepare(sql)) {
        *error = storageError(q, doing);
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = storageError(q, doing);
        return false;
    }
    return true;
}

const QString hoursText = QStringLiteral("working hours");
const QString notesText = QStringLiteral("re-engagement notes");

} // namespace

std::optional<WorkingHoursMap> InsightSettingsStore::workingHours(const ClinicId &clinic,
                                                                  RoutiqError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT practitioner_id, hours FROM practitioner_hours WHERE "
                            "clinic_id = ?"),
             {clinic}, hoursText, error))
        return std::nullopt;
    WorkingHoursMap out;
    while (q.next()) {
        QString problem;
        // Written by setWorkingHours from a parsed value, so it parses; a row that does not
        // (edited by hand) is skipped rather than failing the whole view.
        if (auto hours = WorkingHours::parse(q.value(1).toString(), &problem))
            out.insert(q.value(0).toLongLong(), *hours);
    }
    return out;
}

bool InsightSettingsStore::setWorkingHours(const ClinicId &clinic, RecordId practitionerId,
                                           const WorkingHours &hours, const QDateTime &nowUtc,
                                           RoutiqError *error)
{
    QSqlQuery q(m_db);
    return run(q,
               QStringLiteral("INSERT OR REPLACE INTO practitioner_hours (clinic_id, "
                              "practitioner_id, hours, updated_at) VALUES (?, ?, ?, ?)"),
               {clinic, practitionerId, hours.toString(), nowUtc.toMSecsSinceEpoch()}, hoursText,
               error);
}

bool InsightSettingsStore::clearWorkingHours(const ClinicId &clinic, RecordId practitionerId,
                                             RoutiqError *error)
{
    QSqlQuery q(m_db);
    return run(q,
               QStringLiteral("DELETE FROM practitioner_hours WHERE clinic_id = ? AND "
                              "practitioner_id = ?"),
               {clinic, practitionerId}, hoursText, error);
}

std::optional<ContactNotes> InsightSettingsStore::contactNotes(const ClinicId &clinic,
                                                               RoutiqError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT patient_id, contacted_on, outcome, noted_by, noted_at FROM "
                            "patient_contact_notes WHERE clinic_id = ?"),
             {clinic}, notesText, error))
        return std::nullopt;
    ContactNotes out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   ContactNote{QDate::fromString(q.value(1).toString(), Qt::ISODate),
                               q.value(2).toString(), q.value(3).toString(),
                               QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC)});
    return out;
}

bool InsightSettingsStore::setContactNote(const ClinicId &clinic, RecordId patientId,
                                          const ContactNote &note, RoutiqError *error)
{
    QSqlQuery q(m_db);
    return run(q,
               QStringLiteral("INSERT OR REPLACE INTO patient_contact_notes (clinic_id, "
                              "patient_id, contacted_on, outcome, noted_by, noted_at) VALUES "
                              "(?, ?, ?, ?, ?, ?)"),
               {clinic, patientId, note.contactedOn.toString(Qt::ISODate), note.outcome,
                note.notedBy, note.notedAt.toMSecsSinceEpoch()},
               notesText, error);
}

bool InsightSettingsStore::clearContactNote(const ClinicId &clinic, RecordId patientId,
                                            RoutiqError *error)
{
    QSqlQuery q(m_db);
    return run(q,
               QStringLiteral("DELETE FROM patient_contact_notes WHERE clinic_id = ? AND "
                              "patient_id = ?"),
               {clinic, patientId}, notesText, error);
}

} // namespace routiq
