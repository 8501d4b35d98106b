#include "demoenvironment.h"

#include "core/logging.h"
#include "secrets/keyslotcrypto.h"
#include "secrets/keyvault.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"
#include "simulator/nookalsimulator.h"
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

RateLimiter::Config DemoEnvironment::localRateLimit()
{
    RateLimiter::Config local;
    local.requestsPerWindow = 6000;
    local.burst = 200;
    return local;
}

bool DemoEnvironment::startSimulators()
{
    // A year and a bit of history keeps the first backfill to seconds; "now" is the wall clock
    // so the week and month on screen are the real ones.
    ClinicGenerator::Params params;
    params.historyDays = 400;
    params.patientCount = 2000;
    ClinikoSimulator::Options options;
    options.rateLimitEnabled = false; // a local server; the client still paces itself
    m_cliniko = std::make_unique<ClinikoSimulator>(ClinicGenerator::generate(params), options);

    // The second clinic of the group: another practice, on Nookal, somewhat smaller.
    params.seed = 77'001;
    params.patientCount = 1200;
    params.practitionersPerLocation = 3;
    SimulatedClinic nookal = ClinicGenerator::generate(params);
    const QStringList names = {QStringLiteral("Bayside Chiro Melbourne"),
                               QStringLiteral("Bayside Chiro Perth")};
    for (qsizetype i = 0; i < nookal.businesses.size() && i < names.size(); ++i)
        nookal.businesses[i].name = names[i];
    m_nookal = std::make_unique<NookalSimulator>(std::move(nookal));

    if (!m_cliniko->start() || !m_nookal->start())
        return false;
    m_cliniko->startLiveActivity(4000, 2);
    m_nookal->startLiveActivity(5000, 1);
    return true;
}

ClinicConnection DemoEnvironment::connectionFor(const ClinicId &id, PmsKind kind,
                                                const QString &name, const QUrl &baseUrl) const
{
    ClinicConnection c;
    c.id = id;
    c.name = name;
    c.pmsKind = kind;
    c.baseUrlOverride = baseUrl.toString(); // a new port every run
    c.contactEmail = QStringLiteral("demo@routiq.invalid");
    c.createdAt = QDateTime::currentDateTimeUtc();
    return c;
}

void DemoEnvironment::start(const QString &dataDirectory, ReadyCallback done)
{
    if (!startSimulators()) {
        const RoutiqError error = RoutiqError::make(
            QStringLiteral("DEMO_UNAVAILABLE"),
            QStringLiteral("The demo clinics could not start their local servers."));
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    m_connections = {
        connectionFor(clinikoClinicId(), PmsKind::Cliniko, tr("Demo Physio (Cliniko simulator)"),
                      m_cliniko->baseUrl()),
        connectionFor(nookalClinicId(), PmsKind::Nookal, tr("Bayside Chiro (Nookal simulator)"),
                      m_nookal->baseUrl()),
    };
    openFolder(dataDirectory, done);
}

void DemoEnvironment::openFolder(const QString &dataDirectory, ReadyCallback done)
{
    AppContext::open({dataDirectory, {}},
                     [this, done](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             done(error);
                             return;
                         }
                         m_app = std::move(app);
                         unlockDemoFolder(done);
                     });
}

bool DemoEnvironment::startAfresh(ReadyCallback done)
{
    // Only the default demo folder, which never holds anything but simulated clinics: one made
    // by an earlier build (no demo key slot) or whose keyring was reset is moved aside, not
    // deleted, and the demo starts in an empty one. A folder given with --data-dir is refused.
    const QString dir = m_app->dataDirectory();
    if (m_restarted || dir != QDir(defaultDataDirectory()).absolutePath() ||
        m_app->folderState().accountSlots)
        return false;
    m_restarted = true;
    // Later: this may run inside a callback of the context's own secret store.
    QTimer::singleShot(0, this, [this, dir, done] {
        m_keys.reset();
        m_app.reset();
        const QString aside =
            dir + QStringLiteral(".earlier-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        if (!QDir().rename(dir, aside)) {
            done(RoutiqError::make(QStringLiteral("DATA_DIR_UNWRITABLE"),
                                   tr("The demo folder could not be moved aside."), dir));
            return;
        }
        qCInfo(lcSecrets) << "the demo folder had no readable demo key: moved aside, afresh";
        openFolder(dir, done);
    });
    return true;
}

RoutiqError DemoEnvironment::refusal(const QString &code, const QString &message) const
{
    return RoutiqError::make(code, message, m_app ? m_app->dataDirectory() : QString());
}

void DemoEnvironment::unlockDemoFolder(ReadyCallback done)
{
    // The demo has its own folder and its own key slot, sealed under a random secret in the
    // keychain: no password, and so never a folder that holds real accounts or clinics.
    const AppContext::FolderState state = m_app->folderState();
    if (state.accountSlots || state.recoverySlot || state.agentSlots) {
        done(refusal(QStringLiteral("DEMO_FOLDER_HAS_ACCOUNTS"),
                     tr("This data folder holds real Routiq accounts: the demo runs only in its "
                        "own folder. Start 'routiq --demo' without --data-dir, or give it an "
                        "empty folder.")));
        return;
    }
    m_keys = std::make_unique<FolderKeys>(m_app.get(), &m_clock);
    const QString label = QStringLiteral("demo");
    if (!state.demoSlot) {
        if (state.hasData()) {
            if (startAfresh(done))
                return;
            done(refusal(QStringLiteral("DEMO_FOLDER_HAS_DATA"),
                         tr("This data folder holds data but no demo key: the demo will not "
                            "make a new key next to it. Give 'routiq --demo' an empty folder.")));
            return;
        }
        const QByteArray secret = KeySlotCrypto::randomSecret();
        RoutiqError error;
        if (!m_app->initialize(DataKey::generate(), &error) ||
            !m_keys->writeSecretSlot(KeySlot::Kind::Demo, label, secret, &error)) {
            done(error);
            return;
        }
        m_app->vault().writeSlotSecret(label, secret, [this, done](const RoutiqError &e) {
            if (!e.isNull()) {
                done(e);
                return;
            }
            afterUnlock(done);
        });
        return;
    }
    m_app->vault().readSlotSecret(
        label, [this, done, label](const std::optional<QByteArray> &secret, const RoutiqError &e) {
            if (!e.isNull()) {
                done(e);
                return;
            }
            RoutiqError error;
            const DataKey key =
                secret ? m_keys->openSecretSlot(KeySlot::Kind::Demo, label, *secret, &error)
                       : DataKey();
            if (!key.isValid() || !m_app->unlock(key, &error)) {
                if (!secret && startAfresh(done))
                    return;
                done(secret ? error
                            : refusal(QStringLiteral("DEMO_KEY_MISSING"),
                                      tr("The demo folder's key is not in the keychain any more "
                                         "(a new keyring?), so its data cannot be read. Delete the "
                                         "demo folder to start the demo afresh.")));
                return;
            }
            afterUnlock(done);
        });
}

void DemoEnvironment::afterUnlock(ReadyCallback done)
{
    RoutiqError error;
    for (const ClinicConnection &c : m_app->appDatabase().clinicConnections(&error)) {
        if (!isReservedClinicId(c.id)) {
            done(refusal(QStringLiteral("DEMO_FOLDER_HAS_CLINICS"),
                         tr("This data folder holds real clinic connections: the demo runs only "
                            "in its own folder.")));
            return;
        }
    }
    if (!error.isNull()) {
        done(error);
        return;
    }
    storeNext(0, done);
}

void DemoEnvironment::storeNext(int index, ReadyCallback done)
{
    if (index >= m_connections.size()) {
        done({});
        return;
    }
    const ClinicConnection &c = m_connections[index];
    RoutiqError saveError;
    const bool saved = m_app->appDatabase().clinicConnection(c.id)
                           ? m_app->appDatabase().updateClinicConnection(c, &saveError)
                           : m_app->appDatabase().addClinicConnection(c, &saveError);
    if (!saved) {
        done(saveError);
        return;
    }
    const QString apiKey = c.pmsKind == PmsKind::Nookal ? m_nookal->apiKey() : m_cliniko->apiKey();
    m_app->vault().setApiKey(c.id, apiKey, [this, index, done](const RoutiqError &keyError) {
        if (!keyError.isNull()) {
            done(keyError);
            return;
        }
        storeNext(index + 1, done);
    });
}

} // namespace routiq
