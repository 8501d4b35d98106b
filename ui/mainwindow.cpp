#include "mainwindow.h"

#include "kpicard.h"
#include "kpimodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStatusBar>
#include <QVBoxLayout>

namespace routiq {

MainWindow::MainWindow(KpiModel *kpis, QWidget *parent) : QMainWindow(parent), m_kpis(kpis)
{
    setWindowTitle(tr("Routiq"));
    setObjectName(QStringLiteral("MainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildHeader());

    auto *scroll = new QScrollArea(central);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildCards());
    layout->addWidget(scroll, 1);
    setCentralWidget(central);

    connect(m_kpis, &QAbstractItemModel::dataChanged, this, [this] {
        for (KpiCard *card : std::as_const(m_cards))
            card->refresh();
    });
    resize(1100, 720);
}

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);

    auto *brand = new QLabel(tr("Routiq"), header);
    QFont f = brand->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    brand->setFont(f);
    row->addWidget(brand);
    row->addSpacing(16);

    auto *clinicLabel = new QLabel(tr("&Clinic:"), header);
    m_clinic = new QComboBox(header);
    m_clinic->setMinimumWidth(200);
    clinicLabel->setBuddy(m_clinic);
    row->addWidget(clinicLabel);
    row->addWidget(m_clinic);

    auto *periodLabel = new QLabel(tr("&Period:"), header);
    m_period = new QComboBox(header);
    m_period->addItems(
        {tr("This week"), tr("This month"), tr("Previous week"), tr("Previous month")});
    periodLabel->setBuddy(m_period);
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addStretch();

    m_status = new QLabel(tr("Not connected"), header);
    m_status->setObjectName(QStringLiteral("LiveStatus"));
    row->addWidget(m_status);
    return header;
}

QWidget *MainWindow::buildCards()
{
    auto *container = new QWidget(this);
    auto *grid = new QGridLayout(container);
    constexpr int columns = 4;
    for (int row = 0; row < m_kpis->rowCount(); ++row) {
        auto *card = new KpiCard(QPersistentModelIndex(m_kpis->index(row)), container);
        grid->addWidget(card, row / columns, row % columns);
        m_cards.append(card);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    return container;
}

void MainWindow::setClinicNames(const QStringList &names)
{
    m_clinic->clear();
    m_clinic->addItems(names);
}

void MainWindow::setStatusText(const QString &text)
{
    m_status->setText(text);
}

} // namespace routiq
