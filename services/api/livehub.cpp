#include "livehub.h"

#include "api/apibackend.h"
#include "api/apierror.h"
#include "api/liveclient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>

namespace routiq {

namespace {

QByteArray message(const char *type, qint64 seq, const ClinicId &clinic, const QByteArray &body)
{
    // "data" is the GET .../metrics body for the same query.
    const QJsonObject o{{QStringLiteral("type"), QLatin1String(type)},
                        {QStringLiteral("seq"), double(seq)},
                        {QStringLiteral("clinicId"), clinic},
                        {QStringLiteral("data"), QJsonDocument::fromJson(body).object()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorMessage(const RoutiqError &error)
{
    QJsonObject o = QJsonDocument::fromJson(ApiError::body(error)).object();
    o.insert(QStringLiteral("type"), QStringLiteral("error"));
    o.insert(QStringLiteral("status"), ApiError::httpStatus(ApiError::apiCode(error.code)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorMessage(const ApiReply &reply)
{
    QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    o.insert(QStringLiteral("type"), QStringLiteral("error"));
    o.insert(QStringLiteral("status"), reply.status);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

LiveHub::LiveHub(ApiBackend *backend, const ApiSettings &settings, QObject *parent)
    : QObject(parent), m_backend(backend), m_settings(settings)
{
    m_check.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &LiveHub::check);
    m_poll.setInterval(m_settings.liveIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveHub::check);
    m_heartbeat.setInterval(std::max(1000, m_settings.idleTimeoutSecs * 1000 / 3));
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveHub::heartbeat);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { scheduleCheck(30); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { scheduleCheck(30); });
}

LiveHub::~LiveHub()
{
    const QSet<LiveClient *> clients = m_clients;
    m_clients.clear();
    qDeleteAll(clients);
}

void LiveHub::addWebSocket(std::unique_ptr<QWebSocket> socket)
{
    static const QRegularExpression route(
        QStringLiteral("^/ws/clinics/([A-Za-z0-9_.-]+)/metrics$"));
    const QUrl url = socket->requestUrl();
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    auto *client = new LiveClient(std::move(socket), m_settings.sendQueueBytes);
    connect(client, &LiveClient::gone, this, &LiveHub::drop, Qt::QueuedConnection);
    connect(client, &LiveClient::messageReceived, this, &LiveHub::onMessage);
    if (int(m_clients.size()) >= m_settings.maxConnections) {
        client->send(errorMessage(ApiError::make("SERVICE_UNAVAILABLE",
                                                 QStringLiteral("Too many live connections."))),
                     0, "error");
        client->close(1013, QStringLiteral("too many connections"));
        m_clients.insert(client);
        m_backend->setLiveConnections(int(m_clients.size()));
        return;
    }
    m_clients.insert(client);
    m_backend->setLiveConnections(int(m_clients.size()));
    const QRegularExpressionMatch m = route.match(url.path());
    if (!m.hasMatch()) {
        client->send(errorMessage(ApiError::make("NOT_FOUND", QStringLiteral("There is no such "
                                                                             "live channel."))),
                     0, "error");
        client->close(1008, QStringLiteral("not found"));
        return;
    }
    QUrlQuery query(url);
    const QByteArray bare =
        query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    query.removeAllQueryItems(QStringLiteral("access_token"));
    subscribe(client, authorization, bare, m.captured(1), query);
}

std::optional<ApiReply> LiveHub::addEventStream(const ApiCall &call, const ClinicId &clinic,
                                                QTcpSocket *socket)
{
    RoutiqError error;
    std::optional<ActingUser> user;
    QUrlQuery query = call.query;
    const QByteArray bare =
        query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    query.removeAllQueryItems(QStringLiteral("access_token"));
    QMetaObject::invokeMethod(
        m_backend, [&] { user = m_backend->liveUser(call.authorization, bare, &error); },
        Qt::BlockingQueuedConnection);
    if (!user)
        return ApiReply{401, "application/json", ApiError::body(error), {}};
    if (int(m_clients.size()) >= m_settings.maxConnections)
        return ApiReply{503,
                        "application/json",
                        ApiError::body(ApiError::make(
                            "SERVICE_UNAVAILABLE", QStringLiteral("Too many live connections."))),
                        {}};
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: "
                  "no-store\r\nX-Accel-Buffering: no\r\n\r\n");
    auto *client = new LiveClient(socket, m_settings.sendQueueBytes);
    connect(client, &LiveClient::gone, this, &LiveHub::drop, Qt::QueuedConnection);
    m_clients.insert(client);
    m_backend->setLiveConnections(int(m_clients.size()));
    client->userId = user->userId;
    client->username = user->username;
    // Last-Event-ID (a browser's EventSource reconnecting) works as ?since=.
    if (!call.lastEventId.isEmpty() && !query.hasQueryItem(QStringLiteral("since")))
        query.addQueryItem(QStringLiteral("since"), QString::fromLatin1(call.lastEventId));
    client->clinic = clinic;
    client->query = query;
    watch(clinic);
    QHash<QString, ApiReply> memo;
    refresh(client, true, &memo);
    return std::nullopt;
}

bool LiveHub::subscribe(LiveClient *client, const QByteArray &authorization,
                        const QByteArray &bareToken, const ClinicId &clinic, QUrlQuery query)
{
    RoutiqError error;
    std::optional<ActingUser> user;
    QMetaObject::invokeMethod(
        m_backend, [&] { user = m_backend->liveUser(authorization, bareToken, &error); },
        Qt::BlockingQueuedConnection);
    if (!user) {
        client->send(errorMessage(error), 0, "error");
        client->close(1008, QStringLiteral("unauthorized"));
        return false;
    }
    client->userId = user->userId;
    client->username = user->username;
    client->clinic = clinic;
    client->query = query;
    watch(clinic);
    QHash<QString, ApiReply> memo;
    return refresh(client, true, &memo);
}

void LiveHub::onMessage(LiveClient *client, const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.contains(QStringLiteral("ping"))) {
        client->send(QByteArrayLiteral("{\"type\":\"pong\"}"), m_seq.value(client->clinic), "pong");
        return;
    }
    if (!o.value(QStringLiteral("subscribe")).isObject()) {
        client->send(
            errorMessage(ApiError::make("BAD_REQUEST", QStringLiteral("Send {\"subscribe\": {...}} "
                                                                      "or {\"ping\": 1}."))),
            m_seq.value(client->clinic), "error");
        return;
    }
    // The same query parameters as GET .../metrics, as a JSON object.
    const QJsonObject s = o.value(QStringLiteral("subscribe")).toObject();
    QUrlQuery query;
    for (auto it = s.begin(); it != s.end(); ++it)
        query.addQueryItem(it.key(), it.value().isString()
                                         ? it.value().toString()
                                         : QString::number(it.value().toDouble(), 'g', 17));
    client->query = query;
    client->lastBody.clear();
    QHash<QString, ApiReply> memo;
    refresh(client, true, &memo);
}

void LiveHub::drop(LiveClient *client)
{
    if (!m_clients.remove(client))
        return;
    m_backend->setLiveConnections(int(m_clients.size()));
    m_lastSent.remove(client);
    client->deleteLater();
    // A clinic nobody watches any more is not polled.
    QSet<ClinicId> watched;
    for (const LiveClient *c : std::as_const(m_clients))
        watched.insert(c->clinic);
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (watched.contains(it.key())) {
            ++it;
            continue;
        }
        m_watcher.removePaths(it.value());
        it = m_files.erase(it);
    }
    if (m_files.isEmpty()) {
        m_poll.stop();
        m_heartbeat.stop();
    }
}

void LiveHub::watch(const ClinicId &clinic)
{
    if (m_files.contains(clinic))
        return;
    QStringList files;
    QMetaObject::invokeMethod(
        m_backend, [&] { files = m_backend->cacheFiles(clinic); }, Qt::BlockingQueuedConnection);
    m_files.insert(clinic, files);
    QStringList paths;
    for (const QString &f : files)
        if (QFileInfo::exists(f))
            paths.append(f);
    if (!files.isEmpty())
        paths.append(QFileInfo(files.first()).absolutePath()); // the WAL appearing
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
    m_signature.insert(clinic, signature(clinic));
    if (!m_poll.isActive())
        m_poll.start();
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
}

QByteArray LiveHub::signature(const ClinicId &clinic) const
{
    QByteArray s;
    for (const QString &f : m_files.value(clinic)) {
        const QFileInfo info(f);
        s += QByteArray::number(info.exists() ? info.size() : -1) + ':' +
             QByteArray::number(info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0) + ';';
    }
    return s;
}

void LiveHub::scheduleCheck(int delayMs)
{
    if (!m_check.isActive())
        m_check.start(delayMs);
}

void LiveHub::check()
{
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QByteArray now = signature(it.key());
        if (now != m_signature.value(it.key())) {
            m_signature.insert(it.key(), now);
            ++m_seq[it.key()];
            // A new WAL (or a replaced file) is watched from now on.
            for (const QString &f : it.value())
                if (QFileInfo::exists(f) && !m_watcher.files().contains(f))
                    m_watcher.addPath(f);
        }
    }
    QHash<QString, ApiReply> memo; // subscribers with the same account and query share one
    int soonest = -1;
    const QSet<LiveClient *> clients = m_clients;
    for (LiveClient *client : clients) {
        if (client->clinic.isEmpty() || client->lastSignature == m_signature.value(client->clinic))
            continue;
        const auto last = m_lastSent.constFind(client);
        const qint64 wait =
            last == m_lastSent.cend() ? 0 : m_settings.liveIntervalMs - last->elapsed();
        if (wait > 0) {
            soonest = soonest < 0 ? int(wait) : std::min(soonest, int(wait));
            continue;
        }
        refresh(client, false, &memo);
    }
    if (soonest >= 0)
        scheduleCheck(soonest);
}

bool LiveHub::refresh(LiveClient *client, bool full, QHash<QString, ApiReply> *memo)
{
    const QByteArray sig = m_signature.value(client->clinic);
    const QString key = QString::number(client->userId) + QLatin1Char('|') + client->clinic +
                        QLatin1Char('|') + client->query.toString(QUrl::FullyEncoded);
    auto found = memo->constFind(key);
    if (found == memo->cend()) {
        QUrlQuery query = client->query;
        query.removeAllQueryItems(QStringLiteral("since"));
        ApiReply reply;
        QMetaObject::invokeMethod(
            m_backend,
            [&] {
                reply =
                    m_backend->liveFigures(client->userId, client->username, client->clinic, query);
            },
            Qt::BlockingQueuedConnection);
        found = memo->insert(key, reply);
    }
    client->lastSignature = sig;
    const ApiReply &reply = *found;
    const qint64 seq = m_seq.value(client->clinic);
    if (reply.status != 200) {
        // Refused now (account disabled, rights changed) or a bad subscription.
        client->send(errorMessage(reply), seq, "error");
        if (reply.status == 401 || reply.status == 403)
            client->close(1008, QStringLiteral("refused"));
        return false;
    }
    if (!full && reply.body == client->lastBody)
        return true;
    client->lastBody = reply.body;
    m_lastSent[client].start();
    return client->send(message(full ? "figures" : "update", seq, client->clinic, reply.body), seq);
}

void LiveHub::heartbeat()
{
    const QSet<LiveClient *> clients = m_clients;
    for (LiveClient *client : clients) {
        if (client->sinceSeen.elapsed() > qint64(m_settings.idleTimeoutSecs) * 1000)
            client->close(1001, QStringLiteral("no answer to pings"));
        else
            client->heartbeat();
    }
}

} // namespace routiq
