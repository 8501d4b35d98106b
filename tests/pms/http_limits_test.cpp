#include "core/clock.h"
#include "net/pmshttpclient.h"
#include "net/transportsecurity.h"
#include "testapp.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace routiq;
using namespace routiq::test;

// The response size cap, over a raw HTTP server on loopback (a QTcpServer, so the test controls
// every header and byte: a lying Content-Length, a chunked body with none).

namespace {

// Answers every request on 127.0.0.1 with `response`, written as soon as the request's headers
// have arrived. The connection stays open, as a slow or hostile server would keep it.
class RawHttpServer
{
public:
    explicit RawHttpServer(QByteArray response) : m_response(std::move(response))
    {
        ensureCoreApp(); // before the socket: it needs the application's event dispatcher
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n") && !m_answered) {
                        m_answered = true;
                        socket->write(m_response);
                    }
                });
            }
        });
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/patients").arg(m_server.serverPort()));
    }
    bool answered() const { return m_answered; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
    bool m_answered = false;
};

QByteArray chunked(qint64 bytes)
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(16 * 1024, 'x');
    for (qint64 sent = 0; sent < bytes; sent += chunk.size())
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    return out + "0\r\n\r\n";
}

QByteArray withLength(qint64 announced, const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(announced) + "\r\n\r\n" + body;
}

HttpResult fetch(const QUrl &url, qint64 maxBytes)
{
    ensureCoreApp();
    SystemClock clock;
    PmsHttpClient::Config config;
    config.maxResponseBytes = maxBytes;
    config.transferTimeoutMs = 20'000;
    config.retry.maxAttempts = 1;
    PmsHttpClient client(clock, config, nullptr, nullptr);
    QSignalSpy finished(&client, &PmsHttpClient::finished);
    client.get(url, {});
    REQUIRE(finished.wait(30'000));
    return finished.first().first().value<HttpResult>();
}

} // namespace

TEST_CASE("an answer whose Content-Length is over the cap is refused before its body is read")
{
    // Only 10 bytes of the announced 100 MiB ever come: without the header check the client
    // would wait for the rest until the transfer timeout and report a network failure.
    RawHttpServer server(withLength(100 * 1024 * 1024, "0123456789"));
    const HttpResult result = fetch(server.url(), 1024 * 1024);
    CHECK_FALSE(result.ok);
    CHECK(result.error.code == QStringLiteral("CLINIKO_RESPONSE_TOO_LARGE"));
    CHECK(result.body.isEmpty());
    CHECK(result.attempts == 1);
}

TEST_CASE("a chunked answer without Content-Length is cut off once it passes the cap")
{
    RawHttpServer server(chunked(256 * 1024));
    const HttpResult result = fetch(server.url(), 64 * 1024);
    CHECK_FALSE(result.ok);
    CHECK(result.error.code == QStringLiteral("CLINIKO_RESPONSE_TOO_LARGE"));
    CHECK(result.body.isEmpty());
}

TEST_CASE("an answer of exactly the cap is accepted whole")
{
    const QByteArray body(64 * 1024, 'y');
    SECTION("with Content-Length")
    {
        RawHttpServer server(withLength(body.size(), body));
        const HttpResult result = fetch(server.url(), body.size());
        REQUIRE(result.ok);
        CHECK(result.body == body);
    }
    SECTION("chunked")
    {
        RawHttpServer server(chunked(body.size()));
        const HttpResult result = fetch(server.url(), body.size());
        REQUIRE(result.ok);
        CHECK(result.body.size() == body.size());
    }
}

TEST_CASE("the default cap is 32 MiB")
{
    CHECK(PmsHttpClient::Config{}.maxResponseBytes == 32 * 1024 * 1024);
}

TEST_CASE("plain http to localhost with a trailing dot is refused, since DNS may answer it")
{
    const auto refused = [](const char *url) {
        return !TransportSecurity::refusalReason(QUrl(QString::fromLatin1(url))).isEmpty();
    };
    CHECK_FALSE(refused("http://localhost:1234/v1"));
    CHECK_FALSE(refused("http://LOCALHOST:1234/v1"));
    CHECK(refused("http://localhost.:1234/v1"));
    CHECK(refused("http://localhost.localdomain/v1"));
    CHECK(refused("http://127.0.0.1.nip.io/v1"));
    CHECK(refused("http://[::2]/v1"));
    CHECK(refused("http://0.0.0.0/v1"));
    CHECK(TransportSecurity::isLoopbackHost(QStringLiteral("localhost")));
    CHECK_FALSE(TransportSecurity::isLoopbackHost(QStringLiteral("localhost.")));
    CHECK_FALSE(TransportSecurity::isLoopbackHost(QStringLiteral(" localhost")));
}
