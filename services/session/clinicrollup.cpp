#include "clinicrollup.h"

#include "clinicsession.h"
#include "core/clock.h"
#include "metrics/metricsrollup.h"
#include "metrics/rangeresolver.h"

namespace routiq {

ClinicRollup::ClinicRollup(const Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_request.period = MetricsRequest::Period::Week;
    // A period request follows "today": re-resolve when the local date moves on.
    m_midnight.setInterval(60'000);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        if (m_active && !m_request.startDate.isValid() &&
            m_clock->nowUtc().toLocalTime().date() != m_resolvedOn)
            resolveAndPush();
    });
}

void ClinicRollup::addSession(ClinicSession *session)
{
    m_sessions.append(session);
    connect(session, &ClinicSession::snapshotReady, this,
            [this, session](const MetricsSnapshot &s) { onClinicSnapshot(session, s); });
    if (m_active && m_resolved.startDate.isValid())
        session->setRequest(clinicRequest(session->connection().id));
}

QList<ClinicSession *> ClinicRollup::sessions() const
{
    QList<ClinicSession *> out;
    for (const QPointer<ClinicSession> &s : m_sessions)
        if (s)
            out.append(s);
    return out;
}

void ClinicRollup::setRequest(const MetricsRequest &request)
{
    m_request = request;
    m_request.clinicId.clear();
    m_request.locationId.reset();
    m_request.practitionerId.reset();
    if (m_active)
        resolveAndPush();
}

void ClinicRollup::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_midnight.start();
        resolveAndPush();
    } else {
        m_midnight.stop();
    }
}

MetricsRequest ClinicRollup::clinicRequest(const ClinicId &clinic) const
{
    MetricsRequest r = m_resolved;
    r.clinicId = clinic;
    return r;
}

void ClinicRollup::resolveAndPush()
{
    m_resolvedOn = m_clock->nowUtc().toLocalTime().date();
    RoutiqError error;
    const auto range = RangeResolver::resolve(m_request, m_resolvedOn, &error);
    if (!range) {
        emit requestFailed(error);
        return;
    }
    m_resolved = m_request;
    m_resolved.startDate = range->startDate;
    m_resolved.endDate = range->endDate;
    m_last.reset();
    for (ClinicSession *s : sessions())
        s->setRequest(clinicRequest(s->connection().id));
    publish(); // sessions that already hold these figures need not answer again
}

void ClinicRollup::onClinicSnapshot(ClinicSession *session, const MetricsSnapshot &snapshot)
{
    m_latest.insert(session->connection().id, snapshot);
    if (m_active)
        publish();
}

void ClinicRollup::publish()
{
    QList<MetricsSnapshot> matching;
    for (ClinicSession *s : sessions()) {
        const auto it = m_latest.constFind(s->connection().id);
        if (it == m_latest.cend())
            continue; // not loaded yet: left out until it is
        if (it->request != clinicRequest(s->connection().id))
            return; // still showing another request: wait rather than mix ranges
        matching.append(*it);
    }
    if (matching.isEmpty())
        return;
    MetricsSnapshot combined = MetricsRollup::combine(matching, m_resolved);
    combined.request.clinicId.clear();
    if (m_last && combined.current == m_last->current && combined.previous == m_last->previous &&
        combined.lastUpdated == m_last->lastUpdated)
        return;
    m_last = combined;
    emit snapshotReady(combined);
}

} // namespace routiq
