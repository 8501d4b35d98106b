#include "peakhoursheatmap.h"

#include "peakhoursmodel.h"
#include "theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace routiq {

namespace {
constexpr int kUsualFirstHour = 7;
constexpr int kUsualLastHour = 19;
constexpr qreal kHeaderH = 20;
constexpr qreal kLegendH = 26;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

PeakHoursHeatMap::PeakHoursHeatMap(PeakHoursModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("PeakHoursHeatMap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Peak hours"));
    setAccessibleDescription(tr("Bookings by weekday and start hour"));
    connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::layoutChanged, this, qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
}

QSize PeakHoursHeatMap::sizeHint() const
{
    return {520, 260};
}

QSize PeakHoursHeatMap::minimumSizeHint() const
{
    return {360, 220};
}

int PeakHoursHeatMap::firstHour() const
{
    for (int h = 0; h < kUsualFirstHour; ++h)
        for (int d = 1; d <= 7; ++d)
            if (m_model->bookings(d, h) > 0)
                return h;
    return kUsualFirstHour;
}

int PeakHoursHeatMap::lastHour() const
{
    for (int h = 23; h > kUsualLastHour; --h)
        for (int d = 1; d <= 7; ++d)
            if (m_model->bookings(d, h) > 0)
                return h;
    return kUsualLastHour;
}

bool PeakHoursHeatMap::showsPlaceholder() const
{
    return m_model->maxBookings() == 0;
}

QColor PeakHoursHeatMap::cellColor(int dayOfWeek, int hour) const
{
    const ThemeColors c = themeColors(palette());
    const int max = m_model->maxBookings();
    const int n = m_model->bookings(dayOfWeek, hour);
    const QColor empty =
        isDark(palette()) ? c.cardBackground.lighter(125) : c.cardBackground.darker(104);
    if (max == 0 || n == 0)
        return empty;
    // Never fully faint: the lowest non-zero cell still differs from an empty one.
    return mix(empty, c.accent, 0.18 + 0.82 * qreal(n) / qreal(max));
}

PeakHoursHeatMap::Geometry PeakHoursHeatMap::geometryFor(const QRect &area) const
{
    Geometry g;
    const QFontMetricsF fm(font());
    for (int d = 1; d <= 7; ++d)
        g.labelW = qMax(g.labelW, fm.horizontalAdvance(QLocale().dayName(d, QLocale::ShortFormat)));
    g.labelW += 10;
    const int hours = lastHour() - firstHour() + 1;
    const qreal w = area.width() - g.labelW - 4;
    const qreal h = area.height() - kHeaderH - kLegendH - 4;
    g.cellW = w / hours;
    g.cellH = qMin<qreal>(h / 7, 40);
    g.grid = QRectF(area.left() + g.labelW, area.top() + kHeaderH, g.cellW * hours, g.cellH * 7);
    return g;
}

void PeakHoursHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const ThemeColors c = themeColors(pal);
    const Geometry g = geometryFor(rect());
    const int first = firstHour();
    const int last = lastHour();
    const QFontMetricsF fm(font());
    const QLocale locale;

    // Hour labels on top: every hour if there is room, else every second one.
    const bool everyHour = g.cellW >= fm.horizontalAdvance(QStringLiteral("00")) + 6;
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int h = first; h <= last; ++h) {
        if (!everyHour && (h - first) % 2 != 0)
            continue;
        const QRectF r(g.grid.left() + (h - first) * g.cellW, g.grid.top() - kHeaderH, g.cellW,
                       kHeaderH);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    }

    QFont cellFont = font();
    cellFont.setPointSizeF(cellFont.pointSizeF() * 0.85);
    const QFontMetricsF cfm(cellFont);
    const int max = m_model->maxBookings();
    for (int d = 1; d <= 7; ++d) {
        const qreal y = g.grid.top() + (d - 1) * g.cellH;
        p.setPen(pal.color(QPalette::Text));
        p.setFont(font());
        p.drawText(QRectF(rect().left(), y, g.labelW - 8, g.cellH),
                   Qt::AlignRight | Qt::AlignVCenter, locale.dayName(d, QLocale::ShortFormat));
        p.setFont(cellFont);
        for (int h = first; h <= last; ++h) {
            const QRectF cell(g.grid.left() + (h - first) * g.cellW, y, g.cellW, g.cellH);
            const QColor fill = cellColor(d, h);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3, 3);
            const int n = m_model->bookings(d, h);
            const QString label = locale.toString(n);
            if (n > 0 && cfm.horizontalAdvance(label) + 4 < cell.width() &&
                cfm.height() + 2 < cell.height()) {
                p.setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x1d, 0x21, 0x27));
                p.drawText(cell, Qt::AlignCenter, label);
            }
        }
    }
    p.setFont(font());

    // Legend, or why the grid is empty.
    const QRectF legend(g.grid.left(), g.grid.bottom() + 6, g.grid.width(), kLegendH - 6);
    p.setPen(pal.color(QPalette::PlaceholderText));
    if (max == 0) {
        p.drawText(legend, Qt::AlignLeft | Qt::AlignVCenter, tr("No bookings in this period yet."));
        return;
    }
    const QString fewer = tr("Fewer");
    const QString more = tr("More (%1)").arg(locale.toString(max));
    const qreal fewerW = fm.horizontalAdvance(fewer);
    p.drawText(QRectF(legend.left(), legend.top(), fewerW, legend.height()), Qt::AlignVCenter,
               fewer);
    const qreal rampX = legend.left() + fewerW + 8;
    const int steps = 6;
    const qreal stepW = 18;
    for (int i = 0; i < steps; ++i) {
        const qreal t = 0.18 + 0.82 * qreal(i) / (steps - 1);
        p.setPen(Qt::NoPen);
        p.setBrush(mix(cellColor(0, 0), c.accent, t));
        p.drawRoundedRect(QRectF(rampX + i * stepW, legend.center().y() - 6, stepW - 2, 12), 2, 2);
    }
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(rampX + steps * stepW + 6, legend.top(), 200, legend.height()),
               Qt::AlignVCenter, more);
}

bool PeakHoursHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Geometry g = geometryFor(rect());
        const QPointF pos = help->pos();
        if (g.grid.contains(pos)) {
            const int day = qBound(0, int((pos.y() - g.grid.top()) / g.cellH), 6);
            const int hour = qBound(
                firstHour(), firstHour() + int((pos.x() - g.grid.left()) / g.cellW), lastHour());
            QToolTip::showText(help->globalPos(),
                               m_model->index(day, hour).data(Qt::ToolTipRole).toString(), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::PaletteChange)
        update();
    return QWidget::event(event);
}

} // namespace routiq
