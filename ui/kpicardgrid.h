#pragma once

#include "insights/noshowsnapshot.h"

#include <QList>
#include <QWidget>

class QGridLayout;

namespace routiq {

class KpiCard;
class KpiModel;
class LapsedCountModel;
class NoShowKpiModel;
class NoShowModelCard;

// The dashboard's tiles: one KpiCard per KpiModel row, then the "Expected no-shows" card, the
// "Dropped off" card (lapsed patients) and the no-show model's quality card. Four across in a
// narrow window (long titles stay whole), five in a wide one, where all fourteen fill three rows
// and the charts stay on screen.
class KpiCardGrid : public QWidget
{
    Q_OBJECT
public:
    explicit KpiCardGrid(KpiModel *kpis, QWidget *parent = nullptr);

    QList<KpiCard *> cards() const { return m_cards; }
    KpiCard *noShowCard() const { return m_noShowCard; }
    NoShowModelCard *modelCard() const { return m_modelCard; }
    NoShowKpiModel *noShowKpis() const { return m_noShowKpis; }
    KpiCard *lapsedCard() const { return m_lapsedCard; }
    LapsedCountModel *lapsedCounts() const { return m_lapsedCounts; }
    // The shown clinic's no-show risk: the figure and the model's quality.
    void setNoShowSnapshot(const NoShowSnapshot &snapshot);
    void setNoShowUnavailable(const QString &reason);
    void setNoShowTraining(bool running);
    // Every focusable tile and button in reading order, for the window's tab chain.
    QList<QWidget *> tabChain() const;
    void setDrillDownEnabled(bool enabled);
    int columns() const { return m_columns; }

signals:
    void activated(const QString &kpiKey);
    void retrainRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutCards(int columns);

    QGridLayout *m_grid = nullptr;
    QList<KpiCard *> m_cards;
    NoShowKpiModel *m_noShowKpis = nullptr;
    KpiCard *m_noShowCard = nullptr;
    LapsedCountModel *m_lapsedCounts = nullptr;
    KpiCard *m_lapsedCard = nullptr;
    NoShowModelCard *m_modelCard = nullptr;
    int m_columns = 0;
};

} // namespace routiq
