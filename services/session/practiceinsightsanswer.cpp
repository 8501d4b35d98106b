#include "practiceinsightsanswer.h"

#include "core/clock.h"
#include "insights/bookedtimereader.h"
#include "metrics/appointmentindex.h"
#include "session/cliniczone.h"
#include "session/insightsettingsservice.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QFileInfo>

#include <algorithm>

namespace routiq {

std::unique_ptr<ClinicDatabaseReader> PracticeInsightsAnswer::openCache(
    const QString &path, const DatabaseKey &key, const ClinicConnection &connection,
    std::optional<RecordId> location, std::optional<RecordId> practitioner, bool requireSynced,
    RoutiqError *error)
{
    const RoutiqError notSynced = RoutiqError::make(
        QStringLiteral("CACHE_EMPTY"),
        QStringLiteral("Clinic '%1' has not finished its first sync yet. Run 'routiq-cli "
                       "sync --clinic %1'.")
            .arg(connection.id));
    if (!QFileInfo::exists(path)) {
        *error = notSynced;
        return nullptr;
    }
    auto reader = ClinicDatabaseReader::open(path, key, error);
    if (!reader)
        return nullptr;
    const QString cache = reader->connectionName();
    if (requireSynced && !ReferenceData::lastSuccessfulSync(cache).isValid()) {
        *error = notSynced;
        return nullptr;
    }
    // Unknown filter ids are errors, as for metrics (metrics.md 13).
    const QList<Location> locations = ReferenceData::locations(cache);
    const QList<Practitioner> practitioners = ReferenceData::practitioners(cache);
    if (location && std::none_of(locations.begin(), locations.end(),
                                 [&](const Location &l) { return l.id == *location; })) {
        *error = RoutiqError::make(
            QStringLiteral("BAD_REQUEST"),
            QStringLiteral("Clinic '%1' has no location %2.").arg(connection.id).arg(*location));
        return nullptr;
    }
    if (practitioner &&
        std::none_of(practitioners.begin(), practitioners.end(),
                     [&](const Practitioner &p) { return p.id == *practitioner; })) {
        *error = RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                   QStringLiteral("Clinic '%1' has no practitioner %2.")
                                       .arg(connection.id)
                                       .arg(*practitioner));
        return nullptr;
    }
    return reader;
}

std::optional<LapsedList> PracticeInsightsAnswer::lapsed(const ClinicDatabaseReader &reader,
                                                         const ClinicConnection &connection,
                                                         const LapsedQuery &query,
                                                         const Clock *clock, RoutiqError *error)
{
    const QString cache = reader.connectionName();
    AppointmentIndex index;
    index.reset(reader.loadFacts(error));
    const QSet<RecordId> archived = PatientDirectory::archivedPatients(cache, error);
    if (!error->isNull())
        return std::nullopt;
    const QTimeZone zone =
        ClinicZone::forToday(ReferenceData::locations(cache), query.locationId, connection);
    const QDateTime now = clock->nowUtc();
    return LapsedPatientsFinder::find(index, archived, now.toTimeZone(zone).date(),
                                      now.toMSecsSinceEpoch(), query);
}

std::optional<PracticeInsightsAnswer::LapsedDetails> PracticeInsightsAnswer::lapsedDetails(
    const ClinicDatabaseReader &reader, const ClinicConnection &connection, const LapsedList &list,
    const InsightSettingsService &settings, const ActingUser &user, RoutiqError *error)
{
    QList<RecordId> ids;
    for (const LapsedPatient &p : list.patients)
        ids.append(p.patientId);
    LapsedDetails details;
    details.contacts = PatientDirectory::contacts(reader.connectionName(), ids, error);
    const std::optional<ContactNotes> notes = settings.contactNotes(user, connection.id, error);
    if (!error->isNull() || !notes)
        return std::nullopt;
    details.notes = *notes;
    return details;
}

std::optional<ForwardBookings>
PracticeInsightsAnswer::forward(const ClinicDatabaseReader &reader,
                                const ClinicConnection &connection, const ForwardQuery &query,
                                const InsightSettingsService &settings, const ActingUser &user,
                                const Clock *clock, RoutiqError *error)
{
    const QString cache = reader.connectionName();
    const std::optional<WorkingHoursMap> hours = settings.workingHours(user, connection.id, error);
    if (!hours)
        return std::nullopt;
    const QTimeZone zone =
        ClinicZone::forToday(ReferenceData::locations(cache), query.locationId, connection);
    const QDate today = clock->nowUtc().toTimeZone(zone).date();
    const QList<BookedTime> booked =
        BookedTimeReader::read(cache, ForwardBookingsCalculator::firstDate(today),
                               ForwardBookingsCalculator::lastDate(today, query.weeks), error);
    if (!error->isNull())
        return std::nullopt;
    return ForwardBookingsCalculator::compute(booked, *hours, today, query);
}

QHash<RecordId, QString>
PracticeInsightsAnswer::practitionerNames(const ClinicDatabaseReader &reader)
{
    QHash<RecordId, QString> names;
    for (const Practitioner &p : ReferenceData::practitioners(reader.connectionName()))
        names.insert(p.id, p.displayName);
    return names;
}

} // namespace routiq
