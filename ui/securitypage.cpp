#include "securitypage.h"

#include "security/securitysettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace routiq {

SecurityPage::SecurityPage(SettingsContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_idle(new QSpinBox(this)),
      m_minLength(new QSpinBox(this)), m_clinic(new QComboBox(this)), m_years(new QSpinBox(this)),
      m_message(new QLabel(this))
{
    m_idle->setRange(0, SecuritySettings::kMaxIdleLockMinutes);
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setAccessibleName(tr("Lock after minutes without activity"));
    m_minLength->setRange(SecuritySettings::kMinPasswordFloor,
                          SecuritySettings::kMaxPasswordLength);
    m_minLength->setSuffix(tr(" characters"));
    m_minLength->setAccessibleName(tr("Minimum password length"));
    m_years->setRange(0, SecuritySettings::kMaxRetentionYears);
    m_years->setSpecialValueText(tr("Keep names"));
    m_years->setSuffix(tr(" years"));
    m_years->setAccessibleName(tr("Blank patient names unseen for years"));
    m_clinic->setAccessibleName(tr("Clinic"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));

    auto *lock = new QGroupBox(tr("Sign-in"), this);
    auto *lockForm = new QFormLayout(lock);
    auto *idleLabel = new QLabel(tr("&Lock the screen after:"), lock);
    idleLabel->setBuddy(m_idle);
    lockForm->addRow(idleLabel, m_idle);
    auto *lengthLabel = new QLabel(tr("Minimum password &length:"), lock);
    lengthLabel->setBuddy(m_minLength);
    lockForm->addRow(lengthLabel, m_minLength);
    auto *lockNote = new QLabel(tr("Applies to every account, in the app and in routiq-cli. "
                                   "Passwords already set are asked to change only when an "
                                   "admin resets them."),
                                lock);
    lockForm->addRow(lockNote);
    m_saveSecurity = new QPushButton(tr("&Save sign-in settings"), lock);
    lockForm->addRow(m_saveSecurity);

    auto *retention = new QGroupBox(tr("Patient-name retention"), this);
    auto *retentionForm = new QFormLayout(retention);
    auto *clinicLabel = new QLabel(tr("&Clinic:"), retention);
    clinicLabel->setBuddy(m_clinic);
    retentionForm->addRow(clinicLabel, m_clinic);
    auto *yearsLabel = new QLabel(tr("Blank names &unseen for:"), retention);
    yearsLabel->setBuddy(m_years);
    retentionForm->addRow(yearsLabel, m_years);
    auto *retentionNote =
        new QLabel(tr("Names of patients with no appointment for this long are blanked in the "
                      "clinic's cache the next time it opens; figures stay."),
                   retention);
    retentionForm->addRow(retentionNote);
    m_saveRetention = new QPushButton(tr("Save &retention"), retention);
    retentionForm->addRow(m_saveRetention);
    for (QLabel *note : {lockNote, retentionNote})
        note->setWordWrap(true);
    for (QFormLayout *form : {lockForm, retentionForm})
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QWidget *field : {static_cast<QWidget *>(m_idle), static_cast<QWidget *>(m_minLength),
                           static_cast<QWidget *>(m_clinic), static_cast<QWidget *>(m_years)})
        field->setMinimumWidth(220);
    m_saveSecurity->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_saveRetention->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lock);
    layout->addWidget(retention);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_saveSecurity, &QPushButton::clicked, this, &SecurityPage::saveLockAndPasswords);
    connect(m_saveRetention, &QPushButton::clicked, this, &SecurityPage::saveRetention);
    connect(m_clinic, &QComboBox::currentIndexChanged, this, &SecurityPage::showClinicRetention);
    refresh();
}

QString SecurityPage::message() const
{
    return m_message->text();
}

void SecurityPage::refresh()
{
    const SecuritySettings::Values v = m_context.gate->settings().values();
    m_idle->setValue(v.idleLockStored ? v.idleLockMinutes : m_context.gate->idleLockMinutes());
    m_minLength->setValue(m_context.gate->minPasswordLength());
    const QString keep = m_clinic->currentData().toString();
    m_clinics = m_context.clinics ? m_context.clinics() : QList<ClinicConnection>();
    m_clinic->blockSignals(true);
    m_clinic->clear();
    for (const ClinicConnection &c : m_clinics)
        m_clinic->addItem(c.name.isEmpty() ? c.id : c.name, c.id);
    m_clinic->blockSignals(false);
    if (const int i = m_clinic->findData(keep); i >= 0)
        m_clinic->setCurrentIndex(i);
    m_years->setEnabled(!m_clinics.isEmpty());
    m_saveRetention->setEnabled(!m_clinics.isEmpty());
    showClinicRetention();
}

void SecurityPage::showClinicRetention()
{
    const int i = m_clinic->currentIndex();
    m_years->setValue(i >= 0 && i < m_clinics.size() ? m_clinics.at(i).patientNameRetentionYears
                                                     : 0);
}

bool SecurityPage::saveLockAndPasswords()
{
    const auto actor = m_context.actor();
    if (!actor)
        return false;
    RoutiqError error;
    SecuritySettings &settings = m_context.gate->settings();
    const bool ok = settings.setIdleLockMinutes(*actor, m_idle->value(), &error) &&
                    settings.setMinPasswordLength(*actor, m_minLength->value(), &error);
    if (ok)
        m_context.gate->setIdleLockMinutes(m_idle->value()); // this session, at once
    m_message->setText(ok ? tr("Saved. The idle lock applies now; the minimum length at the "
                               "next password set.")
                          : error.message);
    refresh();
    return ok;
}

bool SecurityPage::saveRetention()
{
    const auto actor = m_context.actor();
    const int i = m_clinic->currentIndex();
    if (!actor || i < 0 || i >= m_clinics.size())
        return false;
    RoutiqError error;
    const ClinicId id = m_clinics.at(i).id;
    const bool ok =
        m_context.gate->settings().setPatientNameRetention(*actor, id, m_years->value(), &error);
    m_message->setText(ok ? tr("Saved: applied when the clinic's cache next opens.")
                          : error.message);
    refresh();
    return ok;
}

} // namespace routiq
