#pragma once

#include "domain/appointmentlistrow.h"
#include "domain/clinicconnection.h"
#include "domain/routiqerror.h"
#include "insights/noshowsnapshot.h"
#include "localzones.h"
#include "security/actinguser.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace routiq {

class ClinicSession;
class Clock;
class DailyRiskNote;
class MainWindow;
class TodayBoardController;

// The no-show risk side of the window, for DashboardController: keeps each clinic's last
// NoShowSnapshot, shows the selected clinic's on the "Expected no-shows" and model cards,
// answers that card's drill-down (the audited patient-level list, joined with the risks),
// forwards "Retrain now", feeds the Today board (TodayBoardController) and gives the daily
// note over the clinics the user may see.
class NoShowInsights : public QObject
{
    Q_OBJECT
public:
    // One clinic as the window shows it now.
    struct ClinicView
    {
        QPointer<ClinicSession> session;
        ClinicId id;
        QString name;
        LocalZones zones;
        QTimeZone todayZone;
        QHash<RecordId, QString> practitioners;
        std::optional<RecordId> locationId;
        std::optional<RecordId> practitionerId;
    };

    NoShowInsights(MainWindow *window, const Clock &clock, QObject *parent = nullptr);

    void addSession(ClinicSession *session);
    // Each clinic's zones (for "tomorrow" in the daily note) and which clinics the user sees.
    void setClinicZones(const ClinicId &clinic, const LocalZones &zones);
    void setVisibleClinics(const QList<ClinicId> &clinics);
    void setAccess(const std::optional<ActingUser> &user, bool patientLevel);
    void showClinic(const ClinicView &view);
    // No single clinic: "All clinics" (asks to choose one) or nothing (signed out).
    void showNone(bool allClinics);
    // Handles the expected no-shows card's drill-down; false for any other figure.
    bool drillDown(const QString &kpiKey);
    void setRiskBands(const RiskBands &bands);

    TodayBoardController *todayBoard() const { return m_board; }
    DailyRiskNote *dailyNote() const { return m_note; }

private:
    void onSnapshot(const ClinicId &clinic, const NoShowSnapshot &snapshot);
    void onList(quint64 requestId, const QList<AppointmentListRow> &rows);
    void onListFailed(quint64 requestId, const RoutiqError &error);
    std::optional<int> highRiskTomorrow(QDate tomorrow) const;

    MainWindow *m_window;
    TodayBoardController *m_board = nullptr;
    DailyRiskNote *m_note = nullptr;
    RiskBands m_bands;
    std::optional<ClinicView> m_shown;
    std::optional<ActingUser> m_user;
    bool m_patientLevel = false;
    QHash<ClinicId, NoShowSnapshot> m_snapshots;
    QHash<ClinicId, LocalZones> m_zones;
    QList<ClinicId> m_visible;
    quint64 m_nextRequestId;
    quint64 m_pendingRequestId = 0;
};

} // namespace routiq
