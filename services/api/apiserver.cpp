#include "apiserver.h"

#include "api/apihttpserver.h"

#include <QCoreApplication>
#include <QTcpServer>

namespace routiq {

ApiServer::ApiServer(ApiBackend *backend, const ApiSettings &settings, QObject *parent)
    : QObject(parent), m_backend(backend), m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("api-server"));
}

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::start(const QHostAddress &address, quint16 port,
                      const std::optional<QSslConfiguration> &tls, QString *error)
{
    if (!address.isLoopback() && !tls) {
        *error = tr("Plain HTTP is served on loopback only (127.0.0.1 or ::1): give a TLS "
                    "certificate and key to listen on %1, or put a TLS reverse proxy in front.")
                     .arg(address.toString());
        return false;
    }
    // Made on its thread: QAbstractHttpServer's WebSocket server is a member, not a child,
    // so moving the object after construction would leave it on this thread.
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        anchor,
        [this, address, port, tls] {
            m_server = new ApiHttpServer(m_backend, m_settings, &m_stopping);
            connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
#if QT_CONFIG(ssl)
            if (tls)
                m_server->sslSetup(*tls);
#endif
            m_port = m_server->listen(address, port);
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1:%2 (in use, or not an address of this computer).")
                     .arg(address.toString())
                     .arg(port);
        stop();
        return false;
    }
    return true;
}

void ApiServer::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true;
    m_thread.quit();
    // A request may be waiting for the backend on this thread: keep answering until joined.
    while (!m_thread.wait(10))
        QCoreApplication::processEvents();
}

} // namespace routiq
