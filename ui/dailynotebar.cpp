#include "dailynotebar.h"

#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace routiq {

DailyNoteBar::DailyNoteBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("DailyNoteBar"));
    setAutoFillBackground(true);
    m_text = new QLabel(this);
    QFont f = m_text->font();
    f.setWeight(QFont::DemiBold);
    m_text->setFont(f);
    m_open = new QPushButton(tr("Open tomorrow's board"), this);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    for (QPushButton *b : {m_open, m_dismiss})
        b->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        emit openRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    applyColours();
    hide();
}

void DailyNoteBar::showNote(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(text);
    show();
}

QString DailyNoteBar::text() const
{
    return m_text->text();
}

void DailyNoteBar::applyColours()
{
    // From the application palette: this bar's own Window colour is the blend set below.
    QPalette p = QApplication::palette(this);
    const ThemeColors c = themeColors(p);
    QColor back = c.accent;
    back.setAlpha(isDark(p) ? 70 : 36);
    // A blend over the window colour, since a translucent fill has no fixed colour.
    const QColor window = p.color(QPalette::Window);
    const qreal a = back.alphaF();
    p.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * (1 - a) + back.redF() * a,
                                                  window.greenF() * (1 - a) + back.greenF() * a,
                                                  window.blueF() * (1 - a) + back.blueF() * a));
    setPalette(p);
}

void DailyNoteBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_inPaletteChange) {
        m_inPaletteChange = true;
        applyColours();
        m_inPaletteChange = false;
    }
}

} // namespace routiq
