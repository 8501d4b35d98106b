#pragma once

#include "appcontext.h"
#include "storage/clinicconnection.h"
#include "storage/databasekey.h"

#include <QObject>

#include <functional>
#include <memory>

namespace routiq {

class ClinikoSimulator;

// The built-in demo clinic: a generated clinic served by the local Cliniko simulator (with live
// front-desk activity every few seconds), registered as the clinic connection "demo" in the
// demo's own data folder, with its API key in the key vault like any real connection. The app
// then syncs it through the real adapter, cache and metrics.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Ready
    {
        ClinicConnection connection;
        QString apiKey;
        DatabaseKey databaseKey;
        QString databasePath;
    };
    using ReadyCallback = std::function<void(const Ready &ready, const RoutiqError &error)>;

    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    static QString defaultDataDirectory(); // <app data>/demo

    // Starts the simulator and prepares the connection; `done` answers once, later.
    void start(const QString &dataDirectory, ReadyCallback done);
    ClinikoSimulator *simulator() const { return m_simulator.get(); }

private:
    std::unique_ptr<ClinikoSimulator> m_simulator;
    std::unique_ptr<AppContext> m_app;
};

} // namespace routiq
