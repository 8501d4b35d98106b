#pragma once

#include "domain/ids.h"
#include "metrics/appointmentfactsource.h"
#include "serverconninfo.h"

#include <QVariantList>

#include <functional>
#include <memory>

namespace routiq {

class ServerConnection;
struct ServerCredentials;

// One clinic's facts read from the shared server, for the metrics engine: the same row shape
// and decoding as the clinic cache's reader (AppointmentFactRow), restricted to the clinic. On
// its own connection, in the thread that opened it.
class ServerFactReader final : public AppointmentFactSource
{
public:
    static std::unique_ptr<ServerFactReader> open(const ServerConnInfo &server,
                                                  const ClinicId &clinic, RoutiqError *error);
    // As a signed-in account (the app's viewer): the server's row-level security applies.
    static std::unique_ptr<ServerFactReader> open(const ServerConnInfo &server,
                                                  const ServerCredentials &credentials,
                                                  const ClinicId &clinic, RoutiqError *error);
    ~ServerFactReader() override;

    QList<AppointmentFact> loadFacts(RoutiqError *error = nullptr) const override;
    QList<AppointmentFact> loadFacts(const QList<RecordId> &ids,
                                     RoutiqError *error = nullptr) const override;
    QList<AppointmentFact> loadFactsBetween(QDate from, QDate to,
                                            RoutiqError *error) const override;

    // Every fact, `chunkSize` at a time (by id, one page per round trip), all from one snapshot
    // of the clinic (a REPEATABLE READ, READ ONLY transaction): the full load never holds the
    // whole result twice (libpq buffers a result whole, so one SELECT would), and a page the
    // agent commits meanwhile is not half in it. False with the error when a page fails.
    bool loadFactsInChunks(qsizetype chunkSize,
                           const std::function<void(const QList<AppointmentFact> &)> &chunk,
                           RoutiqError *error) const;

    // The reader's connection, for other reads of the same clinic on this thread.
    const ServerConnection &connection() const { return *m_connection; }

private:
    static std::unique_ptr<ServerFactReader> over(std::unique_ptr<ServerConnection> connection,
                                                  const ClinicId &clinic, RoutiqError *error);
    ServerFactReader(std::unique_ptr<ServerConnection> connection, ClinicId clinic);
    QList<AppointmentFact> read(const QString &condition, const QVariantList &values,
                                RoutiqError *error) const;

    std::unique_ptr<ServerConnection> m_connection;
    ClinicId m_clinic;
};

} // namespace routiq
