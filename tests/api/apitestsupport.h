#pragma once

// What the API tests share: a synced data folder with a staff and a read-only account, the
// `routiq-cli serve` process, plain HTTP requests and the seed's error shape.
#include "e2etestsupport.h"

#include "simulator/clinikosimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace routiq::apitest {

inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// Plain HTTP with Qt Network; waits on the reply's finished signal.
inline Answer request(const QByteArray &method, const QUrl &url, const QByteArray &token = {},
                      const QByteArray &body = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam->sendCustomRequest(r, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(60000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             reply->rawHeaderPairs()};
    reply->deleteLater();
    return a;
}

// `routiq-cli serve --listen 127.0.0.1:0` as `cli`'s user, until the test ends.
struct Server
{
    QObject owner;
    QTemporaryDir config;
    QProcess *process = nullptr;
    QUrl base;

    // `settings`: lines of the serve process's Routiq.conf (e.g. "[api]", "liveIntervalMs=100").
    bool start(const test::Cli &cli, const QStringList &settings = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!settings.isEmpty()) {
            QDir().mkpath(config.filePath(QStringLiteral("Routiq")));
            QFile conf(config.filePath(QStringLiteral("Routiq/Routiq.conf")));
            if (!conf.open(QIODevice::WriteOnly))
                return false;
            conf.write(settings.join(QLatin1Char('\n')).toUtf8() + '\n');
            conf.close();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        }
        process = cli.start(words({"serve", "--listen", "127.0.0.1:0"}), &owner, env);
        QByteArray out;
        const bool ready = test::spinUntil(
            [&] {
                out += process->readAllStandardOutput();
                return out.contains('\n') || process->state() == QProcess::NotRunning;
            },
            60000);
        const QJsonObject line = QJsonDocument::fromJson(out.trimmed()).object();
        base = QUrl(line.value(QStringLiteral("listening")).toString());
        return ready && base.isValid() && base.port() > 0;
    }
    QUrl url(const QString &path) const
    {
        QUrl u = base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    ~Server()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            process->waitForFinished(30000);
        }
    }
};

inline QByteArray passwordIn(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

inline QJsonObject signIn(const Server &server, const QString &name, const QByteArray &password)
{
    const QJsonObject body{{QStringLiteral("username"), name},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
    return request("POST", server.url(QStringLiteral("/api/v1/auth/token")), {},
                   QJsonDocument(body).toJson())
        .object();
}

inline QByteArray accessToken(const QJsonObject &tokens)
{
    return tokens.value(QStringLiteral("access_token")).toString().toUtf8();
}

// The seed's error shape, and its code.
inline QString seedErrorCode(const Answer &a)
{
    const QJsonObject e = a.object().value(QStringLiteral("error")).toObject();
    const QJsonObject fallback = e.value(QStringLiteral("fallback_data")).toObject();
    const bool shaped =
        e.value(QStringLiteral("code")).isString() &&
        e.value(QStringLiteral("message")).isString() &&
        e.value(QStringLiteral("details")).isString() &&
        QDateTime::fromString(e.value(QStringLiteral("timestamp")).toString(), Qt::ISODate)
            .isValid() &&
        fallback.contains(QStringLiteral("last_updated")) &&
        fallback.contains(QStringLiteral("data_age_minutes"));
    return shaped ? e.value(QStringLiteral("code")).toString() : QStringLiteral("<not shaped>");
}

// A booking of this month that is still on: cancelling it changes the month's figures.
inline std::optional<RecordId> bookingThisMonth(const SimulatedClinic &clinic)
{
    const QDate today = QDate::currentDate();
    for (const SimAppointment &a : clinic.appointments) {
        const QDate day = a.startsAt.toLocalTime().date();
        if (!a.isCancelled() && !a.isArchived() && day.year() == today.year() &&
            day.month() == today.month() && std::abs(day.daysTo(today)) < 20)
            return a.id;
    }
    return std::nullopt;
}

struct Folder
{
    ClinikoSimulator sim{test::smallClinic(120, 500)};
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    test::Cli staff = admin;
    test::Cli reader = admin;

    bool make()
    {
        sim.setRateLimitEnabled(false);
        if (!sim.start() || !admin.signInAsNewAdmin() ||
            !admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                             sim.apiKey()) ||
            admin.run(words({"sync", "--clinic", "north"})) != 0)
            return false;
        staff = admin;
        staff.user = QStringLiteral("sam");
        staff.passwordFile = admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"),
                                           {QStringLiteral("north")});
        reader = admin;
        reader.user = QStringLiteral("rita");
        reader.passwordFile = admin.addUser(QStringLiteral("rita"), QStringLiteral("readonly"),
                                            {QStringLiteral("north")});
        return !staff.passwordFile.isEmpty() && !reader.passwordFile.isEmpty();
    }
};

} // namespace routiq::apitest
