#pragma once

#include "cardframe.h"

#include <QPersistentModelIndex>

class QLabel;

namespace routiq {

// One KPI tile bound to a row of KpiModel: title, big value, change arrow coloured by whether
// the move is good (for missed/cancellations up is bad) and the definition as tooltip. Clicking
// it, or Enter/Space while focused, asks for the appointments behind the figure.
class KpiCard : public CardFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QPersistentModelIndex &index, QWidget *parent = nullptr);

    void refresh();
    QString key() const;
    QString valueText() const;
    QString changeText() const;
    int tone() const { return m_tone; } // +1 good, -1 bad, 0 neutral
    // Off for roles without patient-level access: the card is then a plain figure.
    void setDrillDownEnabled(bool enabled);
    bool drillDownEnabled() const { return m_drillDown; }

signals:
    void activated(const QString &kpiKey);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyToneColour();

    QPersistentModelIndex m_index;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    int m_tone = 0;
    bool m_drillDown = true;
};

} // namespace routiq
