#include "bookingtrendschart.h"

#include "bookingtrendsmodel.h"
#include "dateaxisproxymodel.h"
#include "theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>

namespace routiq {

BookingTrendsChart::BookingTrendsChart(BookingTrendsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("BookingTrendsChart"));
    m_proxy = new DateAxisProxyModel(BookingTrendsModel::DateColumn, this);
    m_proxy->setSourceModel(model);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    // Dates arrive as milliseconds (DateAxisProxyModel); a category axis labels chosen days
    // exactly on their points, which a QDateTimeAxis with evenly spread ticks cannot.
    m_x = new QCategoryAxis(m_chart);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y = new QValueAxis(m_chart);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    const int columns[3] = {BookingTrendsModel::BookingsColumn, BookingTrendsModel::MissedColumn,
                            BookingTrendsModel::CancelledColumn};
    for (int i = 0; i < 3; ++i) {
        auto *s = new QLineSeries(m_chart);
        s->setName(model->headerData(columns[i], Qt::Horizontal, Qt::DisplayRole).toString());
        s->setPointsVisible(true);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        auto *mapper = new QVXYModelMapper(s);
        mapper->setXColumn(BookingTrendsModel::DateColumn);
        mapper->setYColumn(columns[i]);
        mapper->setSeries(s);
        mapper->setModel(m_proxy);
        m_series[i] = s;
    }

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(320, 240); // the view's own hint is far wider than needed
    m_view->setFocusPolicy(Qt::NoFocus);

    m_placeholder = new QLabel(
        tr("No days to show yet.\nDaily bookings appear here once the first sync has finished."),
        this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMinimumHeight(240);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    connect(model, &QAbstractItemModel::modelReset, this, &BookingTrendsChart::updateAxes);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BookingTrendsChart::updateAxes);
    connect(model, &QAbstractItemModel::dataChanged, this, &BookingTrendsChart::updateAxes);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BookingTrendsChart::updateAxes);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BookingTrendsChart::updateAxes);
    applyPalette();
    updateAxes();
}

QLineSeries *BookingTrendsChart::series(int column) const
{
    const int i = column - BookingTrendsModel::BookingsColumn;
    return i >= 0 && i < 3 ? m_series[i] : nullptr;
}

bool BookingTrendsChart::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void BookingTrendsChart::updateAxes()
{
    const auto &rows = m_model->trends();
    if (rows.isEmpty()) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    const qint64 halfDay = 12LL * 3600 * 1000;
    const qint64 first = rows.first().date.startOfDay().toMSecsSinceEpoch();
    const qint64 last = rows.last().date.startOfDay().toMSecsSinceEpoch();
    // Label every day of a short range, every Monday of a month, the 1st of each month beyond.
    const QLocale locale;
    const int days = int(rows.size());
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    for (const DailyTrend &t : rows) {
        const bool labelled =
            days <= 10 || (days <= 62 ? t.date.dayOfWeek() == 1 : t.date.day() == 1);
        if (!labelled)
            continue;
        const QString label =
            locale.toString(t.date, days <= 10 ? QStringLiteral("ddd d") : QStringLiteral("d MMM"));
        m_x->append(label, double(t.date.startOfDay().toMSecsSinceEpoch()));
    }
    m_x->setStartValue(double(first - halfDay));
    m_x->setRange(double(first - halfDay), double(last + halfDay));
    // A "nice" y maximum: next multiple of 5 above the largest value, at least 5.
    const int max = m_model->maxValue();
    const int top = qMax(5, int(std::ceil((max + 1) / 5.0)) * 5);
    m_y->setRange(0, top);
    m_y->setTickCount(top <= 10 ? top / (top > 5 ? 2 : 1) + 1 : 6);
}

void BookingTrendsChart::applyPalette()
{
    const QPalette pal = palette();
    const ThemeColors c = themeColors(pal);
    m_chart->setBackgroundBrush(c.cardBackground);
    m_chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = c.cardBorder;
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_chart->legend()->setLabelColor(text);
    for (int i = 0; i < 3; ++i) {
        QPen pen(c.series[i]);
        pen.setWidthF(i == 0 ? 2.5 : 2.0);
        m_series[i]->setPen(pen);
        m_series[i]->setColor(c.series[i]);
    }
    QPalette placeholderPal = m_placeholder->palette();
    placeholderPal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(placeholderPal);
    m_view->setBackgroundBrush(c.cardBackground);
}

void BookingTrendsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace routiq
