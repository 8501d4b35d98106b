#include "signincard.h"

#include "cardframe.h"
#include "logomark.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

namespace {
constexpr int kCardWidth = 400;
}

SignInCard::SignInCard(QWidget *parent) : QWidget(parent)
{
    auto *card = new CardFrame(this);
    card->setObjectName(QStringLiteral("SignInCardFrame"));
    card->setFixedWidth(kCardWidth);

    auto *brand = new QHBoxLayout;
    brand->setSpacing(10);
    brand->addWidget(new LogoMark(36, card));
    auto *name = new QLabel(QStringLiteral("Routiq"), card); // the product name: not translated
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    brand->addWidget(name);
    brand->addStretch();

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("SignInTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(card);
    m_subtitle->setObjectName(QStringLiteral("SignInSubtitle"));
    m_subtitle->setWordWrap(true);
    m_hints.append(m_subtitle);

    m_fields = new QVBoxLayout;
    m_fields->setSpacing(4);

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("SignInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_button = new QPushButton(card);
    m_button->setObjectName(QStringLiteral("SignInButton"));
    m_button->setDefault(true);
    m_button->setMinimumHeight(34);
    QFont buttonFont = m_button->font();
    buttonFont.setWeight(QFont::DemiBold);
    m_button->setFont(buttonFont);

    auto *inner = new QVBoxLayout(card);
    inner->setContentsMargins(28, 24, 28, 28);
    inner->setSpacing(6);
    inner->addLayout(brand);
    inner->addSpacing(14);
    inner->addWidget(m_title);
    inner->addWidget(m_subtitle);
    inner->addSpacing(12);
    inner->addLayout(m_fields);
    inner->addSpacing(4);
    inner->addWidget(m_message);
    inner->addSpacing(8);
    inner->addWidget(m_button);

    // Centred by stretches, not by an alignment flag: an aligned item gets only its size hint,
    // which ignores how tall the word-wrapped labels are at the card's width.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto *outer = new QVBoxLayout(this);
    m_outer = outer;
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    recolour();
}

void SignInCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void SignInCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void SignInCard::addField(const QString &label, QLineEdit *field, QLabel *hint)
{
    auto *caption = new QLabel(label, field->parentWidget());
    QFont f = caption->font();
    f.setWeight(QFont::DemiBold);
    caption->setFont(f);
    caption->setBuddy(field);
    field->setMinimumHeight(32);
    field->setTextMargins(6, 0, 6, 0);
    if (m_fields->count() > 0)
        m_fields->addSpacing(8);
    m_fields->addWidget(caption);
    m_fields->addWidget(field);
    if (hint) {
        hint->setWordWrap(true);
        m_fields->addSpacing(2);
        m_hints.append(hint);
        m_fields->addWidget(hint);
    }
    recolour();
}

void SignInCard::addBelow(QWidget *widget)
{
    // Between the card's row and the bottom stretch: right under the card, centred.
    m_outer->insertWidget(m_outer->count() - 1, widget, 0, Qt::AlignHCenter);
}

void SignInCard::showMessage(const QString &text, Tone tone)
{
    m_tone = tone;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setAccessibleName(text);
    recolour();
}

void SignInCard::clearMessage()
{
    showMessage({}, Tone::Error);
}

QString SignInCard::message() const
{
    return m_message->text();
}

void SignInCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        recolour();
}

void SignInCard::recolour()
{
    // Labels keep an explicit palette, so take the colours from the application's current one.
    const QPalette base = palette();
    const ThemeColors c = themeColors(base);
    for (QLabel *hint : std::as_const(m_hints)) {
        QPalette p = hint->palette();
        p.setColor(QPalette::WindowText, base.color(QPalette::PlaceholderText));
        hint->setPalette(p);
        QFont f = hint->font();
        f.setPointSizeF(font().pointSizeF() * 0.92);
        hint->setFont(f);
    }
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, m_tone == Tone::Error ? c.error : c.accent);
    m_message->setPalette(p);

    // The one main action, filled with the highlight colour (deeper on dark, so white text keeps
    // its contrast). A style sheet because Fusion would lighten a palette colour into a gradient.
    QColor fill = base.color(QPalette::Highlight);
    if (isDark(base))
        fill = fill.darker(125);
    const QString css = QStringLiteral(
        "QPushButton { background: %1; color: %2; border: 1px solid %1; border-radius: 6px;"
        " padding: 6px 12px; }"
        "QPushButton:hover { background: %3; }"
        "QPushButton:pressed { background: %4; }"
        "QPushButton:focus { border: 2px solid %5; }"
        "QPushButton:disabled { background: %6; color: %7; border-color: %8; }");
    m_button->setStyleSheet(
        css.arg(fill.name(), base.color(QPalette::HighlightedText).name(), fill.lighter(110).name(),
                fill.darker(115).name(), base.color(QPalette::Text).name(),
                base.color(QPalette::AlternateBase).name(),
                base.color(QPalette::Disabled, QPalette::ButtonText).name(), c.cardBorder.name()));
}

} // namespace routiq
