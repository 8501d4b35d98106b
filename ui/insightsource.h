#pragma once

#include "dashboardchoices.h"
#include "domain/clinicconnection.h"
#include "metrics/metricsrequest.h"
#include "security/actinguser.h"

#include <QAtomicInteger>
#include <QHash>
#include <QPointer>

#include <optional>

namespace routiq {

class AuditedAccess;
class ClinicSession;
class InsightSettingsService;

// What an insight window (lapsed patients, practitioners side by side, forward bookings) reads
// from: the shown clinic's session, its names, the dashboard's request and who asks. Handed in
// whole by InsightViewsController whenever any of it changes.
struct InsightSource
{
    QPointer<ClinicSession> session;
    ClinicId clinicId;
    QString clinicName;
    QList<FilterChoice> locations;
    QList<FilterChoice> practitioners;
    MetricsRequest request;                // the dashboard's: period, dates, location, practitioner
    std::optional<ActingUser> user;        // null: no accounts in play (tests)
    const AuditedAccess *access = nullptr; // exports are recorded here
    InsightSettingsService *settings = nullptr; // working hours and contact notes

    QHash<RecordId, QString> practitionerNames() const
    {
        QHash<RecordId, QString> names;
        for (const FilterChoice &p : practitioners)
            names.insert(p.id, p.name);
        return names;
    }
};

// Request ids for ClinicSession's insight signals, shared by every asker: the signals reach
// every window of the clinic, so each keeps only the answers to its own ids. Starts high so as
// never to meet the drill-down's and the Today board's ids (a separate signal, but one habit).
inline quint64 nextInsightRequestId()
{
    static QAtomicInteger<quint64> next(quint64(1) << 52);
    return next.fetchAndAddRelaxed(1);
}

} // namespace routiq
