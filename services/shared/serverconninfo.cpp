#include "serverconninfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace routiq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("routiq::ServerConnInfo", text);
}

RoutiqError invalid(const QString &details)
{
    return RoutiqError::make(
        errorCodeName(ErrorCode::ServerConnInfoInvalid),
        tr("The server address is not a connection string Routiq can use. Write it as key=value "
           "pairs, e.g. \"host=db.clinic.lan dbname=routiq sslmode=verify-full\"."),
        details);
}

// libpq's keyword/value syntax: key = value, whitespace between pairs, a value in single
// quotes may hold spaces, \' and \\.
bool parsePairs(const QString &text, QList<std::pair<QString, QString>> *pairs, QString *why)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpaces = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= n)
            return true;
        const qsizetype keyStart = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != u'=')
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (key.isEmpty() || i >= n || text.at(i) != u'=') {
            *why = QStringLiteral("expected key=value near \"%1\"").arg(key);
            return false;
        }
        ++i;
        skipSpaces();
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                *why = QStringLiteral("unterminated quoted value for %1").arg(key);
                return false;
            }
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n)
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        pairs->append({key.toLower(), value});
    }
}

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') &&
        !value.contains(u'\\'))
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

bool ServerConnInfo::isLoopback(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@'))
        return true; // a unix socket
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ServerConnInfo> ServerConnInfo::parse(const QString &text, RoutiqError *error)
{
    auto failWith = [error](const RoutiqError &e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failWith(invalid(QStringLiteral("empty")));
    if (trimmed.startsWith(QLatin1String("postgres://")) ||
        trimmed.startsWith(QLatin1String("postgresql://")))
        return failWith(invalid(QStringLiteral("a URI; use key=value pairs")));
    ServerConnInfo info;
    QString why;
    if (!parsePairs(trimmed, &info.m_pairs, &why))
        return failWith(invalid(why));
    for (const auto &[key, value] : std::as_const(info.m_pairs)) {
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            return failWith(RoutiqError::make(
                errorCodeName(ErrorCode::ServerConnInfoInvalid),
                tr("Passwords never go on the command line or in ROUTIQ_SERVER. Put the password "
                   "in the PostgreSQL password file (PGPASSFILE, ~/.pgpass) or a service file "
                   "(service=NAME)."),
                QStringLiteral("%1= given").arg(key)));
        // QPSQL hands the options to libpq with ';' turned into spaces.
        if (value.contains(u';'))
            return failWith(invalid(QStringLiteral("';' in the value of %1").arg(key)));
    }
    if (!info.onlyLoopback() && !info.verifiesTls())
        return failWith(RoutiqError::make(
            errorCodeName(ErrorCode::ServerInsecure),
            tr("Routiq talks to a server on another computer only over TLS that checks the "
               "server's certificate: add sslmode=verify-full (and sslrootcert=FILE for your own "
               "certificate authority). Without TLS only this computer (localhost or a unix "
               "socket) is allowed."),
            info.description()));
    return info;
}

QString ServerConnInfo::value(const QString &key) const
{
    for (const auto &[k, v] : m_pairs) {
        if (k == key)
            return v;
    }
    return {};
}

ServerConnInfo ServerConnInfo::withUser(const QString &user) const
{
    ServerConnInfo other = *this;
    other.m_pairs.removeIf([](const auto &pair) { return pair.first == QLatin1String("user"); });
    other.m_pairs.append({QStringLiteral("user"), user});
    return other;
}

bool ServerConnInfo::onlyLoopback() const
{
    QString hosts = value(QStringLiteral("host"));
    QString addresses = value(QStringLiteral("hostaddr"));
    if (hosts.isEmpty() && addresses.isEmpty()) {
        hosts = qEnvironmentVariable("PGHOST");
        addresses = qEnvironmentVariable("PGHOSTADDR");
    }
    // libpq connects to hostaddr when given (host is then only the name checked in TLS).
    const QString used = addresses.isEmpty() ? hosts : addresses;
    for (const QString &host : used.split(u',')) {
        if (!isLoopback(host.trimmed()))
            return false;
    }
    return true;
}

QString ServerConnInfo::libpqString() const
{
    QStringList parts;
    for (const auto &[key, value] : m_pairs)
        parts << key + u'=' + quoted(value);
    if (value(QStringLiteral("application_name")).isEmpty())
        parts << QStringLiteral("application_name=routiq");
    // A network that drops silently (a pulled cable, a sleeping laptop, a server host gone
    // without a reset) must end a connection within half a minute, not after the kernel's
    // retransmissions (about 15 minutes) or keepalive defaults (2 hours): a viewer then says
    // "reconnecting" and an agent exits for its supervisor to restart. Sent data unacknowledged for
    // 30 s, or an idle connection whose probes go unanswered for 15 + 3 × 5 s, ends it. (libpq
    // ignores these on unix sockets, and tcp_user_timeout where the OS lacks it.)
    static const std::pair<const char *, const char *> defaults[] = {
        {"connect_timeout", "10"},    {"keepalives", "1"},       {"keepalives_idle", "15"},
        {"keepalives_interval", "5"}, {"keepalives_count", "3"}, {"tcp_user_timeout", "30000"},
    };
    for (const auto &[key, fallback] : defaults)
        if (value(QLatin1String(key)).isEmpty())
            parts << QLatin1String(key) + u'=' + QLatin1String(fallback);
    return parts.join(u' ');
}

QString ServerConnInfo::description() const
{
    QStringList parts;
    for (const char *key : {"service", "host", "hostaddr", "port", "dbname", "user", "sslmode"}) {
        const QString v = value(QLatin1String(key));
        if (!v.isEmpty())
            parts << QLatin1String(key) + u'=' + v;
    }
    return parts.isEmpty() ? QStringLiteral("(libpq defaults)") : parts.join(u' ');
}

void ServerConnInfo::setUser(const QString &user)
{
    m_pairs.removeIf([](const auto &pair) { return pair.first == QLatin1String("user"); });
    if (!user.isEmpty())
        m_pairs.append({QStringLiteral("user"), user});
}

QString ServerConnInfo::serverKey() const
{
    const QString service = value(QStringLiteral("service"));
    QString host = value(QStringLiteral("hostaddr"));
    if (host.isEmpty())
        host = value(QStringLiteral("host"));
    const QString port = value(QStringLiteral("port"));
    const QString db = value(QStringLiteral("dbname"));
    return (service.isEmpty() ? QString() : service + u'@') + host +
           (port.isEmpty() ? QString() : u':' + port) + u'/' + db;
}

} // namespace routiq
