#include "kpimodel.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace routiq {

namespace {

struct KpiSpec
{
    const char *key;
    const char *title;
    const char *definition;
    bool higherIsBetter;
    bool percent;
};

// The one definition of each figure, worded as in shared/brief/metrics.md.
constexpr std::array<KpiSpec, 11> kKpis{{
    {"totalBookings", QT_TRANSLATE_NOOP("routiq::KpiModel", "Total bookings"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Appointments in the period that are neither cancelled nor deleted."),
     true, false},
    {"activePatients", QT_TRANSLATE_NOOP("routiq::KpiModel", "Active patients"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Distinct patients with at least one booking in the period."),
     true, false},
    {"newPatients", QT_TRANSLATE_NOOP("routiq::KpiModel", "New patients"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Patients whose earliest booking ever falls in the period."),
     true, false},
    {"dailyAverage", QT_TRANSLATE_NOOP("routiq::KpiModel", "Daily average"),
     QT_TRANSLATE_NOOP(
         "routiq::KpiModel",
         "Bookings divided by the number of days in the period that have at least one booking."),
     true, false},
    {"missedAppointments", QT_TRANSLATE_NOOP("routiq::KpiModel", "Missed (DNA)"),
     QT_TRANSLATE_NOOP("routiq::KpiModel", "Bookings in the period marked as did not arrive."),
     false, false},
    {"missedAppointmentsPercentage", QT_TRANSLATE_NOOP("routiq::KpiModel", "Missed rate"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Missed bookings as a percentage of all bookings in the period."),
     false, true},
    {"cancellations", QT_TRANSLATE_NOOP("routiq::KpiModel", "Cancellations"),
     QT_TRANSLATE_NOOP("routiq::KpiModel", "Cancelled (not deleted) appointments in the period."),
     false, false},
    {"cancellationRate", QT_TRANSLATE_NOOP("routiq::KpiModel", "Cancellation rate"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Cancellations as a percentage of bookings plus cancellations."),
     false, true},
    {"lateCancellations", QT_TRANSLATE_NOOP("routiq::KpiModel", "Late cancellations"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Cancellations made less than 24 hours before the appointment start."),
     false, false},
    {"attendedAppointments", QT_TRANSLATE_NOOP("routiq::KpiModel", "Attended"),
     QT_TRANSLATE_NOOP("routiq::KpiModel", "Bookings in the period where the patient arrived."),
     true, false},
    {"rebookRate", QT_TRANSLATE_NOOP("routiq::KpiModel", "Rebook rate"),
     QT_TRANSLATE_NOOP(
         "routiq::KpiModel",
         "Attended bookings whose patient has another booking later, as a percentage."),
     true, true},
}};

std::optional<double> number(const ClinicMetrics &m, const QByteArray &key)
{
    if (key == "totalBookings")
        return m.totalBookings;
    if (key == "activePatients")
        return m.activePatients;
    if (key == "newPatients")
        return m.newPatients;
    if (key == "dailyAverage")
        return m.dailyAverage;
    if (key == "missedAppointments")
        return m.missedAppointments;
    if (key == "missedAppointmentsPercentage")
        return m.missedAppointmentsPercentage;
    if (key == "cancellations")
        return m.cancellations;
    if (key == "cancellationRate")
        return m.cancellationRate;
    if (key == "lateCancellations")
        return m.lateCancellations;
    if (key == "attendedAppointments")
        return m.attendedAppointments;
    if (key == "rebookRate")
        return m.rebookRate;
    return std::nullopt;
}

} // namespace

KpiModel::KpiModel(QObject *parent) : QAbstractListModel(parent) {}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kKpis.size());
}

QVariant KpiModel::valueFor(int row, const ClinicMetrics &m) const
{
    const auto v = number(m, QByteArray(kKpis[size_t(row)].key));
    return v ? QVariant(*v) : QVariant();
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiSpec &spec = kKpis[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr(spec.title);
    case Qt::ToolTipRole:
    case DefinitionRole:
        return tr(spec.definition);
    case KeyRole:
        return QString::fromLatin1(spec.key);
    case HigherIsBetterRole:
        return spec.higherIsBetter;
    case ValueRole:
        return m_snapshot ? valueFor(index.row(), m_snapshot->current) : QVariant();
    case PreviousValueRole:
        return m_snapshot ? valueFor(index.row(), m_snapshot->previous) : QVariant();
    case ChangePercentRole: {
        if (!m_snapshot)
            return {};
        const double cur = valueFor(index.row(), m_snapshot->current).toDouble();
        const double prev = valueFor(index.row(), m_snapshot->previous).toDouble();
        if (spec.percent)
            return cur - prev; // percentage points
        if (prev == 0)
            return {};
        return (cur - prev) / prev * 100.0;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(ValueRole, "value");
    names.insert(PreviousValueRole, "previousValue");
    names.insert(ChangePercentRole, "changePercent");
    names.insert(HigherIsBetterRole, "higherIsBetter");
    names.insert(DefinitionRole, "definition");
    return names;
}

void KpiModel::setSnapshot(const MetricsSnapshot &snapshot)
{
    const std::optional<MetricsSnapshot> old = std::exchange(m_snapshot, snapshot);
    for (int row = 0; row < rowCount(); ++row) {
        const bool same = old && valueFor(row, old->current) == valueFor(row, snapshot.current) &&
                          valueFor(row, old->previous) == valueFor(row, snapshot.previous);
        if (!same)
            emit dataChanged(index(row), index(row),
                             {ValueRole, PreviousValueRole, ChangePercentRole});
    }
}

void KpiModel::clear()
{
    if (!m_snapshot)
        return;
    m_snapshot.reset();
    emit dataChanged(index(0), index(rowCount() - 1),
                     {ValueRole, PreviousValueRole, ChangePercentRole});
}

} // namespace routiq
