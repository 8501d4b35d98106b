#include "livehub.h"

#include "api/apibackend.h"
#include "api/apierror.h"
#include "api/cachefilestate.h"
#include "api/liveclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>

namespace routiq {

namespace {

// {"clinicId", "data", "seq", "type"}: "data" is the GET .../metrics body for the same query,
// already compact; put together without parsing it again (it is the same for every subscriber).
QByteArray message(const char *type, qint64 seq, const ClinicId &clinic, const QByteArray &data)
{
    QByteArray id = QJsonDocument(QJsonArray{clinic}).toJson(QJsonDocument::Compact);
    id = id.mid(1, id.size() - 2); // the string, JSON-escaped
    return "{\"clinicId\":" + id + ",\"data\":" + data + ",\"seq\":" + QByteArray::number(seq) +
           ",\"type\":\"" + type + "\"}";
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
    connect(&m_poll, &QTimer::timeout, this, [this] {
        // For file systems without notifications: a change seen here is settled like one.
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            if (signature(it.key()) != m_signature.value(it.key())) {
                touched();
                return;
            }
    });
    m_heartbeat.setInterval(std::max(1000, m_settings.idleTimeoutSecs * 1000 / 3));
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveHub::heartbeat);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LiveHub::touched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LiveHub::touched);
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
    QHash<QString, Prepared> memo;
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
    QHash<QString, Prepared> memo;
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
    QHash<QString, Prepared> memo;
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
    return CacheFileState::signature(m_files.value(clinic));
}

void LiveHub::scheduleCheck(int delayMs)
{
    if (!m_check.isActive() || m_check.remainingTime() > delayMs)
        m_check.start(delayMs);
}

void LiveHub::touched()
{
    // A sync writes its pass in a few quick steps (the data, then its checkpoint and time):
    // wait until the files are quiet for a moment, but never longer than kMaxSettleMs after
    // the first write, so the first message of a change goes out at once with all of it.
    if (!m_firstTouch.isValid())
        m_firstTouch.start();
    const qint64 left = std::max<qint64>(0, kMaxSettleMs - m_firstTouch.elapsed());
    m_check.start(int(std::min<qint64>(kSettleMs, left)));
}

void LiveHub::check()
{
    m_firstTouch.invalidate();
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
    QHash<QString, Prepared> memo; // subscribers with the same account and query share one
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

QString LiveHub::subscriptionKey(const LiveClient *client)
{
    QUrlQuery query = client->query;
    query.removeAllQueryItems(QStringLiteral("since"));
    return QString::number(client->userId) + QLatin1Char('|') + client->clinic + QLatin1Char('|') +
           query.toString(QUrl::FullyEncoded);
}

LiveHub::Prepared &LiveHub::prepare(LiveClient *client, QHash<QString, Prepared> *memo)
{
    const QString key = subscriptionKey(client);
    auto found = memo->find(key);
    if (found != memo->end())
        return *found;
    QUrlQuery query = client->query;
    query.removeAllQueryItems(QStringLiteral("since"));
    Prepared prepared;
    // The account is checked again here (once per account and query), and the figures come
    // from the backend's snapshot cache when the clinic did not change since.
    QMetaObject::invokeMethod(
        m_backend,
        [&] {
            prepared.reply =
                m_backend->liveFigures(client->userId, client->username, client->clinic, query);
        },
        Qt::BlockingQueuedConnection);
    if (prepared.reply.status == 200)
        prepared.data = QJsonDocument::fromJson(prepared.reply.body).toJson(QJsonDocument::Compact);
    return *memo->insert(key, prepared);
}

bool LiveHub::refresh(LiveClient *client, bool full, QHash<QString, Prepared> *memo)
{
    Prepared &prepared = prepare(client, memo);
    client->lastSignature = m_signature.value(client->clinic);
    const ApiReply &reply = prepared.reply;
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
    const char *type = full ? "figures" : "update";
    auto made = prepared.messages.find(type);
    if (made == prepared.messages.end())
        made = prepared.messages.insert(
            type, LiveMessage::of(message(type, seq, client->clinic, prepared.data)));
    return client->send(*made, seq, type);
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
