#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "security/actinguser.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace routiq {

class ClinicConnectionService;
class ClinicSession;
class Clock;
class ConnectClinicWizard;
class LiveStatusTracker;

// The clinic connections of the admin Settings window (a tab there; also reachable from the
// main window's menu): each clinic with its state (live, stale, offline, auth error), last
// successful sync, data age and request-budget use; add a clinic (the "Connect your clinic"
// wizard), replace its API key (tested before it is saved), rename it, remove it after a
// confirmation that says exactly what goes. Self-contained: built from the service (which holds
// the app context and the sessions) and the acting user; every action goes through the service,
// which checks and audits it.
class ClinicConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PmsColumn,
        StateColumn,
        LastSyncColumn,
        AgeColumn,
        BudgetColumn,
        ColumnCount
    };

    // `service` and `clock` must outlive the panel.
    ClinicConnectionsPanel(ClinicConnectionService *service, ActingUser user, const Clock &clock,
                           QWidget *parent = nullptr);
    ~ClinicConnectionsPanel() override;

    void setUser(const ActingUser &user) { m_user = user; }
    void reload();

    // The actions without their dialogs (the buttons ask first, then call these).
    void replaceApiKey(const ClinicId &clinic, const QString &apiKey);
    void renameClinic(const ClinicId &clinic, const QString &name);
    void removeClinic(const ClinicId &clinic);
    // What the removal confirmation says for `clinic`.
    QString removalText(const ClinicId &clinic) const;
    ConnectClinicWizard *openWizard();

    QTableWidget *table() const { return m_table; }
    ClinicId selectedClinic() const;
    void selectClinic(const ClinicId &clinic);
    QString messageText() const;
    QPushButton *addButton() const { return m_add; }
    QPushButton *replaceKeyButton() const { return m_replaceKey; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    ConnectClinicWizard *wizard() const { return m_wizard; }

signals:
    // An action answered (null error: it worked).
    void actionFinished(const routiq::RoutiqError &error);

private:
    void track(ClinicSession *session);
    void refreshRows();
    void showMessage(const QString &text, bool bad);
    void askReplaceKey();
    void askRename();
    void askRemove();
    void updateButtons();

    ClinicConnectionService *m_service;
    ActingUser m_user;
    const Clock &m_clock;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_replaceKey = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QHash<ClinicId, LiveStatusTracker *> m_trackers;
    QPointer<ConnectClinicWizard> m_wizard;
};

} // namespace routiq
