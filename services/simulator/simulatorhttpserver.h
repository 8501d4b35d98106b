#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

class QHttpServerRequest;

namespace routiq {

// A bare HTTP server that hands every request, with its responder, to one function, so the
// simulator can route by itself and answer later (slow-response faults) without blocking.
class SimulatorHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    explicit SimulatorHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace routiq
