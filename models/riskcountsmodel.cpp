#include "riskcountsmodel.h"

#include <QLocale>

#include <algorithm>

namespace routiq {

RiskCountsModel::RiskCountsModel(QObject *parent) : QAbstractTableModel(parent) {}

int RiskCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RiskCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    const bool total = index.row() == m_lines.size() - 1;
    if (role == Qt::TextAlignmentRole)
        return index.column() == PractitionerColumn ? QVariant() : QVariant(Qt::AlignCenter);
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case PractitionerColumn:
        return total ? tr("All practitioners") : l.name;
    case LowColumn:
    case ElevatedColumn:
    case HighColumn:
        return role == Qt::EditRole
                   ? QVariant(l.bands[size_t(index.column() - LowColumn)])
                   : QVariant(QLocale().toString(l.bands[size_t(index.column() - LowColumn)]));
    case TotalColumn: {
        const int n = l.bands[0] + l.bands[1] + l.bands[2];
        return role == Qt::EditRole ? QVariant(n) : QVariant(QLocale().toString(n));
    }
    }
    return {};
}

QVariant RiskCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PractitionerColumn:
        return tr("Practitioner");
    case LowColumn:
        return tr("Low risk");
    case ElevatedColumn:
        return tr("Elevated risk");
    case HighColumn:
        return tr("High risk");
    case TotalColumn:
        return tr("Upcoming bookings");
    }
    return {};
}

void RiskCountsModel::setSnapshot(const NoShowSnapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void RiskCountsModel::setDay(QDate day)
{
    m_day = day;
    rebuild();
}

void RiskCountsModel::setZones(const LocalZones &zones)
{
    m_zones = zones;
    rebuild();
}

void RiskCountsModel::setBands(const RiskBands &bands)
{
    m_bands = bands;
    rebuild();
}

void RiskCountsModel::setPractitionerNames(const QHash<RecordId, QString> &names)
{
    m_names = names;
    rebuild();
}

void RiskCountsModel::clear()
{
    m_snapshot = {};
    rebuild();
}

std::array<int, 3> RiskCountsModel::counts(RecordId practitionerId) const
{
    for (const Line &l : m_lines)
        if (l.practitionerId == practitionerId)
            return l.bands;
    return {};
}

void RiskCountsModel::rebuild()
{
    beginResetModel();
    m_lines.clear();
    if (m_snapshot.model.status == NoShowModelInfo::Status::Ready) {
        QHash<RecordId, int> lineOf;
        Line total;
        for (const ScoredBooking &b : std::as_const(m_snapshot.bookings)) {
            if (m_zones.local(b.startsAtUtc, b.locationId).date() != m_day)
                continue;
            auto it = lineOf.constFind(b.practitionerId);
            if (it == lineOf.cend()) {
                it = lineOf.insert(b.practitionerId, int(m_lines.size()));
                const QString name = m_names.value(b.practitionerId);
                m_lines.append(
                    {b.practitionerId, name.isEmpty() ? tr("(no practitioner)") : name, {}});
            }
            const size_t band = size_t(m_bands.bandOf(b.risk));
            ++m_lines[*it].bands[band];
            ++total.bands[band];
        }
        std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        m_lines.append(total); // practitioner id 0: the whole day
    }
    endResetModel();
}

} // namespace routiq
