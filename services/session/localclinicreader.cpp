#include "localclinicreader.h"

#include "storage/clinicdatabasereader.h"
#include "storage/firstsnapshotreader.h"
#include "storage/referencedata.h"

namespace routiq {

std::unique_ptr<LocalClinicReader>
LocalClinicReader::open(const QString &filePath, const DatabaseKey &key, RoutiqError *error)
{
    auto reader = ClinicDatabaseReader::open(filePath, key, error);
    if (!reader)
        return nullptr;
    return std::unique_ptr<LocalClinicReader>(new LocalClinicReader(std::move(reader)));
}

ClinicReaderOpener LocalClinicReader::opener(QString filePath, DatabaseKey key)
{
    return [filePath = std::move(filePath),
            key = std::move(key)](RoutiqError *error) -> std::unique_ptr<ClinicReader> {
        return open(filePath, key, error);
    };
}

LocalClinicReader::LocalClinicReader(std::unique_ptr<ClinicDatabaseReader> reader)
    : m_reader(std::move(reader))
{}

LocalClinicReader::~LocalClinicReader() = default;

QString LocalClinicReader::connection() const
{
    return m_reader->connectionName();
}

QList<AppointmentFact> LocalClinicReader::loadFacts(RoutiqError *error) const
{
    return m_reader->loadFacts(error);
}

QList<AppointmentFact> LocalClinicReader::loadFacts(const QList<RecordId> &ids,
                                                    RoutiqError *error) const
{
    return m_reader->loadFacts(ids, error);
}

QList<AppointmentFact> LocalClinicReader::loadFactsBetween(QDate from, QDate to,
                                                           RoutiqError *error) const
{
    return m_reader->loadFactsBetween(from, to, error);
}

bool LocalClinicReader::loadFactsInChunks(
    qsizetype chunkSize, const std::function<void(const QList<AppointmentFact> &)> &chunk,
    RoutiqError *error) const
{
    return m_reader->loadFactsInChunks(chunkSize, chunk, error);
}

std::optional<MetricsSnapshot> LocalClinicReader::firstSnapshot(const MetricsRequest &request,
                                                                QDate today,
                                                                RoutiqError *error) const
{
    return FirstSnapshotReader::snapshot(*m_reader, request, today, error);
}

QList<Location> LocalClinicReader::locations(RoutiqError *error) const
{
    return ReferenceData::locations(connection(), error);
}

QList<Practitioner> LocalClinicReader::practitioners(RoutiqError *error) const
{
    return ReferenceData::practitioners(connection(), error);
}

QDateTime LocalClinicReader::lastSuccessfulSync(RoutiqError *error) const
{
    return ReferenceData::lastSuccessfulSync(connection(), {}, error);
}

QSet<RecordId> LocalClinicReader::archivedPatients(RoutiqError *error) const
{
    return PatientDirectory::archivedPatients(connection(), error);
}

QList<BookedTime> LocalClinicReader::bookedTime(QDate first, QDate last, RoutiqError *error) const
{
    return BookedTimeReader::read(connection(), first, last, error);
}

QList<AppointmentListRow> LocalClinicReader::appointments(const AppointmentListQuery &query, bool,
                                                          RoutiqError *error) const
{
    return m_reader->appointments(query, error);
}

PatientContacts LocalClinicReader::contacts(const QList<RecordId> &ids, const QString &, bool,
                                            RoutiqError *error) const
{
    return PatientDirectory::contacts(connection(), ids, error);
}

} // namespace routiq
