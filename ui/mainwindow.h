#pragma once

#include <QMainWindow>

#include <QList>

class QComboBox;
class QLabel;

namespace routiq {

class KpiCard;
class KpiModel;

// The dashboard window: clinic and period selectors, the live status line and the KPI cards.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(KpiModel *kpis, QWidget *parent = nullptr);

    void setClinicNames(const QStringList &names);
    void setStatusText(const QString &text);
    QList<KpiCard *> cards() const { return m_cards; }

private:
    QWidget *buildHeader();
    QWidget *buildCards();

    KpiModel *m_kpis = nullptr;
    QComboBox *m_clinic = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    QList<KpiCard *> m_cards;
};

} // namespace routiq
