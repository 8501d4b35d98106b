#pragma once

#include "core/workerthread.h"
#include "domain/appointmentlistrow.h"
#include "domain/changeset.h"
#include "domain/databasekey.h"
#include "domain/records.h"
#include "domain/routiqerror.h"
#include "insights/clinicreader.h"
#include "insights/forwardbookings.h"
#include "insights/lapsedpatients.h"
#include "insights/patientdirectory.h"
#include "metrics/clinicmetrics.h"
#include "metrics/metricsrequest.h"
#include "metrics/practitionerbreakdown.h"

#include <QObject>

#include <QTimeZone>
#include <functional>

namespace routiq {

class Clock;

// One clinic's metrics thread: a reader connection on the clinic cache and the metrics engine.
// At start it publishes a first snapshot from indexed reads of the days the request needs
// (FirstSnapshotReader, issue 17), then loads every fact once (fullIndexReady), then applies each
// committed change set by reading only the changed appointments, and publishes snapshots (queued to
// the owner's thread). Also answers the drill-down lists from the same reader, off the GUI thread.
class MetricsWorker : public QObject
{
    Q_OBJECT
public:
    // Over a clinic's cache file.
    MetricsWorker(QString clinicId, QString databasePath, DatabaseKey key, const Clock *clock,
                  QTimeZone clinicZone, QObject *parent = nullptr);
    // Over whatever store `opener` opens in the worker thread (the shared server's, issue 16).
    MetricsWorker(QString clinicId, ClinicReaderOpener opener, const Clock *clock,
                  QTimeZone clinicZone, QObject *parent = nullptr);
    ~MetricsWorker() override;

    // Opens the reader and loads the facts (in the worker thread); snapshotReady follows, first
    // from the request's own days, then from the full index. Set the request (and the last
    // sync time) before start() so the first snapshot is the one wanted.
    void start();
    void stop()
    {
        requestStop();
        waitStopped();
    }
    // The two halves of stop(), so that many workers can be asked before any is waited for.
    void requestStop();
    void waitStopped();

    void setRequest(const MetricsRequest &request);
    void setClinicZone(const QTimeZone &zone);
    void applyChanges(const ChangeSet &changes);
    // A change known only by the local dates it touched (the shared server's feed): those
    // days are read again; a fact no longer there is dropped.
    void applyChangedDates(const QList<QDate> &dates);
    // Opens the reader again and reads everything (a viewer back after a lost connection, or
    // after a failed read). Before the first successful open, it is that open.
    void reload();
    // Reads when the store was last synced; answers with lastSyncRead.
    void readLastSync();
    void setLastUpdated(const QDateTime &utc);
    // Re-reads locations and practitioners; answers with referenceDataReady.
    void refreshReferenceData();
    // Answers with appointmentListReady(requestId, rows) or appointmentListFailed.
    // `newView` false: the same list read again after a change (ClinicReader::appointments).
    void requestAppointmentList(const AppointmentListQuery &query, quint64 requestId,
                                bool newView = true);

    // The insights computed from the same index (docs/metrics.md "Insights"); each answers
    // with its *Ready signal or insightFailed(requestId, error). `zone` gives "today" (the
    // filtered location's, else the clinic's), read from the clock when the work runs.
    // Contacts (names, phones) are read only when `withContacts`: the caller has checked and
    // audited a patient-level view first.
    void requestLapsed(const LapsedQuery &query, const QTimeZone &zone, bool withContacts,
                       quint64 requestId, bool newView = true);
    void requestForward(const ForwardQuery &query, const WorkingHoursMap &hours,
                        const QTimeZone &zone, quint64 requestId);
    // `request` resolved against "today" in `zone`; lastUpdated is stamped by the caller.
    void requestPractitionerTable(const MetricsRequest &request, const QTimeZone &zone,
                                  quint64 requestId);

signals:
    void snapshotReady(const routiq::MetricsSnapshot &snapshot);
    void requestFailed(const routiq::RoutiqError &error);
    void loadFailed(const routiq::RoutiqError &error);
    // Every fact is in the engine's index: change sets and any request are served from it.
    void fullIndexReady();
    void referenceDataReady(const QList<routiq::Location> &locations,
                            const QList<routiq::Practitioner> &practitioners);
    void appointmentListReady(quint64 requestId, const QList<routiq::AppointmentListRow> &rows);
    void appointmentListFailed(quint64 requestId, const routiq::RoutiqError &error);
    void lapsedReady(quint64 requestId, const routiq::LapsedList &list,
                     const routiq::PatientContacts &contacts);
    void forwardReady(quint64 requestId, const routiq::ForwardBookings &forward);
    void practitionerTableReady(quint64 requestId, const routiq::PractitionerTable &table);
    void insightFailed(quint64 requestId, const routiq::RoutiqError &error);
    void lastSyncRead(const QDateTime &utc);

private:
    struct InThread;
    void readReferenceData(InThread *ctx);
    // Runs `work` on the worker thread once the index is loaded, else answers insightFailed.
    void runInsight(quint64 requestId, std::function<void(InThread *)> work);
    void publishFirstSnapshot(InThread *ctx, const MetricsRequest &request, const QTimeZone &zone);

    // Opens the reader (and the engine, the first time) in the thread, then loads every fact.
    void postOpen(InThread *ctx, bool firstSnapshot);
    void load(InThread *ctx);

    QString m_clinicId;
    ClinicReaderOpener m_open;
    const Clock *m_clock;
    QTimeZone m_zone;
    MetricsRequest m_request; // the latest, for the first snapshot of the next start()
    QDateTime m_lastUpdated;
    WorkerThread m_thread;
    InThread *m_context = nullptr; // lives in m_thread
};

} // namespace routiq
