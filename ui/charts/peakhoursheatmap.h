#pragma once

#include <QColor>
#include <QWidget>

namespace routiq {

class PeakHoursModel;

// Weekday x hour heat map of PeakHoursModel: darker = more bookings starting in that hour,
// counts written in the cells, the clinic's usual hours always shown (wider when data demands).
// Painted by hand (no Qt Charts type fits), so it moves unchanged to Qt Graphs later.
class PeakHoursHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit PeakHoursHeatMap(PeakHoursModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int firstHour() const;
    int lastHour() const;
    QColor cellColor(int dayOfWeek, int hour) const; // dayOfWeek 1-7
    bool showsPlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF grid;
        qreal cellW = 0;
        qreal cellH = 0;
        qreal labelW = 0;
    };
    Geometry geometryFor(const QRect &area) const;

    PeakHoursModel *m_model;
};

} // namespace routiq
