#pragma once

#include "domain/ids.h"
#include "insights/clinicreader.h"
#include "serverconninfo.h"

#include <memory>

namespace routiq {

class ServerFactReader;
struct ServerCredentials;

// The ClinicReader of one clinic on the shared server, as a signed-in account: the app's metrics
// thread reads the same contract as over a cache file, on one connection of its own. The server
// decides what the account sees: row-level security keeps other clinics out, and names and
// phones come only through routiq_patient_list, which checks the role and writes the audit entry
// in the same transaction. An account that may not see them (read-only, or staff without this
// clinic) gets ACCESS_DENIED here, after the server has recorded the refusal.
class ServerClinicReader final : public ClinicReader
{
public:
    static std::unique_ptr<ServerClinicReader> open(const ServerConnInfo &server,
                                                    const ServerCredentials &credentials,
                                                    const ClinicId &clinic, RoutiqError *error);
    static ClinicReaderOpener opener(ServerConnInfo server, ServerCredentials credentials,
                                     ClinicId clinic);
    ~ServerClinicReader() override;

    bool seesPatientLevel() const { return m_patientLevel; }

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
    ServerClinicReader(std::unique_ptr<ServerFactReader> facts, ClinicId clinic, bool patientLevel);
    QString connection() const;

    std::unique_ptr<ServerFactReader> m_facts;
    ClinicId m_clinic;
    bool m_patientLevel = false;
    // Names and phones already read (and audited) through the server's function while this
    // reader is open (a signed-in session): a view read again asks only for new patients.
    mutable PatientContacts m_seen;
};

} // namespace routiq
