#pragma once

#include "domain/routiqerror.h"
#include "metrics/clinicmetrics.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace routiq {

class ClinicSession;
class Clock;

// The "All clinics" view over several open ClinicSessions: resolves the request ONCE (today is
// the local date of this computer, so every clinic is asked for the same dates), asks every
// session for exactly that range without location or practitioner filters, and publishes
// MetricsRollup's combination each time a clinic's figures for it change. A clinic whose
// figures are not loaded yet is left out until they are; one that still shows an older request
// holds the roll-up back, so ranges are never mixed. Each clinic keeps computing on its own
// metrics thread; this only adds up their snapshots (cheap, on the owner's thread).
class ClinicRollup : public QObject
{
    Q_OBJECT
public:
    explicit ClinicRollup(const Clock *clock, QObject *parent = nullptr);

    void addSession(ClinicSession *session);
    QList<ClinicSession *> sessions() const;

    // The period or dates (clinicId, locationId and practitionerId are ignored). While active,
    // the resolved request is pushed to every session; inactive, sessions are left alone.
    void setRequest(const MetricsRequest &request);
    void setActive(bool active);
    bool isActive() const { return m_active; }

    std::optional<MetricsSnapshot> lastSnapshot() const { return m_last; }
    // The request each clinic is asked (its own clinicId filled in by the session's connection).
    MetricsRequest clinicRequest(const ClinicId &clinic) const;

signals:
    void snapshotReady(const routiq::MetricsSnapshot &snapshot);
    void requestFailed(const routiq::RoutiqError &error);

private:
    void resolveAndPush();
    void onClinicSnapshot(ClinicSession *session, const MetricsSnapshot &snapshot);
    void publish();

    const Clock *m_clock;
    QList<QPointer<ClinicSession>> m_sessions;
    QHash<ClinicId, MetricsSnapshot> m_latest; // each clinic's newest snapshot, any request
    MetricsRequest m_request;
    MetricsRequest m_resolved; // m_request with both dates filled in and no filters
    QDate m_resolvedOn;        // the local date the period was resolved on
    bool m_active = false;
    std::optional<MetricsSnapshot> m_last;
    QTimer m_midnight;
};

} // namespace routiq
