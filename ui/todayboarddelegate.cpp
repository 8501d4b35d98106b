#include "todayboarddelegate.h"

#include "theme.h"
#include "todayboardmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace routiq {

namespace {

using Kind = TodayBoardModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(TodayBoardModel::KindRole).toInt());
}

QColor bandColour(const ThemeColors &c, RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return c.riskLow;
    case RiskBand::Elevated:
        return c.riskElevated;
    case RiskBand::High:
        return c.riskHigh;
    }
    return c.riskLow;
}

} // namespace

TodayBoardDelegate::TodayBoardDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_riskColumn(TodayBoardModel::RiskColumn),
      m_bandRole(TodayBoardModel::RiskBandRole), m_boardRows(true)
{}

TodayBoardDelegate::TodayBoardDelegate(int riskColumn, int bandRole, QObject *parent)
    : QStyledItemDelegate(parent), m_riskColumn(riskColumn), m_bandRole(bandRole),
      m_boardRows(false)
{}

void TodayBoardDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!m_boardRows)
        return;
    const ThemeColors c = themeColors(option->palette);
    switch (kindOf(index)) {
    case Kind::Practitioner:
        if (index.column() == 0)
            option->font.setBold(true);
        else
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        break;
    case Kind::Gap:
        option->font.setItalic(true);
        option->backgroundBrush = c.gapBackground;
        option->palette.setColor(QPalette::Text, c.good);
        break;
    case Kind::Booking:
        if (index.column() == TodayBoardModel::StatusColumn &&
            index.data(TodayBoardModel::LateCancellationRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, c.riskHigh);
        } else if (index.column() == TodayBoardModel::StatusColumn) {
            const auto status = AppointmentStatus(index.data(TodayBoardModel::StatusRole).toInt());
            if (status == AppointmentStatus::Missed) {
                option->font.setBold(true);
                option->palette.setColor(QPalette::Text, c.riskHigh);
            } else if (status == AppointmentStatus::Cancelled) {
                option->palette.setColor(QPalette::Text,
                                         option->palette.color(QPalette::PlaceholderText));
            } else if (status == AppointmentStatus::Attended) {
                option->palette.setColor(QPalette::Text, c.good);
            }
        }
        break;
    }
}

void TodayBoardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QVariant band = index.data(m_bandRole);
    if (index.column() != m_riskColumn || !band.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background (selection, alternate rows) as usual, then a badge instead of plain text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const ThemeColors c = themeColors(option.palette);
    const QColor colour = bandColour(c, RiskBand(band.toInt()));
    QFont f = opt.font;
    f.setBold(true);
    const QFontMetrics fm(f);
    const int w = fm.horizontalAdvance(text) + 16;
    const int h = fm.height() + 4;
    const QRect r(opt.rect.left() + 4, opt.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // An opaque pill (Base under the tint), so the badge reads the same on a selected row.
    QColor fill = colour;
    fill.setAlpha(isDark(option.palette) ? 60 : 34);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->fillPath(path, option.palette.color(QPalette::Base));
    painter->fillPath(path, fill);
    painter->setPen(QPen(colour, 1));
    painter->drawPath(path);
    painter->setFont(f);
    painter->setPen(colour);
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
}

QSize TodayBoardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    if (index.column() == m_riskColumn && index.data(m_bandRole).isValid()) {
        QFont bold = option.font;
        bold.setBold(true);
        s.setWidth(qMax(
            s.width(),
            QFontMetrics(bold).horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 28));
    }
    return s;
}

} // namespace routiq
