#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QValueAxis;

namespace routiq {

class BookingTrendsModel;
class DateAxisProxyModel;

// Bookings, missed and cancelled per day as three lines, bound to BookingTrendsModel through
// QVXYModelMapper (the chart never copies data itself). Shows a plain message instead of an
// empty plot until there is at least one day. Qt Charts stays inside ui/charts/.
class BookingTrendsChart : public QWidget
{
    Q_OBJECT
public:
    explicit BookingTrendsChart(BookingTrendsModel *model, QWidget *parent = nullptr);

    // The series of a BookingTrendsModel column (BookingsColumn, MissedColumn, CancelledColumn).
    QLineSeries *series(int column) const;
    bool showsPlaceholder() const;
    QChartView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAxes();
    void applyPalette();

    BookingTrendsModel *m_model;
    DateAxisProxyModel *m_proxy = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QLineSeries *m_series[3] = {};
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace routiq
