#include "clinicsetupflow.h"

#include "clinicconnectionspanel.h"
#include "connectclinicwizard.h"
#include "session/appcontext.h"
#include "session/clinicconnectionservice.h"
#include "storage/appdatabase.h"

namespace routiq {

ClinicSetupFlow::ClinicSetupFlow(ClinicConnectionService *service, const Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_service(service), m_clock(clock)
{}

ClinicSetupFlow::~ClinicSetupFlow()
{
    closeAll();
}

bool ClinicSetupFlow::offerFirstRun(const ActingUser &user)
{
    if (user.role != Role::Admin || user.demo ||
        !m_service->context()->appDatabase().clinicConnections().isEmpty())
        return false;
    m_dashboardSent = false;
    auto *wizard = new ConnectClinicWizard(m_service, user);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    auto wantDashboard = [this] {
        if (!m_dashboardSent) {
            m_dashboardSent = true;
            emit dashboardWanted();
        }
    };
    connect(wizard, &ConnectClinicWizard::firstFigures, this, [this, wantDashboard] {
        wantDashboard();
        if (m_wizard)
            m_wizard->raise(); // the progress stays in front of the dashboard
    });
    connect(wizard, &QDialog::finished, this, wantDashboard);
    wizard->show();
    wizard->raise();
    return true;
}

ClinicConnectionsPanel *ClinicSetupFlow::openPanel(const ActingUser &user)
{
    if (!m_panel) {
        auto *panel = new ClinicConnectionsPanel(m_service, user, m_clock);
        panel->setAttribute(Qt::WA_DeleteOnClose);
        panel->setWindowTitle(ClinicConnectionsPanel::tr("Routiq \u2014 Clinic connections"));
        panel->resize(860, 420);
        m_panel = panel;
    }
    m_panel->setUser(user);
    m_panel->show();
    m_panel->raise();
    return m_panel;
}

ConnectClinicWizard *ClinicSetupFlow::wizard() const
{
    return m_wizard;
}

ClinicConnectionsPanel *ClinicSetupFlow::panel() const
{
    return m_panel;
}

void ClinicSetupFlow::closeAll()
{
    delete m_wizard.data();
    delete m_panel.data();
}

} // namespace routiq
