#include "cardframe.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace routiq {

CardFrame::CardFrame(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground, false);
}

void CardFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeColors c = themeColors(palette());
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(r, 10, 10);
    p.fillPath(path, c.cardBackground);
    const bool focused = hasFocus();
    p.setPen(
        QPen(focused ? palette().color(QPalette::Highlight) : c.cardBorder, focused ? 2.0 : 1.0));
    p.drawPath(path);
}

} // namespace routiq
