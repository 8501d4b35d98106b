#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/databasekey.h"
#include "domain/ids.h"
#include "session/appcontext.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace routiq {
class ApiBackend;
class ApiServer;
} // namespace routiq

namespace routiq::cli {

// `serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]` as --user: the REST API
// (docs/api.md) from the local cache until SIGINT/SIGTERM. The --user sign-in unlocks the data
// folder and fetches every clinic's cache key once; each API request then acts as the account
// its token names, checked again at every request. Prints {"listening": "http://HOST:PORT"} on
// stdout once ready (port 0 picks a free one, which tests use).
class ServeCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit ServeCommand(CliContext context, QObject *parent = nullptr);
    ~ServeCommand() override;
    void start(const QStringList &args) override;

private:
    void fetchNextKey();
    void serve();
    void shutDown();

    SystemClock m_clock;
    QHostAddress m_address = QHostAddress::LocalHost;
    quint16 m_port = 8080;
    std::optional<QSslConfiguration> m_tls;
    QList<ClinicId> m_pending;
    QHash<ClinicId, DatabaseKey> m_keys;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
    std::unique_ptr<ApiBackend> m_backend;
    std::unique_ptr<ApiServer> m_server; // after the backend: stopped first
};

} // namespace routiq::cli
