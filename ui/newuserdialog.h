#pragma once

#include "domain/clinicconnection.h"
#include "security/accountservice.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace routiq {

class ClinicChecklist;

// Settings › Users › Add…: name, role, clinics, an optional last day (temporary accounts) and
// the first password twice. Only collects: the page hands the values to AccountService, which
// decides (name taken, password too short, no right).
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    NewUserDialog(const QList<ClinicConnection> &clinics, int minPasswordLength,
                  QWidget *parent = nullptr);

    AccountService::NewAccount account() const;
    std::optional<QDate> lastDay() const;

    void accept() override; // refuses two different passwords

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    ClinicChecklist *m_clinics = nullptr;
    QCheckBox *m_temporary = nullptr;
    QDateEdit *m_lastDay = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace routiq
