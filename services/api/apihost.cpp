#include "apihost.h"

#include "api/apiserver.h"
#include "api/apisettings.h"
#include "api/apitls.h"
#include "secrets/keyvault.h"
#include "security/accesspolicy.h"
#include "security/auditedaccess.h"
#include "security/auditlog.h"
#include "session/appcontext.h"
#include "storage/appdatabase.h"

#include <QHostAddress>
#include <QPointer>

namespace routiq {

ApiHost::ApiHost(ApiBackend::Services services, QObject *parent)
    : QObject(parent), m_services(services)
{}

ApiHost::~ApiHost()
{
    stop();
}

bool ApiHost::apply(const ActingUser &actor, const ApiHostSettings &settings, RoutiqError *error)
{
    const RoutiqError denied = m_services.access->policy()->manageConnections(actor);
    if (!denied.isNull()) {
        m_services.audit->record(actor, AuditAction::AccessDenied, QStringLiteral("api_server"),
                                 QStringLiteral("permission=manage_settings"));
        *error = denied;
        return false;
    }
    settings.save();
    m_services.audit->record(
        actor, AuditAction::SettingChanged, QStringLiteral("api_server"),
        QStringLiteral("enabled=%1 address=%2 port=%3 tls=%4")
            .arg(settings.enabled ? QStringLiteral("on") : QStringLiteral("off"), settings.address)
            .arg(settings.port)
            .arg(settings.usesTls() ? QStringLiteral("on") : QStringLiteral("off")));
    stop();
    if (settings.enabled)
        start(settings);
    return true;
}

void ApiHost::startSaved()
{
    const ApiHostSettings saved = ApiHostSettings::load();
    if (saved.enabled)
        start(saved);
}

void ApiHost::start(const ApiHostSettings &settings)
{
    stop();
    m_settings = settings;
    QList<ClinicId> pending;
    for (const ClinicConnection &c : m_services.app->appDatabase().clinicConnections())
        pending.append(c.id);
    fetchKeys(pending, {}, ++m_attempt);
}

void ApiHost::fetchKeys(QList<ClinicId> pending, QHash<ClinicId, DatabaseKey> keys, quint64 attempt)
{
    if (attempt != m_attempt)
        return;
    if (pending.isEmpty()) {
        listen(keys);
        return;
    }
    const ClinicId id = pending.takeFirst();
    QPointer<ApiHost> self(this);
    m_services.app->vault().databaseKey(
        id, [self, id, pending, keys, attempt](const DatabaseKey &key,
                                               const RoutiqError &error) mutable {
            if (!self)
                return;
            if (!error.isNull()) {
                if (attempt == self->m_attempt)
                    emit self->failed(error.message);
                return;
            }
            keys.insert(id, key);
            self->fetchKeys(pending, keys, attempt);
        });
}

void ApiHost::listen(const QHash<ClinicId, DatabaseKey> &keys)
{
    QHostAddress address;
    if (!address.setAddress(m_settings.address)) {
        emit failed(tr("'%1' is not an IP address (e.g. 127.0.0.1).").arg(m_settings.address));
        return;
    }
    std::optional<QSslConfiguration> tls;
    if (m_settings.usesTls()) {
        QString reason;
        tls = ApiTls::load(m_settings.tlsCertFile, m_settings.tlsKeyFile, &reason);
        if (!tls) {
            emit failed(reason);
            return;
        }
    }
    const ApiSettings limits = ApiSettings::fromSettings();
    m_backend = std::make_unique<ApiBackend>(m_services, keys, limits);
    m_server = std::make_unique<ApiServer>(m_backend.get(), limits);
    QString reason;
    if (!m_server->start(address, m_settings.port, tls, &reason)) {
        m_server.reset();
        m_backend.reset();
        emit failed(reason);
        return;
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(m_server->port());
    m_url = url;
    emit started(m_url);
}

void ApiHost::stop()
{
    ++m_attempt;
    const bool wasRunning = m_server != nullptr;
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_backend.reset();
    m_url.clear();
    if (wasRunning)
        emit stopped();
}

} // namespace routiq
