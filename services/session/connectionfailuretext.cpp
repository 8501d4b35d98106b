#include "connectionfailuretext.h"

#include <QRegularExpression>

namespace routiq {

namespace {

// The shard a Cliniko key names ("...-uk1"), empty when it has none (then it is au1).
QString clinikoShard(const QString &apiKey)
{
    static const QRegularExpression shard(QStringLiteral("-([a-z]{2}\\d{1,2})$"));
    const auto match = shard.match(apiKey.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isKnownShard(const QString &shard)
{
    // The shards Cliniko lists today (pms-api-research.md 1.1); only used to word a DNS
    // failure, never to refuse a key, since new shards appear.
    static const QStringList known = {
        QStringLiteral("au1"), QStringLiteral("au2"), QStringLiteral("au3"),
        QStringLiteral("au4"), QStringLiteral("ca1"), QStringLiteral("uk1"),
        QStringLiteral("uk2"), QStringLiteral("eu1"), QStringLiteral("us1")};
    return known.contains(shard);
}

QString scrub(QString text, const QString &apiKey)
{
    const QString key = apiKey.trimmed();
    if (key.size() >= 4)
        text.replace(key, QStringLiteral("\u2026"));
    return text;
}

} // namespace

ConnectionFailureText::Kind ConnectionFailureText::classify(const RoutiqError &error, PmsKind pms,
                                                            const QString &apiKey)
{
    switch (error.typedCode()) {
    case ErrorCode::PmsAuthRejected:
        // A Cliniko key without its "-xx1" ending is sent to au1: the usual way to end up
        // knocking on another shard's door.
        if (pms == PmsKind::Cliniko && clinikoShard(apiKey).isEmpty())
            return Kind::OtherShard;
        return Kind::WrongKey;
    case ErrorCode::PmsHostNotFound: {
        const QString shard = clinikoShard(apiKey);
        if (pms == PmsKind::Cliniko && !shard.isEmpty() && !isKnownShard(shard))
            return Kind::OtherShard;
        return Kind::NoNetwork;
    }
    case ErrorCode::PmsRateLimited:
        return Kind::RateLimited;
    case ErrorCode::PmsTlsFailed:
    case ErrorCode::PmsProxyFailed:
    case ErrorCode::PmsInsecureUrl:
        return Kind::ProxyOrTls;
    case ErrorCode::PmsBadResponse:
    case ErrorCode::PmsApiError:
        return Kind::PmsDown;
    case ErrorCode::PmsApiUnavailable:
        // An HTTP answer (5xx) or an open circuit means the PMS answered badly; no answer at
        // all (refused, timed out) is the network.
        if (error.details.startsWith(QLatin1String("HTTP ")) ||
            error.details.contains(QLatin1String("circuit open")))
            return Kind::PmsDown;
        return Kind::NoNetwork;
    default:
        break;
    }
    return Kind::Other;
}

RoutiqError ConnectionFailureText::explain(const RoutiqError &error, PmsKind pms,
                                           const QString &apiKey)
{
    const QString service =
        pms == PmsKind::Cliniko ? QStringLiteral("Cliniko") : QStringLiteral("Nookal");
    QString message;
    switch (classify(error, pms, apiKey)) {
    case Kind::WrongKey:
        message = pms == PmsKind::Cliniko
                      ? tr("Cliniko did not accept this API key. Check that you copied the whole "
                           "key, or create a new one in Cliniko (My Info > Manage API keys).")
                      : tr("Nookal did not accept this API key. Check that you copied the whole "
                           "key, or ask Nookal for a new one (Setup > Connections > API Keys).");
        break;
    case Kind::OtherShard:
        message = tr("Cliniko could not find this key's account on the server the key points "
                     "to. A Cliniko key ends with its region, such as \"-uk1\" or \"-au2\": paste "
                     "the whole key, including that ending.");
        break;
    case Kind::NoNetwork:
        message = tr("Routiq cannot reach %1: there seems to be no internet connection, or the "
                     "address could not be looked up (DNS). Check the connection and try again.")
                      .arg(service);
        break;
    case Kind::PmsDown:
        message = tr("%1 answered, but with an error page instead of its data: it is probably "
                     "down or under maintenance. Try again in a few minutes.")
                      .arg(service);
        break;
    case Kind::RateLimited:
        message = tr("%1 asked Routiq to slow down: this key (or another app using the same "
                     "user) made too many requests. Wait a minute and try again.")
                      .arg(service);
        break;
    case Kind::ProxyOrTls:
        message = tr("The secure connection to %1 could not be set up: a proxy server or a "
                     "security program on this network is in the way, or the certificate is not "
                     "trusted. Ask whoever looks after this network.")
                      .arg(service);
        break;
    case Kind::Other:
        message = tr("The connection test failed: %1").arg(error.message);
        break;
    }
    RoutiqError out =
        RoutiqError::make(error.code, scrub(message, apiKey), scrub(error.details, apiKey));
    out.timestamp = error.timestamp;
    return out;
}

} // namespace routiq
