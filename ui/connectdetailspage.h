#pragma once

#include "domain/clinicconnection.h"
#include "domain/pmskind.h"
#include "domain/routiqerror.h"
#include "session/connectionreport.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace routiq {

// The "Connect your clinic" wizard's form: the API key (masked, with a show toggle), contact
// email, clinic name and its id (derived from the name until edited), an optional retention
// period and, for sandboxes and the simulator, another server address; then "Test connection"
// and its result in plain words. Holds the key only in its field; never logs it.
class ConnectDetailsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectDetailsPage(QWidget *parent = nullptr);

    void setPmsKind(PmsKind kind);
    // The connection the fields describe (createdAt left empty).
    ClinicConnection connection() const;
    QString apiKey() const;
    void clearApiKey();

    void setTesting(bool testing);
    void showReport(const ConnectionReport &report);
    void showFailure(const RoutiqError &error);
    // A report for the key in the field now (editing a field invalidates it).
    bool hasWorkingTest() const { return m_tested; }
    QString resultText() const;

    QLineEdit *apiKeyField() const { return m_key; }
    QCheckBox *showKeyToggle() const { return m_showKey; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *idField() const { return m_id; }
    QLineEdit *serverField() const { return m_server; }
    QSpinBox *retentionField() const { return m_retention; }
    QPushButton *testButton() const { return m_test; }

signals:
    void testRequested();
    // A field changed: an earlier test result no longer speaks for it.
    void edited();

private:
    void invalidate();

    PmsKind m_kind = PmsKind::Cliniko;
    QLabel *m_keyHelp = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_showKey = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QSpinBox *m_retention = nullptr;
    QLineEdit *m_server = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    bool m_idEdited = false;
    bool m_tested = false;
};

} // namespace routiq
