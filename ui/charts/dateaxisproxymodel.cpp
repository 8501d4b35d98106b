#include "dateaxisproxymodel.h"

#include <QDate>
#include <QDateTime>

namespace routiq {

DateAxisProxyModel::DateAxisProxyModel(int dateColumn, QObject *parent)
    : QIdentityProxyModel(parent), m_dateColumn(dateColumn)
{}

QVariant DateAxisProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant v = QIdentityProxyModel::data(index, role);
    if (index.column() != m_dateColumn || role != Qt::DisplayRole)
        return v;
    return double(v.toDate().startOfDay().toMSecsSinceEpoch());
}

} // namespace routiq
