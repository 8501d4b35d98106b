#pragma once

#include "bookedtimereader.h"
#include "domain/appointmentlistrow.h"
#include "domain/records.h"
#include "domain/routiqerror.h"
#include "metrics/appointmentfactsource.h"
#include "metrics/clinicmetrics.h"
#include "metrics/metricsrequest.h"
#include "patientdirectory.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace routiq {

// Everything the metrics thread reads of one clinic, whichever store holds it: the clinic's
// cache file (LocalClinicReader, services/session) or the clinic on the shared server
// (ServerClinicReader, services/shared). The figures, the drill-downs and the insights are
// computed by one code path over this contract; only where the rows come from differs. Opened
// in, and used only by, the thread that reads through it.
class ClinicReader : public AppointmentFactSource
{
public:
    // Every fact, handed to `chunk` `chunkSize` at a time, so the whole list is never in memory
    // at once. False on a read error.
    virtual bool loadFactsInChunks(qsizetype chunkSize,
                                   const std::function<void(const QList<AppointmentFact> &)> &chunk,
                                   RoutiqError *error) const = 0;
    // Figures from indexed reads of the request's own days, before the full load (issue 17);
    // nullopt (with no error) where the store has no such shortcut.
    virtual std::optional<MetricsSnapshot> firstSnapshot(const MetricsRequest &request, QDate today,
                                                         RoutiqError *error) const = 0;

    virtual QList<Location> locations(RoutiqError *error) const = 0;
    virtual QList<Practitioner> practitioners(RoutiqError *error) const = 0;
    // When the clinic's data was last fully synced (UTC); invalid when never.
    virtual QDateTime lastSuccessfulSync(RoutiqError *error) const = 0;
    virtual QSet<RecordId> archivedPatients(RoutiqError *error) const = 0;
    virtual QList<BookedTime> bookedTime(QDate first, QDate last, RoutiqError *error) const = 0;

    // Patient-level reads. The caller has checked the user's role where the store cannot (the
    // cache file); the server checks and audits them itself, and refuses with ACCESS_DENIED.
    // `what` names the list for the audit ("appointments", "lapsed"). `newView` false: the same
    // view read again after a live change (audited when it was opened; only patients new to
    // it are read, and audited, again).
    virtual QList<AppointmentListRow> appointments(const AppointmentListQuery &query, bool newView,
                                                   RoutiqError *error) const = 0;
    virtual PatientContacts contacts(const QList<RecordId> &ids, const QString &what, bool newView,
                                     RoutiqError *error) const = 0;
};

// Opens a clinic's reader in the calling thread; null with `error` on failure.
using ClinicReaderOpener = std::function<std::unique_ptr<ClinicReader>(RoutiqError *error)>;

} // namespace routiq
