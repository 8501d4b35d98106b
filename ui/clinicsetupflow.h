#pragma once

#include "security/actinguser.h"

#include <QObject>
#include <QPointer>

namespace routiq {

class ClinicConnectionService;
class ClinicConnectionsPanel;
class Clock;
class ConnectClinicWizard;

// The app shell's side of clinic set-up, kept out of AppShell: the first-run "Connect your
// clinic" wizard (and what happens when it has the first figures, or is closed) and the clinic
// connections panel as a window of its own until the Settings window hosts it as a tab.
class ClinicSetupFlow : public QObject
{
    Q_OBJECT
public:
    // `service` and `clock` must outlive this object.
    ClinicSetupFlow(ClinicConnectionService *service, const Clock &clock,
                    QObject *parent = nullptr);
    ~ClinicSetupFlow() override;

    // First run: true (and the wizard shown) when `user` is an admin and no clinic exists yet;
    // dashboardWanted follows at the new clinic's first figures or when the wizard is closed.
    bool offerFirstRun(const ActingUser &user);
    // The menu item's panel (admins; the service refuses anyone else anyway).
    ClinicConnectionsPanel *openPanel(const ActingUser &user);
    // Signed out or locked: the windows close (the next user opens their own).
    void closeAll();

    ConnectClinicWizard *wizard() const;
    ClinicConnectionsPanel *panel() const;

signals:
    void dashboardWanted();

private:
    ClinicConnectionService *m_service;
    const Clock &m_clock;
    QPointer<ConnectClinicWizard> m_wizard;
    QPointer<ClinicConnectionsPanel> m_panel;
    bool m_dashboardSent = false;
};

} // namespace routiq
