#pragma once

#include <QFrame>

namespace routiq {

// The rounded, bordered surface every dashboard tile sits on (KPI cards, chart panels), painted
// from the current palette so light and dark themes both look right; shows a focus ring.
class CardFrame : public QFrame
{
    Q_OBJECT
public:
    explicit CardFrame(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace routiq
