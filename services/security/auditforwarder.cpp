#include "auditforwarder.h"

#include "auditlog.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <syslog.h>
#endif

namespace routiq {

namespace {

// One token: no spaces, quotes or control characters, so a value cannot fake another field.
QByteArray token(const QString &value)
{
    QByteArray out = value.toUtf8();
    for (char &c : out) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || c == ' ' || c == '"' || c == '=' || u == 0x7f)
            c = '_';
    }
    return out.isEmpty() ? QByteArrayLiteral("-") : out;
}

} // namespace

bool AuditForwarder::isAvailable()
{
#if defined(Q_OS_UNIX)
    return true;
#else
    return false;
#endif
}

AuditForwarder::Sink AuditForwarder::systemLog()
{
#if defined(Q_OS_UNIX)
    static const bool opened = [] {
        openlog("routiq", LOG_PID, LOG_AUTHPRIV);
        return true;
    }();
    Q_UNUSED(opened);
    return [](const QByteArray &line) {
        syslog(LOG_AUTHPRIV | LOG_INFO, "%s", line.constData());
    };
#else
    return [](const QByteArray &) {
    };
#endif
}

AuditForwarder::AuditForwarder(Sink sink) : m_sink(std::move(sink)) {}

void AuditForwarder::start(const AuditLog &log)
{
    m_lastForwarded = log.head().seq;
}

void AuditForwarder::forwardNew(const AuditLog &log)
{
    if (m_lastForwarded < 0 || !m_sink)
        return;
    const QList<AuditEntry> entries = log.entriesAfter(m_lastForwarded);
    for (const AuditEntry &e : entries) {
        m_sink(lineFor(e));
        m_lastForwarded = e.seq;
    }
}

QByteArray AuditForwarder::lineFor(const AuditEntry &e)
{
    const bool known = e.userId.has_value();
    return QByteArrayLiteral("routiq audit seq=") + QByteArray::number(e.seq) +
           " at=" + token(e.atUtc.toUTC().toString(Qt::ISODate)) + " action=" + token(e.action) +
           " user=" + (known ? token(e.userName) : QByteArrayLiteral("(unknown)")) +
           " object=" + (known ? token(e.objectId) : QByteArrayLiteral("-")) +
           " details=" + token(e.details) + " hash=" + e.hash.left(16);
}

} // namespace routiq
