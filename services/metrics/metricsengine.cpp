#include "metricsengine.h"

#include "core/clock.h"
#include "core/logging.h"
#include "metricscalculator.h"
#include "rangeresolver.h"
#include "todatecomparison.h"

#include <QElapsedTimer>
#include <QTimer>

namespace routiq {

MetricsEngine::MetricsEngine(const Clock *clock, const QTimeZone &clinicZone, QObject *parent)
    : QObject(parent), m_clock(clock), m_zone(clinicZone)
{
    registerMetaTypes();
    m_request.period = MetricsRequest::Period::Week;
}

void MetricsEngine::registerMetaTypes()
{
    qRegisterMetaType<routiq::AppointmentFact>();
    qRegisterMetaType<QList<routiq::AppointmentFact>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<routiq::MetricsRequest>();
    qRegisterMetaType<routiq::MetricsSnapshot>();
    qRegisterMetaType<routiq::RoutiqError>();
}

void MetricsEngine::loadFacts(const QList<AppointmentFact> &facts)
{
    QElapsedTimer timer;
    timer.start();
    m_index.reset(facts);
    afterLoad(timer.elapsed());
}

void MetricsEngine::beginLoad(qsizetype expectedFacts)
{
    m_loaded = false; // no figures from a half-built index
    m_index.beginReset(expectedFacts);
}

void MetricsEngine::addFacts(const QList<AppointmentFact> &chunk)
{
    m_index.addFacts(chunk);
}

void MetricsEngine::finishLoad()
{
    QElapsedTimer timer;
    timer.start();
    m_index.finishReset();
    afterLoad(timer.elapsed());
}

void MetricsEngine::afterLoad(qint64 elapsedMs)
{
    m_loaded = true;
    qCDebug(lcMetrics) << "indexed" << m_index.factCount() << "appointments in" << elapsedMs
                       << "ms";
    if (const auto range = resolveRange())
        recompute(*range);
    // Then the month blocks of the whole history, so that a long custom range is fast from its
    // first request (a full scan's worth of work, spread over the event loop).
    const auto [first, last] = m_index.dayRange();
    const bool idle = m_warmNext > m_warmLast;
    m_warmNext = first <= last ? MonthAggregates::firstDayOfMonth(first) : 1;
    m_warmLast = last;
    if (idle && m_warmNext <= m_warmLast)
        QTimer::singleShot(0, this, &MetricsEngine::warmNextMonth);
}

void MetricsEngine::warmNextMonth()
{
    if (m_warmNext > m_warmLast)
        return;
    m_index.monthAggregates(m_warmNext); // built if not kept
    m_warmNext = MonthAggregates::lastDayOfMonth(m_warmNext) + 1;
    if (m_warmNext <= m_warmLast)
        QTimer::singleShot(0, this, &MetricsEngine::warmNextMonth);
    else
        qCDebug(lcMetrics) << "month blocks built:" << m_index.builtMonthCount();
}

void MetricsEngine::applyChanges(const QList<AppointmentFact> &upserted,
                                 const QList<qint64> &deletedIds)
{
    const AppointmentIndex::ChangeImpact impact = m_index.apply(upserted, deletedIds);
    if (!m_loaded)
        return; // figures are first published by loadFacts
    const auto range = resolveRange();
    if (!range)
        return;
    const bool rangeMoved = !m_last || !(m_last->range == *range);
    const bool touched =
        impact.touchesDays(range->startDate.toJulianDay(), range->endDate.toJulianDay()) ||
        impact.touchesDays(range->previousStartDate.toJulianDay(),
                           range->previousEndDate.toJulianDay());
    // P's own change figure reads the range before P too.
    const ResolvedRange beforePrevious =
        RangeResolver::withPreviousRange(range->previousStartDate, range->previousEndDate);
    const bool touchedBeforePrevious =
        impact.touchesDays(beforePrevious.previousStartDate.toJulianDay(),
                           beforePrevious.previousEndDate.toJulianDay());
    if (rangeMoved || touched || touchedBeforePrevious)
        recompute(*range);
}

void MetricsEngine::setRequest(const MetricsRequest &request)
{
    m_request = request;
    if (!m_loaded)
        return;
    if (const auto range = resolveRange())
        recompute(*range);
}

void MetricsEngine::setLastUpdated(const QDateTime &lastUpdatedUtc)
{
    m_lastUpdated = lastUpdatedUtc.toUTC();
    if (m_last) {
        m_last->lastUpdated = m_lastUpdated;
        publish();
    }
}

void MetricsEngine::setClinicZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void MetricsEngine::refresh()
{
    if (!m_loaded)
        return;
    if (const auto range = resolveRange())
        recompute(*range);
}

std::optional<ResolvedRange> MetricsEngine::resolveRange()
{
    const QDate today = m_clock->nowUtc().toTimeZone(m_zone).date();
    RoutiqError error;
    const auto range = RangeResolver::resolve(m_request, today, &error);
    if (!range)
        emit requestFailed(error);
    return range;
}

void MetricsEngine::recompute(const ResolvedRange &range)
{
    QElapsedTimer timer;
    timer.start();
    const MetricsCalculator calculator(m_index);
    const MetricsFilter filter = MetricsFilter::fromRequest(m_request);
    MetricsSnapshot snapshot;
    snapshot.request = m_request;
    snapshot.range = range;
    snapshot.current = calculator.compute(range, filter);
    snapshot.previous = calculator.computePrevious(range, filter);
    snapshot.toDate = ToDateComparison::compute(calculator, range, filter,
                                                m_clock->nowUtc().toTimeZone(m_zone).date());
    snapshot.lastUpdated = m_lastUpdated;
    m_last = std::move(snapshot);
    qCDebug(lcMetrics) << "computed metrics in" << timer.elapsed() << "ms";
    publish();
}

void MetricsEngine::publish()
{
    m_last->generation = ++m_generation;
    emit snapshotReady(*m_last);
}

} // namespace routiq
