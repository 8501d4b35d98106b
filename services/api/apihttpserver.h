#pragma once

#include <QAbstractHttpServer>

#include <atomic>

namespace routiq {

class ApiBackend;
class LiveHub;
struct ApiSettings;

// QAbstractHttpServer with one handler: every request is copied into an ApiCall, answered by
// the ApiBackend on its own thread (a blocking hand-over: the backend owns the databases) and
// written back; the live channel (WebSocket upgrades, .../metrics/stream) goes to the LiveHub.
// Lives on ApiServer's thread.
class ApiHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiHttpServer(ApiBackend *backend, const ApiSettings &settings,
                  const std::atomic_bool *stopping);
    LiveHub *hub() const { return m_hub; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiBackend *m_backend;
    const std::atomic_bool *m_stopping;
    LiveHub *m_hub; // a child: the live channel's subscribers
};

} // namespace routiq
