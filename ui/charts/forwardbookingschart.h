#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QValueAxis;

namespace routiq {

class ForwardBookingsModel;

// Forward bookings as grouped bars: one group per ISO week, two bars per practitioner — booked
// hours (solid) next to capacity from working hours (the same colour, pale; none without
// hours). Rebuilt from ForwardBookingsModel on every reset. Qt Charts stays inside ui/charts/.
class ForwardBookingsChart : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardBookingsChart(ForwardBookingsModel *model, QWidget *parent = nullptr);

    QBarSeries *series() const { return m_series; }
    bool showsPlaceholder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    ForwardBookingsModel *m_model;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace routiq
