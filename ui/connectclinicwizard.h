#pragma once

#include "domain/ids.h"
#include "security/actinguser.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace routiq {

class ClinicConnectionService;
class ClinicSession;
class ConnectDetailsPage;
class FirstSyncPage;

// "Connect your clinic": shown on first run once the first administrator exists (and the
// recovery key was written down) while there is no clinic, and again for "add another clinic".
// Three steps: choose Cliniko or Nookal; the key and the clinic's details, with a connection test
// that must pass; the first sync's progress (FirstSyncPage). Everything goes through
// ClinicConnectionService with the acting user, which checks and audits it. Non-modal: the
// dashboard opens behind it as soon as the first figures exist.
class ConnectClinicWizard : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        ChoosePms,
        Details,
        FirstSync
    };

    ConnectClinicWizard(ClinicConnectionService *service, ActingUser user,
                        QWidget *parent = nullptr);
    ~ConnectClinicWizard() override;

    Step step() const;
    void setStep(Step step);

    QRadioButton *clinikoChoice() const { return m_cliniko; }
    QRadioButton *nookalChoice() const { return m_nookal; }
    ConnectDetailsPage *detailsPage() const { return m_details; }
    FirstSyncPage *syncPage() const { return m_sync; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *closeButton() const { return m_close; }
    QString errorText() const;

signals:
    void clinicAdded(const routiq::ClinicId &clinic);
    // The new clinic's first figures are in its cache: time to show the dashboard.
    void firstFigures(const routiq::ClinicId &clinic);

private:
    void next();
    void back();
    void runTest();
    void connectClinic();
    void followSession(ClinicSession *session);
    void updateButtons();
    void showError(const QString &text);

    ClinicConnectionService *m_service;
    ActingUser m_user;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QRadioButton *m_cliniko = nullptr;
    QRadioButton *m_nookal = nullptr;
    ConnectDetailsPage *m_details = nullptr;
    FirstSyncPage *m_sync = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
    bool m_testing = false;
    bool m_adding = false;
    ClinicId m_added;
};

} // namespace routiq
