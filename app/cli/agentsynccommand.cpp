#include "agentsynccommand.h"

#include "interruptwatcher.h"
#include "serveropen.h"

#include "secrets/secretstore.h"
#include "session/cliniczone.h"
#include "session/pmsadapterfactory.h"
#include "shared/serveragentlock.h"
#include "shared/serversyncstore.h"
#include "sync/syncworker.h"

#include <cstdio>
#include <unistd.h>

namespace routiq::cli {

AgentSyncCommand::AgentSyncCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

AgentSyncCommand::~AgentSyncCommand()
{
    stopWorker();
}

void AgentSyncCommand::stopWorker()
{
    if (m_worker)
        m_worker->stop();
}

void AgentSyncCommand::start(const QStringList &args)
{
    if (!parseSyncArguments(args.mid(1), &m_clinic, &m_watch))
        return;
    m_terminal = ::isatty(STDERR_FILENO) == 1;
    RoutiqError error;
    const auto server = ServerOpen::connInfo(context(), &error);
    if (!server) {
        fail(error, errorExitStatus(error.typedCode()));
        return;
    }
    m_server = *server;
    m_secrets = AgentPmsConnection::openStore(context().masterKeyFile, context().dataDir, &error);
    if (!m_secrets) {
        fail(error);
        return;
    }
    AgentPmsConnection::read(
        *m_secrets, m_server.serverKey(), m_clinic,
        [this](const std::optional<AgentPmsConnection::Entry> &entry, const RoutiqError &e) {
            if (!entry) {
                fail(e);
                return;
            }
            takeLock(*entry);
        });
}

void AgentSyncCommand::takeLock(const AgentPmsConnection::Entry &entry)
{
    m_lock = std::make_unique<ServerAgentLock>(m_server, m_clinic);
    connect(m_lock.get(), &ServerAgentLock::waiting, this, [this] {
        std::fprintf(stderr,
                     "routiq-cli: another agent is syncing clinic '%s' on this server; waiting "
                     "until it stops.\n",
                     qPrintable(m_clinic));
        std::fflush(stderr);
    });
    connect(m_lock.get(), &ServerAgentLock::acquired, this, [this, entry] {
        std::fprintf(stderr, "routiq-cli: agent for clinic '%s' on %s.\n", qPrintable(m_clinic),
                     qPrintable(m_server.description()));
        std::fflush(stderr);
        run(entry);
    });
    connect(m_lock.get(), &ServerAgentLock::lost, this, [this](const RoutiqError &error) {
        // Without the lock another agent may start: stop writing at once.
        stopWorker();
        std::fprintf(stderr, "\nroutiq-cli: lost the connection to the server; the agent stops "
                             "(start it again when the server is back).\n");
        fail(error);
    });
    auto *interrupt = new InterruptWatcher(this);
    connect(interrupt, &InterruptWatcher::interrupted, this, [this] {
        std::fprintf(stderr, "\nroutiq-cli: stopping; the server keeps everything committed.\n");
        stopWorker();
        m_lock->release();
        succeed();
    });
    m_lock->acquire();
}

void AgentSyncCommand::run(const AgentPmsConnection::Entry &entry)
{
    SyncEngine::Options options;
    options.keepPolling = m_watch;
    const ClinicConnection &connection = entry.connection;
    SyncWorker::StoreFactory stores =
        [server = m_server, clinic = m_clinic, zone = ClinicZone::fallback(connection)](
            RoutiqError *error, RoutiqError *) -> std::unique_ptr<SyncStore> {
        return ServerSyncStore::open(server, clinic, zone, error);
    };
    m_worker = std::make_unique<SyncWorker>(
        m_clinic, PmsAdapterFactory::forConnection(connection, entry.apiKey, &m_clock),
        std::move(stores), &m_clock, options);
    m_worker->setIntegritySchedule({-1, -1, -1}); // the cache's check; the server has its own
    connect(m_worker.get(), &SyncWorker::notice, this, [](const RoutiqError &n) {
        std::fprintf(stderr, "routiq-cli: %s\n", qPrintable(n.message));
    });
    connect(m_worker.get(), &SyncWorker::progress, this,
            [this](const QString &resource, qint64 done, qint64 total, qint64) {
                if (!m_terminal)
                    return;
                std::fprintf(stderr, "\r%-18s %8lld / %-8lld   ", qPrintable(resource),
                             qlonglong(done), qlonglong(total));
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
        if (m_watch)
            std::fprintf(stderr, "\nroutiq-cli: %s (%s)\n", qPrintable(error.message),
                         qPrintable(error.code));
    });
    connect(m_worker.get(), &SyncWorker::passCompleted, this,
            [this](const QDateTime &at, bool complete) {
                if (m_watch)
                    return;
                std::printf("Synced clinic '%s' to the server at %s%s.\n", qPrintable(m_clinic),
                            qPrintable(at.toString(Qt::ISODate)),
                            complete ? "" : " (backfill not complete)");
                std::fflush(stdout);
            });
    connect(m_worker.get(), &SyncWorker::finished, this, [this](bool ok) {
        m_worker->stop();
        if (!ok && !m_lock->verify())
            return; // the server went away: `lost` said so and failed the command
        m_lock->release();
        if (ok)
            succeed();
        else
            fail(m_lastError.isNull() ? RoutiqError::make(QStringLiteral("SYNC_FAILED"),
                                                          QStringLiteral("The sync failed."))
                                      : m_lastError);
    });
    m_worker->start();
}

} // namespace routiq::cli
