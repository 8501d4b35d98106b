#include "demoenvironment.h"

#include "secrets/keyvault.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"
#include "storage/appdatabase.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace routiq {

DemoEnvironment::DemoEnvironment(QObject *parent) : QObject(parent) {}

DemoEnvironment::~DemoEnvironment() = default;

QString DemoEnvironment::defaultDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo"));
}

void DemoEnvironment::start(const QString &dataDirectory, ReadyCallback done)
{
    // A year and a bit of history keeps the first backfill to seconds; "now" is the wall clock
    // so the week and month on screen are the real ones.
    ClinicGenerator::Params params;
    params.historyDays = 400;
    params.patientCount = 2000;
    ClinikoSimulator::Options options;
    options.rateLimitEnabled = false; // a local server; the client still paces itself
    m_simulator = std::make_unique<ClinikoSimulator>(ClinicGenerator::generate(params), options);
    if (!m_simulator->start()) {
        const RoutiqError error =
            RoutiqError::make(QStringLiteral("DEMO_UNAVAILABLE"),
                              QStringLiteral("The demo clinic could not start its local server."));
        QTimer::singleShot(0, this, [done, error] { done({}, error); });
        return;
    }
    m_simulator->startLiveActivity(4000, 2);

    AppContext::open({dataDirectory, {}}, [this, done](std::unique_ptr<AppContext> app,
                                                       const RoutiqError &error) {
        if (!app) {
            done({}, error);
            return;
        }
        m_app = std::move(app);
        ClinicConnection c;
        c.id = QStringLiteral("demo");
        c.name = tr("Demo clinic (simulator)");
        c.pmsKind = PmsKind::Cliniko;
        c.baseUrlOverride = m_simulator->baseUrl().toString(); // a new port every run
        c.contactEmail = QStringLiteral("demo@routiq.invalid");
        c.createdAt = QDateTime::currentDateTimeUtc();
        RoutiqError saveError;
        const bool saved = m_app->appDatabase().clinicConnection(c.id)
                               ? m_app->appDatabase().updateClinicConnection(c, &saveError)
                               : m_app->appDatabase().addClinicConnection(c, &saveError);
        if (!saved) {
            done({}, saveError);
            return;
        }
        const QString apiKey = m_simulator->apiKey();
        m_app->vault().setApiKey(
            c.id, apiKey, [this, c, apiKey, done](const RoutiqError &keyError) {
                if (!keyError.isNull()) {
                    done({}, keyError);
                    return;
                }
                m_app->vault().databaseKey(
                    c.id,
                    [this, c, apiKey, done](const DatabaseKey &key, const RoutiqError &dbError) {
                        if (!dbError.isNull()) {
                            done({}, dbError);
                            return;
                        }
                        done(Ready{c, apiKey, key, m_app->clinicDatabasePath(c.id)}, {});
                    });
            });
    });
}

} // namespace routiq
