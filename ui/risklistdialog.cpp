#include "risklistdialog.h"

#include "risktext.h"
#include "todayboarddelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace routiq {

RiskListDialog::RiskListDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("RiskListDialog"));
    m_model = new RiskListModel(this);

    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(
        new TodayBoardDelegate(RiskListModel::RiskColumn, RiskListModel::RiskBandRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Upcoming bookings by no-show risk"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RiskListDialog::updateDetail);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("RiskListDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 5);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_empty = new QLabel(tr("No upcoming bookings in the next 7 days."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(900, 560);
}

void RiskListDialog::setEntries(const QString &title, const QList<RiskListModel::Entry> &entries,
                                const NoShowSnapshot &snapshot, const RiskBands &bands)
{
    setWindowTitle(title);
    m_model->setEntries(entries, snapshot, bands);
    m_heading->setText(tr("%1 no-shows expected among the %2 upcoming bookings of the next 7 "
                          "days, highest risk first")
                           .arg(RiskText::expectedCount(m_model->totalRisk()),
                                QLocale().toString(int(entries.size()))));
    m_view->resizeColumnsToContents();
    m_view->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty());
    if (!entries.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateDetail();
}

QString RiskListDialog::detailText() const
{
    return m_detail->text();
}

void RiskListDialog::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->setText(current.isValid()
                          ? m_model->index(current.row(), 0).data(Qt::ToolTipRole).toString()
                          : tr("Select a booking to see every reason behind its risk."));
}

} // namespace routiq
