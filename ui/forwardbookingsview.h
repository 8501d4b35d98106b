#pragma once

#include "domain/routiqerror.h"
#include "insights/forwardbookings.h"
#include "insightsource.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace routiq {

class ForwardBookingsChart;
class ForwardBookingsModel;
class WorkingHoursEditor;

// Forward bookings and utilisation (docs/metrics.md): the next N ISO weeks (1..12, default 4)
// per practitioner and in total — bookings, booked hours, capacity from working hours and
// utilisation — as a table and a chart of booked hours against capacity. Follows the
// dashboard's location filter; says that DNA bookings count as booked time; offers "Working
// hours…" (changed by admins only, through InsightSettingsService). Live: every new snapshot
// of the clinic asks again.
class ForwardBookingsView : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardBookingsView(QWidget *parent = nullptr);

    void setSource(const InsightSource &source);
    void openWorkingHours();

    // --- For tests and screenshots ---
    ForwardBookingsModel *model() const { return m_model; }
    ForwardBookingsChart *chart() const { return m_chart; }
    QTableView *view() const { return m_view; }
    QSpinBox *weeksBox() const { return m_weeks; }
    QPushButton *hoursButton() const { return m_hoursButton; }
    WorkingHoursEditor *hoursEditor() const;
    QString statusText() const;

signals:
    void updated();

private:
    void ask();
    void onForward(quint64 requestId, const ForwardBookings &forward);
    void onFailed(quint64 requestId, const RoutiqError &error);

    InsightSource m_source;
    WorkingHoursMap m_hours;
    ForwardBookingsModel *m_model = nullptr;
    ForwardBookingsChart *m_chart = nullptr;
    QTableView *m_view = nullptr;
    QSpinBox *m_weeks = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hoursHint = nullptr;
    QPushButton *m_hoursButton = nullptr;
    QPointer<WorkingHoursEditor> m_editor;
    QList<QMetaObject::Connection> m_connections;
    quint64 m_request = 0;
};

} // namespace routiq
