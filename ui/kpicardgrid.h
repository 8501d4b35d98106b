#pragma once

#include "insights/noshowsnapshot.h"

#include <QList>
#include <QWidget>

class QGridLayout;

namespace routiq {

class KpiCard;
class KpiModel;
class NoShowKpiModel;
class NoShowModelCard;

// The dashboard's tiles: one KpiCard per KpiModel row, then the "Expected no-shows" card and
// the no-show model's quality card. Four across in a narrow window (long titles stay whole),
// five in a wide one, where all fourteen fill three rows and the charts stay on screen.
class KpiCardGrid : public QWidget
{
    Q_OBJECT
public:
    explicit KpiCardGrid(KpiModel *kpis, QWidget *parent = nullptr);

    QList<KpiCard *> cards() const { return m_cards; }
    KpiCard *noShowCard() const { return m_noShowCard; }
    NoShowModelCard *modelCard() const { return m_modelCard; }
    NoShowKpiModel *noShowKpis() const { return m_noShowKpis; }
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
    NoShowModelCard *m_modelCard = nullptr;
    int m_columns = 0;
};

} // namespace routiq
