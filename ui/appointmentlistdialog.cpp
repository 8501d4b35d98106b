#include "appointmentlistdialog.h"

#include "appointmentlistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace routiq {

AppointmentListDialog::AppointmentListDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("AppointmentListDialog"));
    m_model = new AppointmentListModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::EditRole);

    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_heading->setFont(f);

    m_view = new QTableView(this);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AppointmentListModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Appointments"));

    m_empty = new QLabel(tr("No appointments make up this figure."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

void AppointmentListDialog::setRows(const QString &title, const QList<AppointmentRow> &rows)
{
    setWindowTitle(title);
    m_heading->setText(tr("%1 \u2014 %n appointment(s)", nullptr, int(rows.size())).arg(title));
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    m_view->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
}

} // namespace routiq
