#include "apiserverpage.h"

#include "api/apihost.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace routiq {

ApiServerPage::ApiServerPage(ApiHost *host, SettingsContext context, QWidget *parent)
    : QWidget(parent), m_host(host), m_context(std::move(context)),
      m_enabled(new QCheckBox(tr("&Serve the API while Routiq runs"), this)),
      m_address(new QLineEdit(this)), m_port(new QSpinBox(this)), m_cert(new QLineEdit(this)),
      m_key(new QLineEdit(this)), m_status(new QLabel(this))
{
    m_address->setAccessibleName(tr("Listen address"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setAccessibleName(tr("Port"));
    m_cert->setPlaceholderText(tr("Only for an address other than loopback"));
    m_cert->setAccessibleName(tr("TLS certificate file (PEM)"));
    m_key->setPlaceholderText(tr("Only for an address other than loopback"));
    m_key->setAccessibleName(tr("TLS private key file (PEM)"));
    m_status->setWordWrap(true);
    // The address is for copying into a browser or a BI tool: by mouse or from the keyboard.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("API server state"));

    auto *box = new QGroupBox(tr("API server"), this);
    auto *form = new QFormLayout(box);
    form->addRow(m_enabled);
    auto *addressLabel = new QLabel(tr("Listen &address:"), box);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    auto *portLabel = new QLabel(tr("&Port:"), box);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);
    auto *certLabel = new QLabel(tr("TLS &certificate:"), box);
    certLabel->setBuddy(m_cert);
    form->addRow(certLabel, m_cert);
    auto *keyLabel = new QLabel(tr("TLS &key:"), box);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    auto *note = new QLabel(
        tr("Wall displays, web dashboards and BI tools read the live figures from it, each "
           "with its own Routiq account (docs/api.md). Plain HTTP is served on this computer "
           "only (127.0.0.1); any other address needs a certificate and key."),
        box);
    note->setWordWrap(true);
    form->addRow(note);
    m_apply = new QPushButton(tr("&Apply"), box);
    m_apply->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(m_apply);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QWidget *field : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_cert), static_cast<QWidget *>(m_key)})
        field->setMinimumWidth(320);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_status);
    layout->addStretch();

    const ApiHostSettings saved = ApiHostSettings::load();
    m_enabled->setChecked(saved.enabled);
    m_address->setText(saved.address);
    m_port->setValue(saved.port);
    m_cert->setText(saved.tlsCertFile);
    m_key->setText(saved.tlsKeyFile);
    connect(m_apply, &QPushButton::clicked, this, &ApiServerPage::apply);
    connect(m_host, &ApiHost::started, this, &ApiServerPage::showState);
    connect(m_host, &ApiHost::stopped, this, &ApiServerPage::showState);
    connect(m_host, &ApiHost::failed, this, [this](const QString &reason) {
        m_status->setText(tr("The API server could not start: %1").arg(reason));
    });
    showState();
}

QString ApiServerPage::status() const
{
    return m_status->text();
}

void ApiServerPage::showState()
{
    m_status->setText(m_host->isRunning() ? tr("Serving at %1").arg(m_host->url().toString())
                                          : tr("The API server is off."));
}

bool ApiServerPage::apply()
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    ApiHostSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.address = m_address->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.tlsCertFile = m_cert->text().trimmed();
    settings.tlsKeyFile = m_key->text().trimmed();
    if (settings.tlsCertFile.isEmpty() != settings.tlsKeyFile.isEmpty()) {
        m_status->setText(tr("TLS needs both a certificate and a key file."));
        return false;
    }
    // Said first: the outcome (the URL or why not) may come before apply() returns.
    m_status->setText(settings.enabled ? tr("Starting\u2026") : tr("The API server is off."));
    RoutiqError error;
    if (!m_host->apply(*actor, settings, &error)) {
        m_status->setText(error.message);
        return false;
    }
    return true;
}

} // namespace routiq
