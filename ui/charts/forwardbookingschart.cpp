#include "forwardbookingschart.h"

#include "forwardbookingsmodel.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace routiq {

namespace {
// Distinct hues that stay readable on light and dark cards (the accent first, as elsewhere).
QColor practitionerColour(int i, const ThemeColors &c)
{
    static const QColor extra[] = {QColor(0xd9, 0x8a, 0x1e), QColor(0x2a, 0x9d, 0x8f),
                                   QColor(0x8e, 0x5c, 0xd9), QColor(0xc2, 0x41, 0x7a),
                                   QColor(0x6b, 0x8e, 0x23), QColor(0x1e, 0x90, 0xc8),
                                   QColor(0xb8, 0x5c, 0x38), QColor(0x7a, 0x7f, 0x8c)};
    if (i == 0)
        return c.accent;
    return extra[(i - 1) % 8];
}
} // namespace

ForwardBookingsChart::ForwardBookingsChart(ForwardBookingsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("ForwardBookingsChart"));
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignRight); // whole names, one per line
    m_chart->legend()->setShowToolTips(true);
    m_series = new QBarSeries(m_chart);
    m_chart->addSeries(m_series);
    m_x = new QBarCategoryAxis(m_chart);
    m_y = new QValueAxis(m_chart);
    m_y->setLabelFormat(QStringLiteral("%d h"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(320, 220);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleName(tr("Booked hours against capacity per week and practitioner"));
    m_placeholder = new QLabel(tr("No bookings in the weeks ahead yet."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    connect(model, &QAbstractItemModel::modelReset, this, &ForwardBookingsChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &ForwardBookingsChart::rebuild);
    rebuild();
}

bool ForwardBookingsChart::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void ForwardBookingsChart::rebuild()
{
    m_series->clear();
    m_x->clear();
    const ForwardBookings &f = m_model->forward();
    if (f.weeks.isEmpty()) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    QList<RecordId> ids;
    for (const ForwardWeek &w : f.weeks)
        for (const ForwardCell &c : w.practitioners)
            if (!ids.contains(c.practitionerId))
                ids.append(c.practitionerId);
    std::sort(ids.begin(), ids.end());
    const QLocale l;
    QStringList weeks;
    for (const ForwardWeek &w : f.weeks)
        weeks << l.toString(w.weekStart, QStringLiteral("d MMM"));
    m_x->append(weeks);
    const ThemeColors tc = themeColors(palette());
    double top = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const QString name = m_model->practitionerName(ids.at(i));
        auto *booked = new QBarSet(tr("%1 booked").arg(name));
        auto *capacity = new QBarSet(tr("%1 capacity").arg(name));
        bool anyCapacity = false;
        for (const ForwardWeek &w : f.weeks) {
            const auto cell =
                std::find_if(w.practitioners.cbegin(), w.practitioners.cend(),
                             [&](const ForwardCell &c) { return c.practitionerId == ids.at(i); });
            const double b = cell == w.practitioners.cend() ? 0 : cell->bookedMinutes / 60.0;
            const double cap = cell == w.practitioners.cend() || !cell->capacityMinutes
                                   ? 0
                                   : *cell->capacityMinutes / 60.0;
            anyCapacity = anyCapacity || cap > 0;
            booked->append(b);
            capacity->append(cap);
            top = std::max({top, b, cap});
        }
        const QColor colour = practitionerColour(i, tc);
        booked->setColor(colour);
        booked->setBorderColor(colour);
        QColor pale = colour;
        pale.setAlpha(80);
        capacity->setColor(pale);
        capacity->setBorderColor(colour);
        m_series->append(booked);
        if (anyCapacity)
            m_series->append(capacity);
        else
            delete capacity;
    }
    const int step = top <= 20 ? 5 : top <= 60 ? 10 : 20;
    const int max = qMax(step, int(std::ceil((top + 0.01) / step)) * step);
    m_y->setRange(0, max);
    m_y->setTickCount(max / step + 1);
    applyPalette();
}

void ForwardBookingsChart::applyPalette()
{
    const QPalette pal = palette();
    const ThemeColors c = themeColors(pal);
    m_chart->setBackgroundBrush(c.cardBackground);
    m_chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(c.cardBorder);
        axis->setLinePenColor(c.cardBorder);
    }
    m_chart->legend()->setLabelColor(text);
}

void ForwardBookingsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace routiq
