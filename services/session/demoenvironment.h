#pragma once

#include "appcontext.h"
#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "folderkeys.h"
#include "net/ratelimiter.h"

#include <QObject>

#include <functional>
#include <memory>

namespace routiq {

class ClinikoSimulator;
class NookalSimulator;

// The built-in demo group: two generated clinics with live front-desk activity every few
// seconds, one served by the local Cliniko simulator and one by the local Nookal simulator,
// registered as the clinic connections "demo" and "demo-nookal" in the demo's own data folder
// with their API keys in the key vault like any real connection. The app then opens them
// through the same ClinicSessions as real clinics: real adapters, caches and metrics.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    using ReadyCallback = std::function<void(const RoutiqError &error)>;

    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    static QString defaultDataDirectory(); // <app data>/demo
    static ClinicId clinikoClinicId() { return QStringLiteral("demo"); }
    static ClinicId nookalClinicId() { return QStringLiteral("demo-nookal"); }
    // The demo's ids are reserved: a real folder never has a clinic of that id (`clinic add`
    // refuses them), so `--demo` can tell a demo folder from a real one.
    static bool isReservedClinicId(const ClinicId &id)
    {
        return id == clinikoClinicId() || id == nookalClinicId();
    }
    // The local simulators have no rate limit: the first backfill may run at full speed.
    static RateLimiter::Config localRateLimit();

    // Starts both simulators and registers the connections; `done` answers once, later.
    void start(const QString &dataDirectory, ReadyCallback done);

    // After a successful start: the demo's app context and its two connections.
    AppContext *context() const { return m_app.get(); }
    QList<ClinicConnection> connections() const { return m_connections; }
    ClinikoSimulator *simulator() const { return m_cliniko.get(); }
    NookalSimulator *nookalSimulator() const { return m_nookal.get(); }

private:
    bool startSimulators();
    ClinicConnection connectionFor(const ClinicId &id, PmsKind kind, const QString &name,
                                   const QUrl &baseUrl) const;
    void storeNext(int index, ReadyCallback done);
    void openFolder(const QString &dataDirectory, ReadyCallback done);
    void unlockDemoFolder(ReadyCallback done);
    bool startAfresh(ReadyCallback done);
    void afterUnlock(ReadyCallback done);
    RoutiqError refusal(const QString &code, const QString &message) const;

    std::unique_ptr<ClinikoSimulator> m_cliniko;
    std::unique_ptr<NookalSimulator> m_nookal;
    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<FolderKeys> m_keys; // after m_app: goes first
    QList<ClinicConnection> m_connections;
    bool m_restarted = false;
};

} // namespace routiq
