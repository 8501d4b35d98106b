#pragma once

#include "settingscontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace routiq {

// Settings › Security (admins): the idle lock (minutes, or never), the minimum password length
// (10 or more) and each clinic's patient-name retention. Saved through SecuritySettings, which
// refuses anyone but an admin and audits every change; the idle lock of this session follows
// at once.
class SecurityPage : public QWidget
{
    Q_OBJECT
public:
    explicit SecurityPage(SettingsContext context, QWidget *parent = nullptr);

    void refresh();
    // What the Save buttons do; false with message() set when refused.
    bool saveLockAndPasswords();
    bool saveRetention();

    QSpinBox *idleMinutesField() const { return m_idle; }
    QSpinBox *minLengthField() const { return m_minLength; }
    QComboBox *clinicField() const { return m_clinic; }
    QSpinBox *retentionField() const { return m_years; }
    QString message() const;

private:
    void showClinicRetention();

    SettingsContext m_context;
    QList<ClinicConnection> m_clinics;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_minLength = nullptr;
    QComboBox *m_clinic = nullptr;
    QSpinBox *m_years = nullptr;
    QPushButton *m_saveSecurity = nullptr;
    QPushButton *m_saveRetention = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace routiq
