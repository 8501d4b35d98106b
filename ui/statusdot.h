#pragma once

#include <QColor>
#include <QWidget>

namespace routiq {

// A small filled circle with a soft halo whose strength (0..1) the live indicator animates.
class StatusDot : public QWidget
{
    Q_OBJECT
public:
    explicit StatusDot(QWidget *parent = nullptr);

    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    void setHalo(qreal strength);
    qreal halo() const { return m_halo; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_color = Qt::gray;
    qreal m_halo = 0;
};

} // namespace routiq
