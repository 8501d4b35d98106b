#pragma once

#include <QWidget>

namespace routiq {

// The Routiq mark (the app icon's rounded square with a pulse line and a live dot), painted
// rather than loaded, so it needs no image plugin and stays sharp at any size.
class LogoMark : public QWidget
{
    Q_OBJECT
public:
    explicit LogoMark(int size, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace routiq
