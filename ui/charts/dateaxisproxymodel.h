#pragma once

#include <QIdentityProxyModel>

namespace routiq {

// Presents a QDate column as milliseconds since the epoch (local midnight), the number a
// QDateTimeAxis expects from QVXYModelMapper; all other cells pass through unchanged.
class DateAxisProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit DateAxisProxyModel(int dateColumn, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_dateColumn;
};

} // namespace routiq
