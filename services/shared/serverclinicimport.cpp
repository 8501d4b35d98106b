#include "serverclinicimport.h"

#include "servererror.h"
#include "serversyncstore.h"
#include "sharedschema.h"
#include "storage/clinicpagewriter.h"
#include "storage/clinicscope.h"
#include "storage/clinicsyncstate.h"
#include "storage/localstart.h"
#include "storage/upsertstatement.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace routiq {

namespace {

// Pages of this many records: the whole clinic is never in memory at once.
constexpr int kPageSize = 2000;

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<bool> triState(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

struct Failure
{
    QSqlError sql;
    QString step;
};

// Reads `select` from the cache, hands each row to `add` and each full page to `flush`.
bool readPages(const QSqlDatabase &cache, const QString &select,
               const std::function<void(const QSqlQuery &, PmsPage &)> &add,
               const std::function<bool(const PmsPage &)> &flush, ResourceKind kind,
               Failure *failure)
{
    QSqlQuery q(cache);
    q.setForwardOnly(true);
    if (!q.exec(select)) {
        *failure = {q.lastError(), QStringLiteral("reading the clinic cache")};
        return false;
    }
    PmsPage page;
    page.kind = kind;
    while (q.next()) {
        add(q, page);
        if (page.size() >= kPageSize) {
            if (!flush(page))
                return false;
            page = PmsPage();
            page.kind = kind;
        }
    }
    if (q.lastError().isValid()) {
        *failure = {q.lastError(), QStringLiteral("reading the clinic cache")};
        return false;
    }
    return page.size() == 0 || flush(page);
}

} // namespace

QJsonObject ServerClinicImport::Counts::toJson() const
{
    return {{QStringLiteral("locations"), locations},
            {QStringLiteral("practitioners"), practitioners},
            {QStringLiteral("appointmentTypes"), appointmentTypes},
            {QStringLiteral("patients"), patients},
            {QStringLiteral("appointments"), appointments},
            {QStringLiteral("checkpoints"), checkpoints},
            {QStringLiteral("insightModels"), insightModels},
            {QStringLiteral("changeSequence"), changeSequence}};
}

std::optional<bool> ServerClinicImport::exists(const QSqlDatabase &server, const ClinicId &clinic,
                                               RoutiqError *error)
{
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT 1 FROM clinics WHERE id = ?"));
    q.addBindValue(clinic);
    if (!q.exec()) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the clinics"));
        return std::nullopt;
    }
    return q.next();
}

std::optional<ServerClinicImport::Counts>
ServerClinicImport::run(const QSqlDatabase &serverDb, const QSqlDatabase &cache,
                        const ClinicId &clinic, const QString &name, const QTimeZone &defaultZone,
                        RoutiqError *error)
{
    QSqlDatabase server = serverDb;
    Failure failure;
    auto rollback = [&](const Failure &f) -> std::optional<Counts> {
        server.rollback();
        if (error && error->isNull())
            *error = ServerError::fromSql(f.sql, f.step);
        return std::nullopt;
    };
    if (!server.transaction()) {
        if (error)
            *error = ServerError::fromSql(server.lastError(), QStringLiteral("starting an import"));
        return std::nullopt;
    }
    // Inside the transaction: a clinic registered meanwhile makes the insert below fail.
    const auto present = exists(server, clinic, error);
    if (!present)
        return rollback({});
    if (*present) {
        server.rollback();
        if (error)
            *error = RoutiqError::make(
                QString::fromLatin1(kAlreadyImportedCode),
                QCoreApplication::translate("routiq::ServerClinicImport",
                                            "The server has this clinic already; nothing of it "
                                            "was imported again."),
                clinic);
        return std::nullopt;
    }
    {
        QSqlQuery add(server);
        add.prepare(QStringLiteral("INSERT INTO clinics (id, name, created_at) VALUES (?, ?, ?)"));
        add.addBindValue(clinic);
        add.addBindValue(name);
        add.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!add.exec())
            return rollback({add.lastError(), QStringLiteral("registering the clinic")});
    }

    const ClinicScope scope = ClinicScope::clinic(clinic);
    const ClinicSyncState localState(cache);
    LocalStartResolver resolver(defaultZone);
    ClinicPageWriter writer(server, &resolver, scope);
    ChangeSet changes;
    Counts counts;
    auto writePages = [&](ResourceKind kind, const QString &select,
                          const std::function<void(const QSqlQuery &, PmsPage &)> &add,
                          qint64 *count) {
        const SyncCheckpoint checkpoint = localState.checkpoint(kind).value_or([kind] {
            SyncCheckpoint c;
            c.kind = kind;
            return c;
        }());
        bool any = false;
        const bool ok = readPages(
            cache, select, add,
            [&](const PmsPage &page) {
                any = true;
                *count += page.size();
                if (writer.writePage(page, checkpoint, &changes))
                    return true;
                failure = {writer.lastError(), writer.step()};
                return false;
            },
            kind, &failure);
        if (!ok)
            return false;
        // A resource without rows keeps its checkpoint too (e.g. a backfill with none).
        if (!any && localState.checkpoint(kind)) {
            QSqlError sqlError;
            if (!ClinicSyncState(server, scope).saveCheckpoint(checkpoint, &sqlError)) {
                failure = {sqlError, QStringLiteral("storing a checkpoint")};
                return false;
            }
        }
        if (localState.checkpoint(kind))
            ++counts.checkpoints;
        return true;
    };

    const bool copied =
        writePages(
            ResourceKind::Locations,
            QStringLiteral("SELECT id, name, time_zone_id, archived, updated_at FROM locations "
                           "ORDER BY id"),
            [](const QSqlQuery &q, PmsPage &p) {
                p.locations.append({q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toInt() != 0,
                                    utc(q.value(4))});
            },
            &counts.locations) &&
        writePages(
            ResourceKind::Practitioners,
            QStringLiteral("SELECT id, display_name, active, updated_at FROM practitioners "
                           "ORDER BY id"),
            [](const QSqlQuery &q, PmsPage &p) {
                p.practitioners.append({q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toInt() != 0, utc(q.value(3))});
            },
            &counts.practitioners) &&
        writePages(
            ResourceKind::AppointmentTypes,
            QStringLiteral("SELECT id, name, archived, updated_at FROM appointment_types ORDER "
                           "BY id"),
            [](const QSqlQuery &q, PmsPage &p) {
                p.appointmentTypes.append({q.value(0).toLongLong(), q.value(1).toString(),
                                           q.value(2).toInt() != 0, utc(q.value(3))});
            },
            &counts.appointmentTypes) &&
        writePages(
            ResourceKind::Patients,
            QStringLiteral("SELECT id, first_name, last_name, archived, created_at, updated_at, "
                           "birth_year, phone FROM patients ORDER BY id"),
            [](const QSqlQuery &q, PmsPage &p) {
                Patient patient;
                patient.id = q.value(0).toLongLong();
                patient.firstName = q.value(1).toString();
                patient.lastName = q.value(2).toString();
                patient.archived = q.value(3).toInt() != 0;
                patient.createdAt = utc(q.value(4));
                patient.updatedAt = utc(q.value(5));
                patient.birthYear = q.value(6).toInt();
                patient.phone = q.value(7).toString();
                p.patients.append(patient);
            },
            &counts.patients) &&
        writePages(
            ResourceKind::Appointments,
            QStringLiteral("SELECT id, patient_id, practitioner_id, location_id, "
                           "appointment_type_id, starts_at, ends_at, cancelled, cancelled_at, "
                           "cancellation_reason, deleted, did_not_arrive, patient_arrived, "
                           "created_at, updated_at, wall_clock_start FROM appointments ORDER BY "
                           "id"),
            [](const QSqlQuery &q, PmsPage &p) {
                Appointment a;
                a.id = q.value(0).toLongLong();
                a.patientId = q.value(1).toLongLong();
                a.practitionerId = q.value(2).toLongLong();
                a.locationId = q.value(3).toLongLong();
                a.appointmentTypeId = q.value(4).toLongLong();
                a.startsAt = utc(q.value(5));
                a.endsAt = utc(q.value(6));
                a.cancelled = q.value(7).toInt() != 0;
                a.cancelledAt = utc(q.value(8));
                a.cancellationReason = q.value(9).toInt();
                a.deleted = q.value(10).toInt() != 0;
                a.didNotArrive = triState(q.value(11));
                a.patientArrived = triState(q.value(12));
                a.createdAt = utc(q.value(13));
                a.updatedAt = utc(q.value(14));
                // Stored as the wall-clock reading taken as if it were UTC (ClinicRecordWriter).
                if (!q.value(15).isNull()) {
                    const QDateTime wall = utc(q.value(15));
                    a.wallClockStart = WallClock{wall.date(), wall.time()};
                }
                p.appointments.append(a);
            },
            &counts.appointments);
    if (!copied)
        return rollback(failure);

    QSqlError sqlError;
    if (const QDateTime last = localState.lastSuccessfulSync();
        last.isValid() && !ClinicSyncState(server, scope).saveLastSuccessfulSync(last, &sqlError))
        return rollback({sqlError, QStringLiteral("storing the sync time")});

    {
        QSqlQuery models(cache);
        models.setForwardOnly(true);
        if (!models.exec(QStringLiteral(
                "SELECT kind, format_version, trained_at, body FROM insight_models")))
            return rollback({models.lastError(), QStringLiteral("reading the insight models")});
        UpsertStatement upsert(server, QStringLiteral("insight_models"), QStringLiteral("kind"),
                               {QStringLiteral("format_version"), QStringLiteral("trained_at"),
                                QStringLiteral("body")},
                               scope);
        while (models.next()) {
            if (!upsert.run(models.value(0),
                            {models.value(1), models.value(2), models.value(3).toString()}))
                return rollback({upsert.lastError(), QStringLiteral("storing an insight model")});
            ++counts.insightModels;
        }
    }

    if (!ServerSyncStore::numberChange(server, clinic, changes, &counts.changeSequence, &sqlError))
        return rollback({sqlError, QStringLiteral("numbering a change")});
    if (!server.commit())
        return rollback({server.lastError(), QStringLiteral("committing an import")});
    return counts;
}

} // namespace routiq
