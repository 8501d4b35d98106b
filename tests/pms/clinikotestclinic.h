#pragma once

#include "pms/cliniko/clinikoconfig.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"

#include <algorithm>

// A small simulated clinic on loopback and an adapter configuration that talks to it, shared by
// the Cliniko adapter tests.
namespace routiq::test {

inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
}

inline ClinicGenerator::Params smallClinic()
{
    ClinicGenerator::Params p;
    p.seed = 11;
    p.now = testNow();
    p.patientCount = 250;
    p.historyDays = 45;
    p.futureDays = 10;
    p.practitionersPerLocation = 3;
    p.inactivePractitioners = 2;
    p.archivedAppointmentRate = 0.02;
    return p;
}

inline ClinikoConfig configFor(const ClinikoSimulator &simulator)
{
    ClinikoConfig c;
    c.apiKey = simulator.apiKey();
    c.baseUrlOverride = simulator.baseUrl();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    c.rateLimit.enabled = false;
    c.http.retry.baseDelayMs = 0;
    c.http.clockPollMs = 10;
    c.http.transferTimeoutMs = 5'000;
    return c;
}

template <typename T>
QList<T> byId(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

// Index of the first record that differs (or the shorter size), -1 when equal.
template <typename T>
qsizetype firstDifference(const QList<T> &a, const QList<T> &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (!(a[i] == b[i]))
            return i;
    }
    return a.size() == b.size() ? -1 : std::min(a.size(), b.size());
}

} // namespace routiq::test
