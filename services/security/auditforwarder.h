#pragma once

#include "auditentry.h"

#include <QByteArray>

#include <functional>

namespace routiq {

class AuditLog;

// Opt-in copy of new audit entries to the OS log (syslog(3), facility LOG_AUTHPRIV, on Linux
// and macOS), so the trail also exists outside Routiq's folder, where whoever can rewrite the
// folder cannot reach it. Off by default (setting `security/forwardAuditToOsLog`). Forwards
// each committed entry once, in order, from the head at start() on. Lines hold seq, time,
// action, the account, object, details and the hash prefix; for entries with no account (a
// failed login under an unknown name) the typed name is left out, since people type passwords
// into the name field. Not available on Windows yet (isAvailable() is false there).
class AuditForwarder
{
public:
    using Sink = std::function<void(const QByteArray &line)>;

    static bool isAvailable();
    // syslog(3) under the ident "routiq"; a sink that drops lines where unavailable.
    static Sink systemLog();

    explicit AuditForwarder(Sink sink);

    // Entries up to log.head() are not forwarded (they were, or predate the setting).
    void start(const AuditLog &log);
    // Sends every entry after the last one forwarded. Call it where the anchor moves (after
    // commits), so entries of a rolled-back transaction are never sent.
    void forwardNew(const AuditLog &log);

    static QByteArray lineFor(const AuditEntry &entry);

private:
    Sink m_sink;
    qint64 m_lastForwarded = -1; // -1: start() not called yet
};

} // namespace routiq
