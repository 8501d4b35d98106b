#pragma once

#include "domain/databasekey.h"
#include "insights/clinicreader.h"

#include <memory>

namespace routiq {

class ClinicDatabaseReader;

// The ClinicReader of a clinic's cache file: its reader connection (ClinicDatabaseReader) and
// the cache's own readers of reference data, patients and booked time over it. The file holds
// nothing but this clinic, and the app's AccessPolicy has checked patient-level reads.
class LocalClinicReader final : public ClinicReader
{
public:
    static std::unique_ptr<LocalClinicReader> open(const QString &filePath, const DatabaseKey &key,
                                                   RoutiqError *error);
    // What MetricsWorker opens in its thread.
    static ClinicReaderOpener opener(QString filePath, DatabaseKey key);
    ~LocalClinicReader() override;

    QList<AppointmentFact> loadFacts(RoutiqError *error = nullptr) const override;
    QList<AppointmentFact> loadFacts(const QList<RecordId> &ids,
                                     RoutiqError *error = nullptr) const override;
    QList<AppointmentFact> loadFactsBetween(QDate from, QDate to,
                                            RoutiqError *error) const override;
    bool loadFactsInChunks(qsizetype chunkSize,
                           const std::function<void(const QList<AppointmentFact> &)> &chunk,
                           RoutiqError *error) const override;
    std::optional<MetricsSnapshot> firstSnapshot(const MetricsRequest &request, QDate today,
                                                 RoutiqError *error) const override;
    QList<Location> locations(RoutiqError *error) const override;
    QList<Practitioner> practitioners(RoutiqError *error) const override;
    QDateTime lastSuccessfulSync(RoutiqError *error) const override;
    QSet<RecordId> archivedPatients(RoutiqError *error) const override;
    QList<BookedTime> bookedTime(QDate first, QDate last, RoutiqError *error) const override;
    QList<AppointmentListRow> appointments(const AppointmentListQuery &query, bool newView,
                                           RoutiqError *error) const override;
    PatientContacts contacts(const QList<RecordId> &ids, const QString &what, bool newView,
                             RoutiqError *error) const override;

private:
    explicit LocalClinicReader(std::unique_ptr<ClinicDatabaseReader> reader);
    QString connection() const;

    std::unique_ptr<ClinicDatabaseReader> m_reader;
};

} // namespace routiq
