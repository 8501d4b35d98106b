#pragma once

#include "api/apisettings.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>

#include <atomic>
#include <optional>

namespace routiq {

class ApiBackend;
class ApiHttpServer;

// The REST API's HTTP server on a thread of its own (Qt HttpServer): it parses requests and
// writes answers there, and hands each request to the ApiBackend (on the thread that owns the
// databases) and waits for the answer. Loopback by default; any other address only with TLS
// (a certificate and key given by the admin), else start() refuses: plain HTTP never leaves
// the machine (docs/api.md: a reverse proxy is the other way).
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ApiBackend *backend, const ApiSettings &settings, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on `address`:`port` (0 = any free port); false with a plain-words reason.
    bool start(const QHostAddress &address, quint16 port,
               const std::optional<QSslConfiguration> &tls, QString *error);
    quint16 port() const { return m_port; }
    // Stops listening and joins the thread (answering any request still waiting on it).
    void stop();

private:
    ApiBackend *m_backend;
    ApiSettings m_settings;
    QThread m_thread;
    ApiHttpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    std::atomic_bool m_stopping = false;
};

} // namespace routiq
