#pragma once

#include "insights/workinghours.h"
#include "insightsource.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace routiq {

// Practitioners' working hours, one text field each in the WorkingHours syntax ("Mon
// 08:00-17:00, Tue 08:00-12:30"), checked with WorkingHours::parse as one types (the reason
// under the field, Save off while any is wrong). An empty field clears the hours. Saved through
// InsightSettingsService, which lets admins only and audits the change; its refusal is shown.
class WorkingHoursEditor : public QDialog
{
    Q_OBJECT
public:
    WorkingHoursEditor(const InsightSource &source, const WorkingHoursMap &hours,
                       QWidget *parent = nullptr);

    QLineEdit *fieldOf(RecordId practitionerId) const { return m_fields.value(practitionerId); }
    QString errorText() const;
    // Saves every changed field; false with the (first) reason otherwise.
    bool save(QString *error);

signals:
    void saved();

private:
    void validate();

    InsightSource m_source;
    WorkingHoursMap m_hours;
    QHash<RecordId, QLineEdit *> m_fields;
    QHash<RecordId, QLabel *> m_errors;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace routiq
