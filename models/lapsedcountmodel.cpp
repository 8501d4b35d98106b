#include "lapsedcountmodel.h"

#include "kpimodel.h"

#include <QLocale>

namespace routiq {

LapsedCountModel::LapsedCountModel(QObject *parent) : QAbstractListModel(parent) {}

int LapsedCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant LapsedCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("Dropped off");
    case Qt::ToolTipRole:
    case KpiModel::DefinitionRole:
        return tr("Patients whose last attended visit was %1 to %2 days ago and who have nothing "
                  "booked since: the re-engagement worklist.")
            .arg(m_query.minDays)
            .arg(m_query.maxDays);
    case KpiModel::KeyRole:
        return key();
    case KpiModel::ValueRole:
        return m_count ? QVariant(*m_count) : QVariant();
    case KpiModel::FormattedValueRole:
        return m_count ? QLocale().toString(*m_count) : QStringLiteral("\u2014");
    case KpiModel::FormattedChangeRole:
        if (!m_unavailable.isEmpty())
            return m_unavailable;
        if (!m_count)
            return tr("Counting\u2026");
        return tr("Last visit %1\u2013%2 days ago").arg(m_query.minDays).arg(m_query.maxDays);
    case KpiModel::ChangeToneRole:
        return 0;
    case KpiModel::HigherIsBetterRole:
        return false;
    default:
        return {};
    }
}

void LapsedCountModel::setCount(int count, QDate asOf, const LapsedQuery &query)
{
    m_count = count;
    m_asOf = asOf;
    m_query = query;
    m_unavailable.clear();
    emit dataChanged(index(0), index(0));
}

void LapsedCountModel::setUnavailable(const QString &reason)
{
    m_count.reset();
    m_unavailable = reason;
    emit dataChanged(index(0), index(0));
}

} // namespace routiq
