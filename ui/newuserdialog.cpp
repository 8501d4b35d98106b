#include "newuserdialog.h"

#include "clinicchecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

NewUserDialog::NewUserDialog(const QList<ClinicConnection> &clinics, int minPasswordLength,
                             QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_clinics(new ClinicChecklist(this)),
      m_temporary(new QCheckBox(tr("&Temporary: last day"), this)),
      m_lastDay(new QDateEdit(QDate::currentDate().addDays(7), this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a user"));
    m_name->setAccessibleName(tr("User name"));
    m_role->addItem(tr("Staff"), int(Role::Staff));
    m_role->addItem(tr("Read-only"), int(Role::ReadOnly));
    m_role->addItem(tr("Administrator"), int(Role::Admin));
    m_role->setAccessibleName(tr("Role"));
    m_clinics->setClinics(clinics, {});
    m_lastDay->setCalendarPopup(true);
    m_lastDay->setEnabled(false);
    m_lastDay->setAccessibleName(tr("Last day of the account"));
    connect(m_temporary, &QCheckBox::toggled, m_lastDay, &QWidget::setEnabled);
    for (QLineEdit *e : {m_password, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("First password"));
    m_confirm->setAccessibleName(tr("First password again"));
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, minPasswordLength));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    // Admins see every clinic: no grants to choose.
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_clinics->setEnabled(Role(m_role->currentData().toInt()) != Role::Admin); });

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("User &name:"), m_name);
    row(tr("&Role:"), m_role);
    row(tr("&Clinics:"), m_clinics);
    form->addRow(m_temporary, m_lastDay);
    row(tr("&Password:"), m_password);
    row(tr("Password a&gain:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_clinics->setMaximumHeight(140);
    resize(460, 480);
}

AccountService::NewAccount NewUserDialog::account() const
{
    AccountService::NewAccount a;
    a.username = m_name->text();
    a.password = m_password->text();
    a.role = Role(m_role->currentData().toInt());
    a.clinics = a.role == Role::Admin ? QList<ClinicId>() : m_clinics->checkedClinics();
    return a;
}

std::optional<QDate> NewUserDialog::lastDay() const
{
    return m_temporary->isChecked() ? std::optional<QDate>(m_lastDay->date()) : std::nullopt;
}

void NewUserDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace routiq
