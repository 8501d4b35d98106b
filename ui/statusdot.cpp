#include "statusdot.h"

#include <QPainter>

namespace routiq {

StatusDot::StatusDot(QWidget *parent) : QWidget(parent)
{
    setFixedSize(sizeHint());
    setAttribute(Qt::WA_TranslucentBackground);
}

QSize StatusDot::sizeHint() const
{
    return {22, 22};
}

void StatusDot::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
}

void StatusDot::setHalo(qreal strength)
{
    m_halo = qBound<qreal>(0, strength, 1);
    update();
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c = QRectF(rect()).center();
    if (m_halo > 0) {
        QColor halo = m_color;
        halo.setAlphaF(0.35 * m_halo);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        const qreal r = 5 + 5 * m_halo;
        p.drawEllipse(c, r, r);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    p.drawEllipse(c, 5, 5);
}

} // namespace routiq
