#pragma once

#include "api/apibackend.h"
#include "api/apihostsettings.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace routiq {

class ApiServer;

// The API server inside the app (issue 19's opt-in): the same ApiBackend and ApiServer as
// `routiq-cli serve`, its HTTP on a thread of its own and its answers on this (the GUI) thread,
// which owns the app database. start() fetches every clinic's cache key from the vault (async),
// then listens and says started(url) or failed(reason) (e.g. the port is taken). The backend
// acts as each request's token's account, checked at every request, never as the signed-in
// user of the window.
class ApiHost : public QObject
{
    Q_OBJECT
public:
    // `services` must outlive this object.
    explicit ApiHost(ApiBackend::Services services, QObject *parent = nullptr);
    ~ApiHost() override;

    // Settings › API server: an admin's choice (manage_connections; a refusal is audited),
    // saved and audited as setting.change "api_server", then applied: stopped, and started
    // again when enabled. False with the refusal; the start's outcome comes as a signal.
    bool apply(const ActingUser &actor, const ApiHostSettings &settings, RoutiqError *error);
    // At the app's start: the saved settings, when enabled.
    void startSaved();

    void start(const ApiHostSettings &settings);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QUrl url() const { return m_url; }

signals:
    void started(const QUrl &url);
    void failed(const QString &reason);
    void stopped();

private:
    void fetchKeys(QList<ClinicId> pending, QHash<ClinicId, DatabaseKey> keys, quint64 attempt);
    void listen(const QHash<ClinicId, DatabaseKey> &keys);

    ApiBackend::Services m_services;
    ApiHostSettings m_settings;
    quint64 m_attempt = 0; // a stop() or a newer start() makes older key answers stale
    std::unique_ptr<ApiBackend> m_backend;
    std::unique_ptr<ApiServer> m_server; // after the backend: stopped first
    QUrl m_url;
};

} // namespace routiq
