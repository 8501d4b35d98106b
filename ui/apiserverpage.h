#pragma once

#include "settingscontext.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace routiq {

class ApiHost;

// Settings › API server (admins): the app serves the same REST API and live channel as
// `routiq-cli serve` (docs/api.md) while it runs. Off by default; loopback by default (any
// other address needs a TLS certificate and key). Shows the URL while serving, or why it could
// not start (e.g. the port is taken). Saving goes through ApiHost::apply, which checks the
// role and audits the change.
class ApiServerPage : public QWidget
{
    Q_OBJECT
public:
    ApiServerPage(ApiHost *host, SettingsContext context, QWidget *parent = nullptr);

    // What the Apply button does; false (with status() saying why) when refused.
    bool apply();

    QCheckBox *enabledField() const { return m_enabled; }
    QLineEdit *addressField() const { return m_address; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *certField() const { return m_cert; }
    QLineEdit *keyField() const { return m_key; }
    QPushButton *applyButton() const { return m_apply; }
    QString status() const;

private:
    void showState();

    ApiHost *m_host;
    SettingsContext m_context;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace routiq
