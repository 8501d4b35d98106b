#include "servecommand.h"

#include "interruptwatcher.h"

#include "api/apibackend.h"
#include "api/apiserver.h"
#include "api/apisettings.h"
#include "api/apitls.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>

#include <cstdio>

namespace routiq::cli {

ServeCommand::ServeCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

ServeCommand::~ServeCommand()
{
    if (m_server)
        m_server->stop();
}

void ServeCommand::start(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key."),
                                 QStringLiteral("FILE"));
    p.addOptions({listen, cert, key});
    if (!parse(p, args.mid(1)))
        return;
    const QString where = p.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? where.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!ok || port > 65535 || !m_address.setAddress(host)) {
        fail(badRequest(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8080.")), 2);
        return;
    }
    m_port = quint16(port);
    if (p.isSet(cert) != p.isSet(key)) {
        fail(badRequest(QStringLiteral("TLS needs both --tls-cert and --tls-key.")), 2);
        return;
    }
    if (p.isSet(cert)) {
        QString reason;
        m_tls = ApiTls::load(p.value(cert), p.value(key), &reason);
        if (!m_tls) {
            fail(badRequest(reason), 2);
            return;
        }
    }
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this](std::unique_ptr<AppContext> app, const RoutiqError &openError) {
                         if (!app) {
                             fail(openError);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         if (!signIn(*m_login))
                             return;
                         for (const ClinicConnection &c : m_app->appDatabase().clinicConnections())
                             m_pending.append(c.id);
                         fetchNextKey();
                     });
}

void ServeCommand::fetchNextKey()
{
    if (m_pending.isEmpty()) {
        serve();
        return;
    }
    const ClinicId id = m_pending.takeFirst();
    m_app->vault().databaseKey(id, [this, id](const DatabaseKey &key, const RoutiqError &error) {
        if (!error.isNull()) {
            fail(error);
            return;
        }
        m_keys.insert(id, key);
        fetchNextKey();
    });
}

void ServeCommand::serve()
{
    ApiBackend::Services services{m_app.get(), &m_login->accounts(), &m_login->audit(),
                                  m_login->access(), &m_clock};
    const ApiSettings settings = ApiSettings::fromSettings();
    m_backend = std::make_unique<ApiBackend>(services, m_keys, settings);
    m_server = std::make_unique<ApiServer>(m_backend.get(), settings);
    QString reason;
    if (!m_server->start(m_address, m_port, m_tls, &reason)) {
        m_server.reset();
        fail(RoutiqError::make(QStringLiteral("LISTEN_FAILED"), reason), 1);
        return;
    }
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
                             : m_address.toString();
    std::printf("{\"listening\": \"%s://%s:%u\"}\n", m_tls ? "https" : "http", qPrintable(host),
                unsigned(m_server->port()));
    std::fflush(stdout);
    auto *interrupt = new InterruptWatcher(this);
    connect(interrupt, &InterruptWatcher::interrupted, this, &ServeCommand::shutDown);
}

void ServeCommand::shutDown()
{
    if (m_server)
        m_server->stop();
    succeed();
}

} // namespace routiq::cli
