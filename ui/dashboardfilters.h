#pragma once

#include "dashboardchoices.h"
#include "metrics/metricsrequest.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace routiq {

// The dashboard's question, as widgets: clinic, location, practitioner and period (this/previous
// week or month, or a custom range picked with date edits, shown only for that choice). Emits
// requestChanged whenever the user changes any of them; filling the lists programmatically never
// emits.
class DashboardFilters : public QWidget
{
    Q_OBJECT
public:
    enum class PeriodChoice
    {
        ThisWeek,
        ThisMonth,
        PreviousWeek,
        PreviousMonth,
        CustomRange
    };
    Q_ENUM(PeriodChoice)

    explicit DashboardFilters(QWidget *parent = nullptr);

    // `offerAllClinics` adds an "All clinics" entry (empty ClinicId) at the top.
    void setClinics(const QList<ClinicChoice> &clinics, bool offerAllClinics = false);
    // Selects a clinic without emitting requestChanged (empty = "All clinics"); the location and
    // practitioner pickers are off for "All clinics" (their ids belong to one clinic).
    void setCurrentClinic(const ClinicId &clinic);
    void setFilterChoices(const QList<FilterChoice> &locations,
                          const QList<FilterChoice> &practitioners);
    void setPeriod(PeriodChoice period);         // as if the user picked it (emits)
    void setCustomRange(QDate start, QDate end); // switches to CustomRange (emits)
    // The local date "this week/month" and "previous" are counted from; default: today.
    void setToday(QDate today);

    MetricsRequest request() const;
    PeriodChoice period() const;

    QComboBox *clinicBox() const { return m_clinic; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *practitionerBox() const { return m_practitioner; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QWidget *lastInTabOrder() const;

signals:
    void requestChanged(const routiq::MetricsRequest &request);

private:
    QDate today() const;
    void onUserChange();
    void showRangeOf(PeriodChoice period);
    static void fillChoices(QComboBox *box, const QString &allText,
                            const QList<FilterChoice> &choices);

    QComboBox *m_clinic = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QWidget *m_customRange = nullptr; // the date pickers, shown for CustomRange only
    QDate m_today;
    bool m_filling = false;
};

} // namespace routiq
