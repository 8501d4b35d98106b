#include "risklistmodel.h"

#include "risktext.h"

#include <QLocale>

#include <algorithm>

namespace routiq {

RiskListModel::RiskListModel(QObject *parent) : QAbstractTableModel(parent) {}

int RiskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RiskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case RiskRole:
        return e.score.risk;
    case AppointmentIdRole:
        return e.score.appointmentId;
    case RiskBandRole:
        return index.column() == RiskColumn ? QVariant(int(m_bands.bandOf(e.score.risk)))
                                            : QVariant();
    case Qt::ToolTipRole:
        return RiskText::tooltip(e.score, m_bands, m_model);
    case Qt::EditRole: // sortable raw values
        if (index.column() == RiskColumn)
            return e.score.risk;
        if (index.column() == WhenColumn)
            return e.localStart;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RiskColumn:
            return RiskText::bandAndPercent(m_bands.bandOf(e.score.risk), e.score.risk);
        case WhenColumn:
            return tr("%1 %2").arg(
                locale.toString(e.localStart.date(), QStringLiteral("ddd d MMM")),
                shortTimeText(e.localStart.time()));
        case PractitionerColumn:
            return e.practitioner;
        case PatientColumn:
            return e.patient.isEmpty() ? tr("(hidden)") : e.patient;
        case ReasonsColumn: {
            QStringList lines;
            for (const RiskReason &r : e.score.reasons.mid(0, 3))
                lines << RiskText::reasonLine(r);
            return lines.join(QStringLiteral("; "));
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant RiskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case RiskColumn:
        return tr("No-show risk");
    case WhenColumn:
        return tr("Starts");
    case PractitionerColumn:
        return tr("Practitioner");
    case PatientColumn:
        return tr("Patient");
    case ReasonsColumn:
        return tr("Main reasons");
    }
    return {};
}

QList<RiskListModel::Entry> RiskListModel::join(const QList<AppointmentListRow> &rows,
                                                const NoShowSnapshot &snapshot,
                                                const QDateTime &untilUtc, const LocalZones &zones)
{
    QHash<RecordId, const AppointmentListRow *> byId;
    for (const AppointmentListRow &r : rows)
        byId.insert(r.id, &r);
    QList<Entry> out;
    for (const ScoredBooking &b : snapshot.bookings) {
        if (!(b.startsAtUtc < untilUtc))
            continue;
        const AppointmentListRow *r = byId.value(b.appointmentId);
        if (!r)
            continue; // outside the listed dates or filters
        out.append(
            {b, zones.local(b.startsAtUtc, b.locationId), r->practitionerName, r->patientName});
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.score.risk != b.score.risk ? a.score.risk > b.score.risk
                                            : a.score.startsAtUtc < b.score.startsAtUtc;
    });
    return out;
}

void RiskListModel::setEntries(const QList<Entry> &entries, const NoShowSnapshot &snapshot,
                               const RiskBands &bands)
{
    beginResetModel();
    m_entries = entries;
    m_model = snapshot.model;
    m_bands = bands;
    endResetModel();
}

double RiskListModel::totalRisk() const
{
    double sum = 0;
    for (const Entry &e : m_entries)
        sum += e.score.risk;
    return sum;
}

} // namespace routiq
