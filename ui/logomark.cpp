#include "logomark.h"

#include <QPainter>
#include <QPainterPath>

namespace routiq {

LogoMark::LogoMark(int size, QWidget *parent) : QWidget(parent)
{
    setFixedSize(size, size);
    setAccessibleName(QStringLiteral("Routiq"));
}

void LogoMark::paintEvent(QPaintEvent *)
{
    // resources/icons/routiq.svg, drawn on its 256-unit grid.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(width() / 256.0, height() / 256.0);
    QPainterPath square;
    square.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    p.fillPath(square, QColor(0x0f, 0x5e, 0x9c));
    QPen line(Qt::white, 18, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(line);
    const QPointF pulse[] = {{40, 160}, {88, 160}, {112, 96}, {144, 196}, {168, 128}, {216, 128}};
    p.drawPolyline(pulse, int(std::size(pulse)));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3d, 0xdc, 0x84));
    p.drawEllipse(QPointF(200, 72), 18, 18);
}

} // namespace routiq
