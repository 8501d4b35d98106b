#pragma once

#include "domain/appointmentlistrow.h"
#include "domain/routiqerror.h"
#include "insights/noshowsnapshot.h"
#include "localzones.h"
#include "security/actinguser.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace routiq {

class ClinicSession;
class Clock;
class TodayBoardPage;

// Feeds the Today board from the shown clinic's session. Opening the board (the tab shown, a
// clinic chosen, a patient-level account) requests today's and tomorrow's list through the
// audited path; while it stays open, committed changes re-read it through
// refreshAppointmentList (policy checked again, no second audit entry), coalesced so a burst
// of changes costs one read; every rescoring re-joins the risks. Accounts without
// patient-level access get only the counts by risk band, from the snapshot: their board
// never requests the list. Leaving the tab closes the board and drops the names.
class TodayBoardController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultCoalesceMs = 250;

    struct View
    {
        QPointer<ClinicSession> session;
        QString clinicName;
        LocalZones zones;
        QTimeZone todayZone; // whose local date is "today" (metrics.md reading 11)
        QHash<RecordId, QString> practitioners;
        std::optional<RecordId> locationId;
        std::optional<RecordId> practitionerId;
        NoShowSnapshot snapshot; // the last one; later ones arrive by noShowReady
    };

    TodayBoardController(TodayBoardPage *page, const Clock &clock, QObject *parent = nullptr);

    // The clinic shown, or none with the reason (e.g. "All clinics" selected).
    void setView(const View &view);
    void clearView(const QString &reason);
    // Who looks: without a user (no accounts, tests) the user-less list is used.
    void setAccess(const std::optional<ActingUser> &user, bool patientLevel);
    // The board's tab is on screen (open) or not (closed: names dropped).
    void setActive(bool active);
    void setBands(const RiskBands &bands);
    void setCoalesceMs(int ms) { m_coalesce.setInterval(ms); }

    bool isOpen() const { return m_opened; }
    int listRequests() const { return m_requests; } // opens + refreshes, for tests

private:
    void connectSession();
    void reopen();
    void open();
    void close();
    void requestList(bool audited);
    void onChanges();
    void onPassCompleted();
    void onCoalesceEnded();
    void onSnapshot(const NoShowSnapshot &snapshot);
    void onList(quint64 requestId, const QList<AppointmentListRow> &rows);
    void onListFailed(quint64 requestId, const RoutiqError &error);
    QDate today() const;

    TodayBoardPage *m_page;
    const Clock &m_clock;
    std::optional<View> m_view;
    QString m_noViewReason;
    std::optional<ActingUser> m_user;
    bool m_patientLevel = false;
    bool m_active = false;
    bool m_opened = false;
    bool m_dirty = false;  // a change arrived while a read was in flight or coalescing
    bool m_loaded = false; // the open has had its first answer
    quint64 m_nextRequestId;
    quint64 m_pendingRequestId = 0;
    int m_requests = 0;
    QTimer m_coalesce;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace routiq
