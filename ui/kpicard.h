#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;

namespace routiq {

// One KPI tile bound to a row of KpiModel: title, big value, change arrow and the definition
// as tooltip. Shows an em dash when there is no data yet.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QPersistentModelIndex &index, QWidget *parent = nullptr);

    void refresh();
    QString valueText() const;

private:
    QPersistentModelIndex m_index;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
};

} // namespace routiq
