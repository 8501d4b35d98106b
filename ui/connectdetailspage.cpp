#include "connectdetailspage.h"

#include "session/clinicconnectionservice.h"
#include "theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace routiq {

ConnectDetailsPage::ConnectDetailsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ConnectDetailsPage"));
    m_keyHelp = new QLabel(this);
    m_keyHelp->setWordWrap(true);

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("ConnectApiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_key->setMaxLength(512);
    m_key->setAccessibleName(tr("API key"));
    m_showKey = new QCheckBox(tr("Sho&w key"), this);
    m_showKey->setObjectName(QStringLiteral("ConnectShowKey"));
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool show) {
        m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("ConnectEmail"));
    m_email->setPlaceholderText(tr("e.g. manager@yourclinic.com.au"));
    m_email->setAccessibleName(tr("Contact email"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ConnectName"));
    m_name->setPlaceholderText(tr("e.g. Northside Physio"));
    m_name->setAccessibleName(tr("Clinic name"));
    m_name->setMaxLength(120);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("ConnectId"));
    m_id->setMaxLength(64);
    m_id->setAccessibleName(tr("Clinic id"));
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("ConnectRetention"));
    m_retention->setRange(0, ClinicConnectionService::kMaxRetentionYears);
    m_retention->setSpecialValueText(tr("Keep patient names"));
    m_retention->setSuffix(tr(" years"));
    m_retention->setAccessibleName(tr("Retention period in years"));
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("ConnectServer"));
    m_server->setPlaceholderText(tr("Leave empty for the PMS's own server"));
    m_server->setAccessibleName(tr("Server address"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        if (layout)
            form->addRow(l, layout);
        else
            form->addRow(l, field);
    };
    addRow(tr("&API key"), m_key, keyRow);
    addRow(tr("Contact &email"), m_email);
    addRow(tr("Clinic &name"), m_name);
    addRow(tr("Clinic &id"), m_id);
    addRow(tr("&Forget patient names after"), m_retention);
    addRow(tr("Ser&ver (optional)"), m_server);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("ConnectTest"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("ConnectResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setMinimumHeight(80);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keyHelp);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result, 1);

    setTabOrder(m_key, m_showKey);
    setTabOrder(m_showKey, m_email);
    setTabOrder(m_email, m_name);
    setTabOrder(m_name, m_id);
    setTabOrder(m_id, m_retention);
    setTabOrder(m_retention, m_server);
    setTabOrder(m_server, m_test);

    connect(m_test, &QPushButton::clicked, this, &ConnectDetailsPage::testRequested);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(ClinicConnectionService::suggestId(name));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    for (QLineEdit *field : {m_key, m_email, m_name, m_id, m_server})
        connect(field, &QLineEdit::textChanged, this, &ConnectDetailsPage::invalidate);
    connect(m_retention, &QSpinBox::valueChanged, this, &ConnectDetailsPage::invalidate);
    setPmsKind(PmsKind::Cliniko);
}

void ConnectDetailsPage::setPmsKind(PmsKind kind)
{
    m_kind = kind;
    m_keyHelp->setText(
        kind == PmsKind::Cliniko
            ? tr("In Cliniko, open My Info > Manage API keys and create a key, then paste all of "
                 "it here: its ending (such as -au2) tells Routiq which Cliniko server holds "
                 "your account.")
            : tr("In Nookal, an administrator creates a key under Setup > Connections > API "
                 "Keys. Paste it here."));
    invalidate();
}

ClinicConnection ConnectDetailsPage::connection() const
{
    ClinicConnection c;
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.pmsKind = m_kind;
    c.contactEmail = m_email->text().trimmed();
    c.baseUrlOverride = m_server->text().trimmed();
    c.patientNameRetentionYears = m_retention->value();
    return c;
}

QString ConnectDetailsPage::apiKey() const
{
    return m_key->text().trimmed();
}

void ConnectDetailsPage::clearApiKey()
{
    m_key->clear();
}

void ConnectDetailsPage::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    if (testing) {
        m_result->setText(tr("Testing the connection\u2026"));
        m_result->setStyleSheet({});
    }
}

void ConnectDetailsPage::showReport(const ConnectionReport &report)
{
    QStringList lines;
    lines << tr("The connection works.");
    QStringList places;
    for (const Location &l : report.locations)
        places << (l.timeZoneId.isEmpty() ? tr("%1 (time zone not given)").arg(l.name)
                                          : tr("%1 (%2)").arg(l.name, l.timeZoneId));
    lines << (m_kind == PmsKind::Cliniko ? tr("Businesses: %1") : tr("Locations: %1"))
                 .arg(places.isEmpty() ? tr("none") : places.join(QStringLiteral(", ")));
    lines << (report.practitionerCount >= 0 ? tr("Practitioners: %1").arg(report.practitionerCount)
                                            : tr("Practitioners: more than one page"));
    lines << (report.appointmentCountIsLowerBound
                  ? tr("Appointments: at least %1 (the first sync counts them all)")
                        .arg(report.appointmentCount)
                  : tr("Appointments: %1 to sync").arg(report.appointmentCount));
    m_result->setText(lines.join(u'\n'));
    m_result->setStyleSheet(QStringLiteral("color: %1;").arg(themeColors(palette()).good.name()));
    m_tested = true;
}

void ConnectDetailsPage::showFailure(const RoutiqError &error)
{
    m_result->setText(error.message);
    m_result->setStyleSheet(QStringLiteral("color: %1;").arg(themeColors(palette()).bad.name()));
    m_tested = false;
}

QString ConnectDetailsPage::resultText() const
{
    return m_result->text();
}

void ConnectDetailsPage::invalidate()
{
    if (m_tested) {
        m_tested = false;
        m_result->clear();
    }
    emit edited();
}

} // namespace routiq
