#include "kpicard.h"

#include "kpimodel.h"
#include "theme.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace routiq {

KpiCard::KpiCard(const QPersistentModelIndex &index, QWidget *parent)
    : CardFrame(parent), m_index(index)
{
    setObjectName(QStringLiteral("KpiCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(170, 92);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("KpiTitle"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("KpiValue"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("KpiChange"));
    m_change->setWordWrap(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_change->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch();
    refresh();
}

QString KpiCard::key() const
{
    return m_index.data(KpiModel::KeyRole).toString();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::refresh()
{
    if (!m_index.isValid())
        return;
    const QString title = m_index.data(Qt::DisplayRole).toString();
    const QString definition = m_index.data(Qt::ToolTipRole).toString();
    m_title->setText(title);
    setToolTip(definition);
    setAccessibleName(title);
    m_value->setText(m_index.data(KpiModel::FormattedValueRole).toString());
    m_change->setText(m_index.data(KpiModel::FormattedChangeRole).toString());
    m_tone = m_index.data(KpiModel::ChangeToneRole).toInt();
    setAccessibleDescription(m_value->text() + QLatin1String(", ") + m_change->text() +
                             QLatin1String(". ") + definition);
    applyToneColour();
}

void KpiCard::applyToneColour()
{
    const ThemeColors c = themeColors(palette());
    QPalette p = m_change->palette();
    p.setColor(QPalette::WindowText, m_tone > 0   ? c.good
                                     : m_tone < 0 ? c.bad
                                                  : palette().color(QPalette::PlaceholderText));
    m_change->setPalette(p);
    QPalette tp = m_title->palette();
    tp.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_title->setPalette(tp);
}

void KpiCard::changeEvent(QEvent *event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyToneColour();
    else if (event->type() == QEvent::LanguageChange)
        refresh();
}

void KpiCard::setDrillDownEnabled(bool enabled)
{
    m_drillDown = enabled;
    setCursor(enabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drillDown && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint())) {
        emit activated(key());
        return;
    }
    CardFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (m_drillDown && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                        event->key() == Qt::Key_Space)) {
        emit activated(key());
        return;
    }
    CardFrame::keyPressEvent(event);
}

} // namespace routiq
