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
    KpiModel::Kind kind;
};

using Kind = KpiModel::Kind;

// The one definition of each figure, worded as in shared/brief/metrics.md.
constexpr std::array<KpiSpec, 12> kKpis{{
    {"totalBookings", QT_TRANSLATE_NOOP("routiq::KpiModel", "Total bookings"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Appointments in the period that are neither cancelled nor deleted."),
     true, Kind::Count},
    {"activePatients", QT_TRANSLATE_NOOP("routiq::KpiModel", "Active patients"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Distinct patients with at least one booking in the period."),
     true, Kind::Count},
    {"newPatients", QT_TRANSLATE_NOOP("routiq::KpiModel", "New patients"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Patients whose earliest booking ever falls in the period."),
     true, Kind::Count},
    {"dailyAverage", QT_TRANSLATE_NOOP("routiq::KpiModel", "Daily average"),
     QT_TRANSLATE_NOOP(
         "routiq::KpiModel",
         "Bookings divided by the number of days in the period that have at least one booking."),
     true, Kind::Average},
    {"missedAppointments", QT_TRANSLATE_NOOP("routiq::KpiModel", "Missed (DNA)"),
     QT_TRANSLATE_NOOP("routiq::KpiModel", "Bookings in the period marked as did not arrive."),
     false, Kind::Count},
    {"missedAppointmentsPercentage", QT_TRANSLATE_NOOP("routiq::KpiModel", "Missed rate"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Missed bookings as a percentage of all bookings in the period."),
     false, Kind::Percent},
    {"cancellations", QT_TRANSLATE_NOOP("routiq::KpiModel", "Cancellations"),
     QT_TRANSLATE_NOOP("routiq::KpiModel", "Cancelled (not deleted) appointments in the period."),
     false, Kind::Count},
    {"cancellationRate", QT_TRANSLATE_NOOP("routiq::KpiModel", "Cancellation rate"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Cancellations as a percentage of bookings plus cancellations."),
     false, Kind::Percent},
    {"lateCancellations", QT_TRANSLATE_NOOP("routiq::KpiModel", "Late cancellations"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Cancellations made less than 24 hours before the appointment start."),
     false, Kind::Count},
    {"attendedAppointments", QT_TRANSLATE_NOOP("routiq::KpiModel", "Attended"),
     QT_TRANSLATE_NOOP("routiq::KpiModel", "Bookings in the period where the patient arrived."),
     true, Kind::Count},
    {"patientVisitAverage", QT_TRANSLATE_NOOP("routiq::KpiModel", "Patient visit average"),
     QT_TRANSLATE_NOOP("routiq::KpiModel",
                       "Attended appointments divided by new patients in the period."),
     true, Kind::Average},
    {"rebookRate", QT_TRANSLATE_NOOP("routiq::KpiModel", "Rebook rate"),
     QT_TRANSLATE_NOOP(
         "routiq::KpiModel",
         "Attended bookings whose patient has another booking later, as a percentage."),
     true, Kind::Percent},
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
    if (key == "patientVisitAverage")
        return m.patientVisitAverage;
    if (key == "rebookRate")
        return m.rebookRate;
    return std::nullopt;
}

QVariant toVariant(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

// The figures that depend on outcomes (docs/metrics.md "Running period, like for like"): on a
// running period the days still to come have no outcome yet, so their change is the to-date one.
bool usesToDate(const char *key)
{
    for (const char *k :
         {"missedAppointments", "missedAppointmentsPercentage", "cancellations", "cancellationRate",
          "lateCancellations", "attendedAppointments", "patientVisitAverage", "rebookRate"})
        if (qstrcmp(key, k) == 0)
            return true;
    return false;
}

} // namespace

KpiModel::KpiModel(QObject *parent) : QAbstractListModel(parent) {}

bool KpiModel::isToDate(int row, const MetricsSnapshot &s)
{
    return s.toDate.has_value() && usesToDate(kKpis[size_t(row)].key);
}

QString KpiModel::comparisonText(const MetricsSnapshot &s)
{
    // Dates given without a period are a custom range: "period" is all one can say.
    if (!s.request.startDate.isValid() && s.request.period == MetricsRequest::Period::Week)
        return tr("vs the same days last week");
    if (!s.request.startDate.isValid() && s.request.period == MetricsRequest::Period::Month)
        return tr("vs the same days last month");
    return tr("vs the same days of the previous period");
}

QString KpiModel::toolTipFor(int row) const
{
    const QString definition = tr(kKpis[size_t(row)].definition);
    if (!m_snapshot || !isToDate(row, *m_snapshot))
        return definition;
    const ToDateMetrics &t = *m_snapshot->toDate;
    const QLocale l;
    const auto span = [&l](QDate a, QDate b) {
        return a == b ? l.toString(a, QLocale::ShortFormat)
                      : tr("%1 \u2013 %2")
                            .arg(l.toString(a, QLocale::ShortFormat),
                                 l.toString(b, QLocale::ShortFormat));
    };
    return tr("%1\nThe period is still running: the change compares %2 with %3.")
        .arg(definition, span(t.startDate, t.endDate),
             span(t.previousStartDate, t.previousEndDate));
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kKpis.size());
}

int KpiModel::rowOfKey(const QString &key) const
{
    for (size_t i = 0; i < kKpis.size(); ++i)
        if (key == QLatin1String(kKpis[i].key))
            return int(i);
    return -1;
}

QVariant KpiModel::valueFor(int row, const ClinicMetrics &m) const
{
    return toVariant(number(m, QByteArray(kKpis[size_t(row)].key)));
}

QVariant KpiModel::changeFor(int row, const MetricsSnapshot &s) const
{
    const KpiSpec &spec = kKpis[size_t(row)];
    // The engine's own figure wins where the definitions name one (rounded, null when P = 0).
    if (qstrcmp(spec.key, "totalBookings") == 0)
        return toVariant(s.current.totalBookingsChange);
    const bool toDate = isToDate(row, s);
    const QVariant cur = valueFor(row, toDate ? s.toDate->current : s.current);
    const QVariant prev = valueFor(row, toDate ? s.toDate->previous : s.previous);
    if (!cur.isValid() || !prev.isValid())
        return {};
    if (spec.kind == Kind::Percent)
        return cur.toDouble() - prev.toDouble(); // percentage points
    if (prev.toDouble() == 0)
        return {};
    return (cur.toDouble() - prev.toDouble()) / prev.toDouble() * 100.0;
}

QString KpiModel::formatValue(int row, const QVariant &value) const
{
    if (!value.isValid())
        return QStringLiteral("\u2014");
    const QLocale locale;
    const double v = value.toDouble();
    switch (kKpis[size_t(row)].kind) {
    case Kind::Count:
        return locale.toString(qint64(std::llround(v)));
    case Kind::Average:
        return locale.toString(v, 'f', 2);
    case Kind::Percent:
        return tr("%1%").arg(locale.toString(v, 'f', 1));
    }
    return {};
}

int KpiModel::toneFor(int row) const
{
    if (!m_snapshot)
        return 0;
    const QVariant change = changeFor(row, *m_snapshot);
    if (!change.isValid() || std::abs(change.toDouble()) < 0.05)
        return 0;
    const bool up = change.toDouble() > 0;
    return up == kKpis[size_t(row)].higherIsBetter ? 1 : -1;
}

QString KpiModel::formatChange(int row) const
{
    if (!m_snapshot)
        return tr("Waiting for data");
    const KpiSpec &spec = kKpis[size_t(row)];
    if (!valueFor(row, m_snapshot->current).isValid()) {
        if (qstrcmp(spec.key, "patientVisitAverage") == 0)
            return tr("No new patients in this period");
        return tr("No value for this period");
    }
    const QVariant change = changeFor(row, *m_snapshot);
    if (!change.isValid())
        return tr("No previous data to compare");
    const double c = change.toDouble();
    const QLocale locale;
    const QString arrow = std::abs(c) < 0.05
                              ? QStringLiteral("\u25B6")
                              : (c > 0 ? QStringLiteral("\u25B2") : QStringLiteral("\u25BC"));
    const QString amount = locale.toString(std::abs(c), 'f', 1);
    if (isToDate(row, *m_snapshot))
        return spec.kind == Kind::Percent
                   ? tr("%1 %2 pts %3").arg(arrow, amount, comparisonText(*m_snapshot))
                   : tr("%1 %2% %3").arg(arrow, amount, comparisonText(*m_snapshot));
    return spec.kind == Kind::Percent ? tr("%1 %2 pts vs previous period").arg(arrow, amount)
                                      : tr("%1 %2% vs previous period").arg(arrow, amount);
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const KpiSpec &spec = kKpis[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return tr(spec.title);
    case Qt::ToolTipRole:
        return toolTipFor(row);
    case DefinitionRole:
        return tr(spec.definition);
    case KeyRole:
        return QString::fromLatin1(spec.key);
    case HigherIsBetterRole:
        return spec.higherIsBetter;
    case ChangeIsPointsRole:
        return spec.kind == Kind::Percent;
    case ValueRole:
        return m_snapshot ? valueFor(row, m_snapshot->current) : QVariant();
    case PreviousValueRole:
        return m_snapshot ? valueFor(row, m_snapshot->previous) : QVariant();
    case ChangePercentRole:
        return m_snapshot ? changeFor(row, *m_snapshot) : QVariant();
    case ChangeIsToDateRole:
        return m_snapshot && isToDate(row, *m_snapshot);
    case FormattedValueRole:
        return formatValue(row, m_snapshot ? valueFor(row, m_snapshot->current) : QVariant());
    case FormattedChangeRole:
        return formatChange(row);
    case ChangeToneRole:
        return toneFor(row);
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
    names.insert(FormattedValueRole, "formattedValue");
    names.insert(FormattedChangeRole, "formattedChange");
    names.insert(ChangeIsPointsRole, "changeIsPoints");
    names.insert(ChangeToneRole, "changeTone");
    names.insert(ChangeIsToDateRole, "changeIsToDate");
    return names;
}

void KpiModel::setSnapshot(const MetricsSnapshot &snapshot)
{
    const std::optional<MetricsSnapshot> old = std::exchange(m_snapshot, snapshot);
    const QList<int> roles{ValueRole,          PreviousValueRole,   ChangePercentRole,
                           FormattedValueRole, FormattedChangeRole, ChangeToneRole,
                           ChangeIsToDateRole, Qt::ToolTipRole};
    for (int row = 0; row < rowCount(); ++row) {
        const bool same = old && valueFor(row, old->current) == valueFor(row, snapshot.current) &&
                          valueFor(row, old->previous) == valueFor(row, snapshot.previous) &&
                          changeFor(row, *old) == changeFor(row, snapshot) &&
                          isToDate(row, *old) == isToDate(row, snapshot) &&
                          (!isToDate(row, snapshot) || old->toDate == snapshot.toDate) &&
                          old->request.period == snapshot.request.period;
        if (!same)
            emit dataChanged(index(row), index(row), roles);
    }
}

void KpiModel::clear()
{
    if (!m_snapshot)
        return;
    m_snapshot.reset();
    emit dataChanged(index(0), index(rowCount() - 1),
                     {ValueRole, PreviousValueRole, ChangePercentRole, FormattedValueRole,
                      FormattedChangeRole, ChangeToneRole, ChangeIsToDateRole, Qt::ToolTipRole});
}

} // namespace routiq
