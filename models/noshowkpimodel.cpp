#include "noshowkpimodel.h"

#include "kpimodel.h"
#include "risktext.h"

#include <QLocale>

namespace routiq {

NoShowKpiModel::NoShowKpiModel(QObject *parent) : QAbstractListModel(parent) {}

int NoShowKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QDateTime NoShowKpiModel::untilUtc() const
{
    return m_snapshot ? m_snapshot->generatedAt.addDays(kHorizonDays) : QDateTime();
}

std::optional<double> NoShowKpiModel::value() const
{
    if (!m_snapshot || m_snapshot->model.status != NoShowModelInfo::Status::Ready)
        return std::nullopt;
    return m_snapshot->expectedNoShows(untilUtc());
}

int NoShowKpiModel::bookingsCounted() const
{
    if (!value())
        return 0;
    int n = 0;
    for (const ScoredBooking &b : m_snapshot->bookings)
        n += b.startsAtUtc < untilUtc() ? 1 : 0;
    return n;
}

QVariant NoShowKpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<double> v = value();
    switch (role) {
    case Qt::DisplayRole:
        return tr("Expected no-shows (next 7 days)");
    case Qt::ToolTipRole:
    case KpiModel::DefinitionRole: {
        QString definition =
            tr("The sum of the no-show risks of the bookings that start in the next 7 days: how "
               "many of them are likely not to arrive.");
        if (m_snapshot && !v)
            definition += QLatin1Char('\n') + RiskText::notReady(m_snapshot->model);
        return definition;
    }
    case KpiModel::KeyRole:
        return key();
    case KpiModel::ValueRole:
        return v ? QVariant(*v) : QVariant();
    case KpiModel::FormattedValueRole:
        return v ? RiskText::expectedCount(*v) : QStringLiteral("\u2014");
    case KpiModel::FormattedChangeRole:
        if (!m_unavailable.isEmpty())
            return m_unavailable;
        if (!m_snapshot)
            return tr("Waiting for the risk model");
        if (!v)
            return RiskText::notReady(m_snapshot->model);
        return tr("Bookings counted: %1").arg(bookingsCounted());
    case KpiModel::ChangeToneRole:
        return 0;
    case KpiModel::HigherIsBetterRole:
        return false;
    default:
        return {};
    }
}

void NoShowKpiModel::setSnapshot(const NoShowSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_unavailable.clear();
    emit dataChanged(index(0), index(0));
}

void NoShowKpiModel::setUnavailable(const QString &reason)
{
    m_snapshot.reset();
    m_unavailable = reason;
    emit dataChanged(index(0), index(0));
}

} // namespace routiq
