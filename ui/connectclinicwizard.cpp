#include "connectclinicwizard.h"

#include "connectdetailspage.h"
#include "firstsyncpage.h"
#include "session/clinicconnectionservice.h"
#include "session/clinicsession.h"
#include "session/clinicsessions.h"
#include "theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace routiq {

ConnectClinicWizard::ConnectClinicWizard(ClinicConnectionService *service, ActingUser user,
                                         QWidget *parent)
    : QDialog(parent), m_service(service), m_user(std::move(user))
{
    setObjectName(QStringLiteral("ConnectClinicWizard"));
    setWindowTitle(tr("Routiq \u2014 Connect your clinic"));
    setModal(false);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);

    // Step 1: which PMS.
    auto *choose = new QWidget(this);
    auto *intro = new QLabel(tr("Routiq reads your appointments from your practice management "
                                "system with an API key, and keeps an encrypted copy on this "
                                "computer. Which system does your clinic use?"),
                             choose);
    intro->setWordWrap(true);
    m_cliniko = new QRadioButton(tr("&Cliniko"), choose);
    m_cliniko->setObjectName(QStringLiteral("ConnectChooseCliniko"));
    m_nookal = new QRadioButton(tr("N&ookal"), choose);
    m_nookal->setObjectName(QStringLiteral("ConnectChooseNookal"));
    m_cliniko->setChecked(true);
    auto *group = new QButtonGroup(choose);
    group->addButton(m_cliniko);
    group->addButton(m_nookal);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(intro);
    chooseLayout->addSpacing(8);
    chooseLayout->addWidget(m_cliniko);
    chooseLayout->addWidget(m_nookal);
    chooseLayout->addStretch();

    m_details = new ConnectDetailsPage(this);
    m_sync = new FirstSyncPage(service, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choose);
    m_pages->addWidget(m_details);
    m_pages->addWidget(m_sync);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ConnectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(themeColors(palette()).bad.name()));
    m_error->hide();

    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("ConnectBack"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("ConnectNext"));
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("ConnectClose"));
    for (QPushButton *b : {m_back, m_next, m_close})
        b->setAutoDefault(false);
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &ConnectClinicWizard::next);
    connect(m_back, &QPushButton::clicked, this, &ConnectClinicWizard::back);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_details, &ConnectDetailsPage::testRequested, this, &ConnectClinicWizard::runTest);
    connect(m_details, &ConnectDetailsPage::edited, this, &ConnectClinicWizard::updateButtons);
    connect(m_sync, &FirstSyncPage::pauseToggled, this, [this](bool paused) {
        const RoutiqError error = m_service->setSyncPaused(m_user, m_added, paused);
        if (!error.isNull()) {
            showError(error.message);
            return;
        }
        m_sync->setPaused(paused);
    });
    connect(m_sync, &FirstSyncPage::firstFigures, this, [this] { emit firstFigures(m_added); });

    // Fits a 1366x768 laptop with room for the task bar.
    resize(640, 560);
    setStep(ChoosePms);
}

ConnectClinicWizard::~ConnectClinicWizard()
{
    m_service->cancelTest();
}

ConnectClinicWizard::Step ConnectClinicWizard::step() const
{
    return Step(m_pages->currentIndex());
}

void ConnectClinicWizard::setStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    m_error->hide();
    switch (step) {
    case ChoosePms:
        m_title->setText(tr("Connect your clinic"));
        m_cliniko->isChecked() ? m_cliniko->setFocus() : m_nookal->setFocus();
        break;
    case Details:
        m_title->setText(m_cliniko->isChecked() ? tr("Connect Cliniko") : tr("Connect Nookal"));
        m_details->apiKeyField()->setFocus();
        break;
    case FirstSync:
        m_title->setText(tr("First sync"));
        m_sync->pauseButton()->setFocus();
        break;
    }
    updateButtons();
}

void ConnectClinicWizard::updateButtons()
{
    const Step s = step();
    m_back->setVisible(s == Details);
    m_back->setEnabled(!m_testing && !m_adding);
    switch (s) {
    case ChoosePms:
        m_next->setText(tr("&Next"));
        m_next->setEnabled(true);
        m_next->show();
        break;
    case Details:
        m_next->setText(tr("C&onnect and sync"));
        m_next->setEnabled(m_details->hasWorkingTest() && !m_testing && !m_adding);
        m_next->show();
        break;
    case FirstSync:
        m_next->hide();
        break;
    }
    m_close->setText(s == FirstSync ? tr("Close \u2014 the sync carries on") : tr("Cancel"));
    // Enter tests the connection until it works, then connects.
    m_details->testButton()->setDefault(s == Details && !m_details->hasWorkingTest());
    m_next->setDefault(s != Details || m_details->hasWorkingTest());
}

void ConnectClinicWizard::next()
{
    switch (step()) {
    case ChoosePms:
        m_details->setPmsKind(m_cliniko->isChecked() ? PmsKind::Cliniko : PmsKind::Nookal);
        setStep(Details);
        return;
    case Details:
        connectClinic();
        return;
    case FirstSync:
        return;
    }
}

void ConnectClinicWizard::back()
{
    if (step() == Details)
        setStep(ChoosePms);
}

void ConnectClinicWizard::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ConnectClinicWizard::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConnectClinicWizard::runTest()
{
    if (m_testing)
        return;
    showError({});
    const ClinicConnection connection = m_details->connection();
    if (const RoutiqError invalid =
            ClinicConnectionService::validateNew(connection, m_details->apiKey());
        !invalid.isNull()) {
        m_details->showFailure(invalid);
        return;
    }
    m_testing = true;
    m_details->setTesting(true);
    updateButtons();
    QPointer<ConnectClinicWizard> self(this);
    m_service->testConnection(
        m_user, connection, m_details->apiKey(),
        [this, self](const std::optional<ConnectionReport> &report, const RoutiqError &error) {
            if (!self)
                return;
            m_testing = false;
            m_details->setTesting(false);
            if (report)
                m_details->showReport(*report);
            else
                m_details->showFailure(error);
            updateButtons();
            if (report)
                m_next->setFocus();
        });
}

void ConnectClinicWizard::connectClinic()
{
    if (!m_details->hasWorkingTest() || m_adding)
        return;
    m_adding = true;
    updateButtons();
    const ClinicConnection connection = m_details->connection();
    QPointer<ConnectClinicWizard> self(this); // the wizard may be closed meanwhile
    m_service->add(m_user, connection, m_details->apiKey(),
                   [this, self, id = connection.id](const RoutiqError &error) {
                       if (!self)
                           return;
                       m_adding = false;
                       if (!error.isNull()) {
                           showError(error.message);
                           updateButtons();
                           return;
                       }
                       m_added = id;
                       m_details->clearApiKey(); // it lives in the keychain now
                       setStep(FirstSync);
                       emit clinicAdded(id);
                       ClinicSessions *sessions = m_service->sessions();
                       if (!sessions)
                           return;
                       if (ClinicSession *s = sessions->session(id)) {
                           followSession(s);
                           return;
                       }
                       connect(sessions, &ClinicSessions::sessionOpened, this,
                               [this](ClinicSession *s) {
                                   if (s->connection().id == m_added)
                                       followSession(s);
                               });
                       connect(sessions, &ClinicSessions::openFailed, this,
                               [this](const ClinicConnection &c, const RoutiqError &e) {
                                   if (c.id == m_added)
                                       showError(e.message);
                               });
                   });
}

void ConnectClinicWizard::followSession(ClinicSession *session)
{
    m_sync->follow(session);
}

} // namespace routiq
