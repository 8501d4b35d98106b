#include "kpicard.h"

#include "kpimodel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace routiq {

KpiCard::KpiCard(const QPersistentModelIndex &index, QWidget *parent)
    : QFrame(parent), m_index(index)
{
    setObjectName(QStringLiteral("KpiCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(170, 96);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("KpiTitle"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("KpiValue"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("KpiChange"));

    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch();
    refresh();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

void KpiCard::refresh()
{
    if (!m_index.isValid())
        return;
    const QString title = m_index.data(Qt::DisplayRole).toString();
    m_title->setText(title);
    setToolTip(m_index.data(Qt::ToolTipRole).toString());
    setAccessibleName(title);

    const QVariant value = m_index.data(KpiModel::ValueRole);
    const QLocale locale;
    m_value->setText(value.isValid() ? locale.toString(value.toDouble(), 'g', 10)
                                     : QStringLiteral("\u2014"));

    const QVariant change = m_index.data(KpiModel::ChangePercentRole);
    if (!change.isValid()) {
        m_change->setText(value.isValid() ? tr("no previous data") : tr("waiting for data"));
        m_change->setStyleSheet({});
        return;
    }
    const double c = change.toDouble();
    const bool up = c > 0;
    const bool good = (up == m_index.data(KpiModel::HigherIsBetterRole).toBool()) || c == 0;
    const QString arrow = c == 0 ? QStringLiteral("\u2192")
                                 : (up ? QStringLiteral("\u25B2") : QStringLiteral("\u25BC"));
    m_change->setText(tr("%1 %2% vs previous").arg(arrow, locale.toString(c, 'f', 1)));
    m_change->setStyleSheet(good ? QStringLiteral("color: #1b7f3b;")
                                 : QStringLiteral("color: #b3261e;"));
}

} // namespace routiq
