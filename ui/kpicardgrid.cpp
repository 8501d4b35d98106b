#include "kpicardgrid.h"

#include "kpicard.h"
#include "kpimodel.h"
#include "lapsedcountmodel.h"
#include "noshowkpimodel.h"
#include "noshowmodelcard.h"

#include <QGridLayout>
#include <QPushButton>
#include <QResizeEvent>

namespace routiq {

namespace {
constexpr int kWideFrom = 1150; // px of the grid's own width where five columns fit
} // namespace

KpiCardGrid::KpiCardGrid(KpiModel *kpis, QWidget *parent) : QWidget(parent)
{
    m_noShowKpis = new NoShowKpiModel(this);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    for (int row = 0; row < kpis->rowCount(); ++row) {
        auto *card = new KpiCard(QPersistentModelIndex(kpis->index(row)), this);
        connect(card, &KpiCard::activated, this, &KpiCardGrid::activated);
        m_cards.append(card);
    }
    connect(kpis, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    if (row >= 0 && row < m_cards.size())
                        m_cards.at(row)->refresh();
            });
    m_noShowCard = new KpiCard(QPersistentModelIndex(m_noShowKpis->index(0)), this);
    m_noShowCard->setObjectName(QStringLiteral("NoShowKpiCard"));
    connect(m_noShowCard, &KpiCard::activated, this, &KpiCardGrid::activated);
    connect(m_noShowKpis, &QAbstractItemModel::dataChanged, m_noShowCard, &KpiCard::refresh);
    m_lapsedCounts = new LapsedCountModel(this);
    m_lapsedCard = new KpiCard(QPersistentModelIndex(m_lapsedCounts->index(0)), this);
    m_lapsedCard->setObjectName(QStringLiteral("LapsedKpiCard"));
    connect(m_lapsedCard, &KpiCard::activated, this, &KpiCardGrid::activated);
    connect(m_lapsedCounts, &QAbstractItemModel::dataChanged, m_lapsedCard, &KpiCard::refresh);
    m_modelCard = new NoShowModelCard(this);
    connect(m_modelCard, &NoShowModelCard::retrainRequested, this, &KpiCardGrid::retrainRequested);
    layoutCards(4);
}

QList<QWidget *> KpiCardGrid::tabChain() const
{
    QList<QWidget *> chain(m_cards.cbegin(), m_cards.cend());
    chain << m_noShowCard << m_lapsedCard << m_modelCard->retrainButton();
    return chain;
}

void KpiCardGrid::setDrillDownEnabled(bool enabled)
{
    for (KpiCard *card : std::as_const(m_cards))
        card->setDrillDownEnabled(enabled);
    m_noShowCard->setDrillDownEnabled(enabled);
    m_lapsedCard->setDrillDownEnabled(enabled); // the count stays for every role
}

void KpiCardGrid::setNoShowSnapshot(const NoShowSnapshot &snapshot)
{
    m_noShowKpis->setSnapshot(snapshot);
    m_modelCard->setModelInfo(snapshot.model);
}

void KpiCardGrid::setNoShowUnavailable(const QString &reason)
{
    m_noShowKpis->setUnavailable(reason);
    m_modelCard->setUnavailable(reason);
}

void KpiCardGrid::setNoShowTraining(bool running)
{
    m_modelCard->setTraining(running);
}

void KpiCardGrid::layoutCards(int columns)
{
    m_columns = columns;
    QList<QWidget *> order(m_cards.cbegin(), m_cards.cend());
    order << m_noShowCard << m_lapsedCard;
    for (QWidget *w : std::as_const(order))
        m_grid->removeWidget(w);
    m_grid->removeWidget(m_modelCard);
    for (int i = 0; i < order.size(); ++i)
        m_grid->addWidget(order.at(i), i / columns, i % columns);
    const int next = int(order.size());
    m_grid->addWidget(m_modelCard, next / columns, next % columns, 1,
                      qMin(2, columns - next % columns));
    for (int c = 0; c < 5; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void KpiCardGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = event->size().width() >= kWideFrom ? 5 : 4;
    if (columns != m_columns)
        layoutCards(columns);
}

} // namespace routiq
