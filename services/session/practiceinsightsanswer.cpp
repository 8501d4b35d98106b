#include "practiceinsightsanswer.h"

#include "core/clock.h"
#include "insights/clinicreader.h"
#include "metrics/appointmentindex.h"
#include "session/cliniczone.h"
#include "session/insightsettingsservice.h"
#include "session/localclinicreader.h"

#include <QFileInfo>

#include <algorithm>

namespace routiq {

std::unique_ptr<ClinicReader> PracticeInsightsAnswer::openCache(
    const QString &path, const DatabaseKey &key, const ClinicConnection &connection,
    std::optional<RecordId> location, std::optional<RecordId> practitioner, bool requireSynced,
    RoutiqError *error)
{
    const QString notSynced = QStringLiteral("Clinic '%1' has not finished its first sync yet. "
                                             "Run 'routiq-cli sync --clinic %1'.")
                                  .arg(connection.id);
    if (!QFileInfo::exists(path)) {
        *error = RoutiqError::make(QStringLiteral("CACHE_EMPTY"), notSynced);
        return nullptr;
    }
    std::unique_ptr<ClinicReader> reader = LocalClinicReader::open(path, key, error);
    if (!reader ||
        !check(*reader, connection, location, practitioner, requireSynced, notSynced, error))
        return nullptr;
    return reader;
}

bool PracticeInsightsAnswer::check(const ClinicReader &reader, const ClinicConnection &connection,
                                   std::optional<RecordId> location,
                                   std::optional<RecordId> practitioner, bool requireSynced,
                                   const QString &notSynced, RoutiqError *error)
{
    RoutiqError readError;
    if (requireSynced && !reader.lastSuccessfulSync(&readError).isValid()) {
        *error = readError.isNull() ? RoutiqError::make(QStringLiteral("CACHE_EMPTY"), notSynced)
                                    : readError;
        return false;
    }
    // Unknown filter ids are errors, as for metrics (metrics.md 13).
    const QList<Location> locations = reader.locations(&readError);
    const QList<Practitioner> practitioners = reader.practitioners(&readError);
    if (!readError.isNull()) {
        *error = readError;
        return false;
    }
    if (location && std::none_of(locations.begin(), locations.end(),
                                 [&](const Location &l) { return l.id == *location; })) {
        *error = RoutiqError::make(
            QStringLiteral("BAD_REQUEST"),
            QStringLiteral("Clinic '%1' has no location %2.").arg(connection.id).arg(*location));
        return false;
    }
    if (practitioner &&
        std::none_of(practitioners.begin(), practitioners.end(),
                     [&](const Practitioner &p) { return p.id == *practitioner; })) {
        *error = RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                   QStringLiteral("Clinic '%1' has no practitioner %2.")
                                       .arg(connection.id)
                                       .arg(*practitioner));
        return false;
    }
    return true;
}

std::optional<LapsedList> PracticeInsightsAnswer::lapsed(const ClinicReader &reader,
                                                         const ClinicConnection &connection,
                                                         const LapsedQuery &query,
                                                         const Clock *clock, RoutiqError *error)
{
    AppointmentIndex index;
    index.reset(reader.loadFacts(error));
    if (!error->isNull())
        return std::nullopt;
    const QSet<RecordId> archived = reader.archivedPatients(error);
    const QList<Location> locations = reader.locations(error);
    if (!error->isNull())
        return std::nullopt;
    const QTimeZone zone = ClinicZone::forToday(locations, query.locationId, connection);
    const QDateTime now = clock->nowUtc();
    return LapsedPatientsFinder::find(index, archived, now.toTimeZone(zone).date(),
                                      now.toMSecsSinceEpoch(), query);
}

std::optional<PracticeInsightsAnswer::LapsedDetails> PracticeInsightsAnswer::lapsedDetails(
    const ClinicReader &reader, const ClinicConnection &connection, const LapsedList &list,
    const InsightSettingsService *settings, const ActingUser &user, RoutiqError *error)
{
    QList<RecordId> ids;
    for (const LapsedPatient &p : list.patients)
        ids.append(p.patientId);
    LapsedDetails details;
    details.contacts = reader.contacts(ids, QStringLiteral("lapsed"), true, error);
    if (!error->isNull())
        return std::nullopt;
    if (!settings)
        return details;
    const std::optional<ContactNotes> notes = settings->contactNotes(user, connection.id, error);
    if (!error->isNull() || !notes)
        return std::nullopt;
    details.notes = *notes;
    return details;
}

std::optional<ForwardBookings>
PracticeInsightsAnswer::forward(const ClinicReader &reader, const ClinicConnection &connection,
                                const ForwardQuery &query, const InsightSettingsService *settings,
                                const ActingUser &user, const Clock *clock, RoutiqError *error)
{
    WorkingHoursMap hours;
    if (settings) {
        const std::optional<WorkingHoursMap> stored =
            settings->workingHours(user, connection.id, error);
        if (!stored)
            return std::nullopt;
        hours = *stored;
    }
    const QList<Location> locations = reader.locations(error);
    if (!error->isNull())
        return std::nullopt;
    const QTimeZone zone = ClinicZone::forToday(locations, query.locationId, connection);
    const QDate today = clock->nowUtc().toTimeZone(zone).date();
    const QList<BookedTime> booked =
        reader.bookedTime(ForwardBookingsCalculator::firstDate(today),
                          ForwardBookingsCalculator::lastDate(today, query.weeks), error);
    if (!error->isNull())
        return std::nullopt;
    return ForwardBookingsCalculator::compute(booked, hours, today, query);
}

QHash<RecordId, QString> PracticeInsightsAnswer::practitionerNames(const ClinicReader &reader)
{
    QHash<RecordId, QString> names;
    RoutiqError ignored; // the names are decoration: a failed read shows ids
    for (const Practitioner &p : reader.practitioners(&ignored))
        names.insert(p.id, p.displayName);
    return names;
}

} // namespace routiq
