#include "todayboardmodel.h"

#include "risktext.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace routiq {

namespace {

constexpr quintptr kTopLevel = 0;

QString timeText(QTime t)
{
    return shortTimeText(t);
}

QString spanText(QTime from, QTime to)
{
    return to.isValid() ? TodayBoardModel::tr("%1\u2013%2").arg(timeText(from), timeText(to))
                        : timeText(from);
}

bool isCancelled(const AppointmentListRow &r)
{
    return r.status == AppointmentStatus::Cancelled || r.status == AppointmentStatus::Deleted;
}

} // namespace

TodayBoardModel::TodayBoardModel(QObject *parent) : QAbstractItemModel(parent) {}

int TodayBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_sections.at(parent.row()).entries.size());
}

int TodayBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex TodayBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TodayBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

QVariant TodayBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return sectionData(m_sections.at(index.row()), index.column(), role);
    const Section &s = m_sections.at(int(index.internalId() - 1));
    const Entry &e = s.entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    return e.kind == Kind::Gap ? gapData(e.gap, index.column(), role)
                               : bookingData(m_rows.at(e.row), index.column(), role);
}

QVariant TodayBoardModel::sectionData(const Section &s, int column, int role) const
{
    if (role == KindRole)
        return int(Kind::Practitioner);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == TimeColumn)
        return s.name.isEmpty() ? tr("(no practitioner)") : s.name;
    if (column == PatientColumn) {
        // Counts as "label: n", which reads right in every language without plural forms.
        QStringList parts{tr("Bookings: %1").arg(s.bookings)};
        if (s.gaps > 0)
            parts << tr("gaps: %1").arg(s.gaps);
        if (s.highRisk > 0)
            parts << tr("high risk: %1").arg(s.highRisk);
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    return {};
}

QVariant TodayBoardModel::bookingData(const AppointmentListRow &r, int column, int role) const
{
    const ScoredBooking *score = scoreOf(r.id);
    switch (role) {
    case AppointmentIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case LateCancellationRole:
        return r.lateCancellation;
    case RiskRole:
        return score ? QVariant(score->risk) : QVariant();
    case RiskBandRole:
        return score ? QVariant(int(m_bands.bandOf(score->risk))) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case TimeColumn:
            return spanText(localStart(r), localEnd(r));
        case PatientColumn:
            return r.patientName.isEmpty() ? tr("(hidden)") : r.patientName;
        case StatusColumn:
            return statusText(r);
        case RiskColumn:
            if (score)
                return RiskText::bandAndPercent(m_bands.bandOf(score->risk), score->risk);
            // An upcoming booking without a score: say why rather than leave a blank.
            if (r.status == AppointmentStatus::Booked && m_now.isValid() && r.startsAtUtc > m_now &&
                m_snapshot.model.status != NoShowModelInfo::Status::Ready)
                return QStringLiteral("\u2014");
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (score)
            return RiskText::tooltip(*score, m_bands, m_snapshot.model);
        if (column == StatusColumn && r.lateCancellation)
            return tr("Cancelled less than 24 hours before the start: a slot to refill.");
        if (column == RiskColumn && r.status == AppointmentStatus::Booked &&
            m_snapshot.model.status != NoShowModelInfo::Status::Ready)
            return RiskText::notReady(m_snapshot.model);
        return {};
    default:
        return {};
    }
}

QVariant TodayBoardModel::gapData(const Gap &g, int column, int role) const
{
    if (role == GapMinutesRole)
        return g.minutes();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == TimeColumn)
        return spanText(g.from, g.to);
    if (column == PatientColumn)
        return tr("Free: %1 min").arg(g.minutes());
    return {};
}

QVariant TodayBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PatientColumn:
        return tr("Patient");
    case StatusColumn:
        return tr("Status");
    case RiskColumn:
        return tr("No-show risk");
    default:
        return {};
    }
}

QString TodayBoardModel::statusText(const AppointmentListRow &row)
{
    switch (row.status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Attended:
        return tr("Arrived");
    case AppointmentStatus::Missed:
        return tr("DNA");
    case AppointmentStatus::Cancelled:
        return row.lateCancellation ? tr("Late cancellation") : tr("Cancelled");
    case AppointmentStatus::Deleted:
        return tr("Deleted");
    }
    return {};
}

void TodayBoardModel::setRows(const QList<AppointmentListRow> &rows)
{
    m_rows = rows;
    rebuild();
}

void TodayBoardModel::setSnapshot(const NoShowSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_scoreIndex.clear();
    for (int i = 0; i < m_snapshot.bookings.size(); ++i)
        m_scoreIndex.insert(m_snapshot.bookings.at(i).appointmentId, i);
    rebuild();
}

void TodayBoardModel::setDay(QDate day)
{
    if (day == m_day)
        return;
    m_day = day;
    rebuild();
}

void TodayBoardModel::setZones(const LocalZones &zones)
{
    m_zones = zones;
    rebuild();
}

void TodayBoardModel::setBands(const RiskBands &bands)
{
    m_bands = bands;
    rebuild();
}

void TodayBoardModel::setNow(const QDateTime &utc)
{
    m_now = utc;
}

void TodayBoardModel::setMinimumGapMinutes(int minutes)
{
    m_minimumGapMinutes = qMax(1, minutes);
    rebuild();
}

void TodayBoardModel::clear()
{
    m_rows.clear();
    setSnapshot({});
}

QTime TodayBoardModel::localStart(const AppointmentListRow &row) const
{
    return m_zones.local(row.startsAtUtc, row.locationId).time();
}

QTime TodayBoardModel::localEnd(const AppointmentListRow &row) const
{
    return row.endsAtUtc.isValid() ? m_zones.local(row.endsAtUtc, row.locationId).time() : QTime();
}

const ScoredBooking *TodayBoardModel::scoreOf(RecordId appointmentId) const
{
    const auto it = m_scoreIndex.constFind(appointmentId);
    return it == m_scoreIndex.cend() ? nullptr : &m_snapshot.bookings.at(*it);
}

const AppointmentListRow *TodayBoardModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel)
        return nullptr;
    const Entry &e = m_sections.at(int(index.internalId() - 1)).entries.at(index.row());
    return e.kind == Kind::Booking ? &m_rows.at(e.row) : nullptr;
}

QModelIndex TodayBoardModel::indexOfAppointment(RecordId appointmentId) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<Entry> &entries = m_sections.at(s).entries;
        for (int i = 0; i < entries.size(); ++i)
            if (entries.at(i).kind == Kind::Booking &&
                m_rows.at(entries.at(i).row).id == appointmentId)
                return createIndex(i, 0, quintptr(s) + 1);
    }
    return {};
}

int TodayBoardModel::bookingCount() const
{
    int n = 0;
    for (const Section &s : m_sections)
        n += s.bookings;
    return n;
}

QList<TodayBoardModel::Gap> TodayBoardModel::gaps() const
{
    QList<Gap> out;
    for (const Section &s : m_sections)
        for (const Entry &e : s.entries)
            if (e.kind == Kind::Gap)
                out.append(e.gap);
    return out;
}

QList<TodayBoardModel::RefillSlot> TodayBoardModel::refillSlots() const
{
    QList<RefillSlot> out;
    for (const Section &s : m_sections)
        for (const Entry &e : s.entries) {
            if (e.kind != Kind::Booking)
                continue;
            const AppointmentListRow &r = m_rows.at(e.row);
            if (r.lateCancellation && (!m_now.isValid() || r.startsAtUtc > m_now))
                out.append({r.id, s.name, localStart(r), localEnd(r)});
        }
    std::sort(out.begin(), out.end(),
              [](const RefillSlot &a, const RefillSlot &b) { return a.from < b.from; });
    return out;
}

void TodayBoardModel::rebuild()
{
    beginResetModel();
    m_sections.clear();
    QHash<RecordId, int> sectionOf;
    QList<int> order; // indexes into m_rows of the shown day, in start order
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).localDate == m_day && m_rows.at(i).status != AppointmentStatus::Deleted)
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const AppointmentListRow &x = m_rows.at(a);
        const AppointmentListRow &y = m_rows.at(b);
        return x.startsAtUtc != y.startsAtUtc ? x.startsAtUtc < y.startsAtUtc : x.id < y.id;
    });
    for (int i : std::as_const(order)) {
        const AppointmentListRow &r = m_rows.at(i);
        auto it = sectionOf.constFind(r.practitionerId);
        if (it == sectionOf.cend()) {
            it = sectionOf.insert(r.practitionerId, int(m_sections.size()));
            m_sections.append({r.practitionerId, r.practitionerName, {}, 0, 0, 0});
        }
        m_sections[*it].entries.append({Kind::Booking, i, {}});
    }

    for (Section &s : m_sections) {
        // Gaps between consecutive bookings: a cancelled slot is free time. Overlapping
        // bookings extend the busy stretch; after a booking without an end, the next gap is
        // unknown, so none is shown rather than a guessed one.
        QList<Entry> withGaps;
        QList<Entry> cancelled; // shown after the gap they fall into, in start order
        QDateTime busyUntil;
        for (const Entry &e : std::as_const(s.entries)) {
            const AppointmentListRow &r = m_rows.at(e.row);
            if (isCancelled(r)) {
                cancelled.append(e);
                continue;
            }
            if (busyUntil.isValid() &&
                busyUntil.secsTo(r.startsAtUtc) >= qint64(m_minimumGapMinutes) * 60) {
                const Gap g{s.practitionerId, m_zones.local(busyUntil, r.locationId).time(),
                            localStart(r)};
                withGaps.append({Kind::Gap, -1, g});
                ++s.gaps;
            }
            withGaps.append(cancelled);
            cancelled.clear();
            if (!r.endsAtUtc.isValid())
                busyUntil = QDateTime();
            else if (!busyUntil.isValid() || r.endsAtUtc > busyUntil)
                busyUntil = r.endsAtUtc;
            ++s.bookings;
            if (const ScoredBooking *score = scoreOf(r.id);
                score && m_bands.bandOf(score->risk) == RiskBand::High)
                ++s.highRisk;
            withGaps.append(e);
        }
        withGaps.append(cancelled);
        s.entries = withGaps;
    }
    std::stable_sort(m_sections.begin(), m_sections.end(), [](const Section &a, const Section &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    endResetModel();
}

} // namespace routiq
