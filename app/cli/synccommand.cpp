#include "synccommand.h"

#include "interruptwatcher.h"

#include "secrets/keyvault.h"
#include "session/cliniczone.h"
#include "session/pmsadapterfactory.h"
#include "storage/appdatabase.h"
#include "sync/refreshrequest.h"

#include <cstdio>
#include <unistd.h>

namespace routiq::cli {

SyncCommand::~SyncCommand()
{
    if (m_worker)
        m_worker->stop();
}

void SyncCommand::start(const QStringList &args)
{
    QString clinicId;
    if (!parseSyncArguments(args.mid(1), &clinicId, &m_watch))
        return;
    m_terminal = ::isatty(STDERR_FILENO) == 1;

    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this, clinicId](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         const QStringList agents = m_login->agentSlotLabels();
                         if (context().actingUser.isEmpty() && !agents.isEmpty()) {
                             signInAsAgent(agents, clinicId);
                             return;
                         }
                         if (!signIn(*m_login))
                             return;
                         startSync(clinicId);
                     });
}

void SyncCommand::signInAsAgent(QStringList labels, const QString &clinicId)
{
    // Unattended: the first agent slot whose secret this OS account's store holds.
    if (labels.isEmpty()) {
        fail(RoutiqError::make(QStringLiteral("AGENT_SLOT_UNAVAILABLE"),
                               QStringLiteral("No agent slot's secret is readable here (another OS "
                                              "account, a reset keyring, or another master key "
                                              "file?). Sign in with --user, or have an admin add "
                                              "an agent slot again.")));
        return;
    }
    const QString label = labels.takeFirst();
    m_app->vault().readSlotSecret(
        label, [this, label, labels, clinicId](const std::optional<QByteArray> &secret,
                                               const RoutiqError &) {
            RoutiqError error;
            if (!secret || !m_login->signInAsAgent(label, *secret, &error)) {
                if (error.is(ErrorCode::AgentSlotRevoked)) {
                    fail(error);
                    return;
                }
                signInAsAgent(labels, clinicId);
                return;
            }
            std::fprintf(stderr, "routiq-cli: unattended, with the agent slot '%s'.\n",
                         qPrintable(label));
            startSync(clinicId);
        });
}

void SyncCommand::startSync(const QString &clinicId)
{
    if (const RoutiqError denied = m_login->viewAggregates(clinicId); !denied.isNull()) {
        fail(denied);
        return;
    }
    const auto connection = m_app->appDatabase().clinicConnection(clinicId);
    if (!connection) {
        fail(RoutiqError::make(QStringLiteral("CLINIC_UNKNOWN"),
                               QStringLiteral("There is no clinic with the id '%1'. "
                                              "See 'routiq-cli clinic list'.")
                                   .arg(clinicId)));
        return;
    }
    m_app->vault().apiKey(
        clinicId, [this, connection](const QString &apiKey, const RoutiqError &keyError) {
            if (!keyError.isNull()) {
                fail(keyError);
                return;
            }
            m_app->vault().databaseKey(
                connection->id,
                [this, connection, apiKey](const DatabaseKey &key, const RoutiqError &dbKeyError) {
                    if (!dbKeyError.isNull()) {
                        fail(dbKeyError);
                        return;
                    }
                    run(*connection, apiKey, key);
                });
        });
}

void SyncCommand::run(const ClinicConnection &connection, const QString &apiKey,
                      const DatabaseKey &key)
{
    SyncEngine::Options options;
    options.keepPolling = m_watch;
    const QString path = m_app->clinicDatabasePath(connection.id);
    m_worker = std::make_unique<SyncWorker>(
        connection.id, PmsAdapterFactory::forConnection(connection, apiKey, &m_clock),
        ClinicZone::storeFactory(path, key, connection, &m_clock), &m_clock, options);
    if (m_watch) // the API's POST .../metrics/refresh asks for an early poll (issue 19)
        m_worker->watchRefreshRequests(RefreshRequest::fileFor(path));

    connect(m_worker.get(), &SyncWorker::notice, this, [](const RoutiqError &n) {
        std::fprintf(stderr, "routiq-cli: %s\n", qPrintable(n.message));
    });
    connect(m_worker.get(), &SyncWorker::progress, this,
            [this](const QString &resource, qint64 done, qint64 total, qint64 eta) {
                if (!m_terminal)
                    return;
                if (total > 0)
                    std::fprintf(stderr, "\r%-18s %8lld / %-8lld ETA %llds   ",
                                 qPrintable(resource), qlonglong(done), qlonglong(total),
                                 qlonglong(qMax<qint64>(eta, 0)));
                else
                    std::fprintf(stderr, "\r%-18s %8lld                    ", qPrintable(resource),
                                 qlonglong(done));
                std::fflush(stderr);
            });
    connect(m_worker.get(), &SyncWorker::changesCommitted, this, [this](const ChangeSet &c) {
        if (m_watch && c.recordCount > 0)
            std::printf("%s committed %d records\n",
                        qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                        c.recordCount);
        std::fflush(stdout);
    });
    connect(m_worker.get(), &SyncWorker::failed, this, [this](const RoutiqError &error) {
        m_lastError = error;
        if (m_watch) // keep going; say what went wrong
            std::fprintf(stderr, "\nroutiq-cli: %s (%s)\n", qPrintable(error.message),
                         qPrintable(error.code));
    });
    connect(m_worker.get(), &SyncWorker::passCompleted, this,
            [this, id = connection.id](const QDateTime &at, bool complete) {
                if (m_watch)
                    return;
                if (m_terminal)
                    std::fputc('\n', stderr);
                std::printf("Synced clinic '%s' at %s%s.\n", qPrintable(id),
                            qPrintable(at.toString(Qt::ISODate)),
                            complete ? "" : " (backfill not complete)");
            });
    connect(m_worker.get(), &SyncWorker::finished, this, [this](bool ok) {
        m_worker->stop();
        if (ok)
            succeed();
        else
            fail(m_lastError.isNull() ? RoutiqError::make(QStringLiteral("SYNC_FAILED"),
                                                          QStringLiteral("The sync failed."))
                                      : m_lastError);
    });

    auto *interrupt = new InterruptWatcher(this);
    connect(interrupt, &InterruptWatcher::interrupted, this, [this] {
        std::fprintf(stderr, "\nroutiq-cli: stopping; the cache keeps everything committed.\n");
        m_worker->stop();
        succeed();
    });
    m_worker->start();
}

} // namespace routiq::cli
