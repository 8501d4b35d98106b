#pragma once

#include "auditlog.h"
#include "domain/routiqerror.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace routiq {

class SecretStore;

// The second copy of the audit trail's counter (the log's head: seq + hash), kept outside the
// data folder in the OS keychain entry "app:audit-counter", so that restoring an older copy of
// the whole folder (routiq.db and audit-head.json together) is detected too: the keychain still
// names a later entry. Not a secret; MACed under the audit key so it cannot be forged or moved
// between folders. Like the anchor it only moves forward along the same chain: when the log no
// longer holds the entry it names, it is left alone as the evidence. With --master-key-file the
// "keychain" is the vault file inside the data folder, so it is restored with it (documented).
// Asynchronous, as SecretStore is: update() coalesces, settled() follows the last write.
class AuditCounter : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kEntryName = "app:audit-counter";
    static constexpr auto kInvalidCode = "AUDIT_COUNTER_INVALID";

    enum class State
    {
        Missing,     // no entry (a new folder, a reset keychain)
        Valid,       // `head` holds it, MAC checked
        Invalid,     // not a counter, or its MAC does not match
        Unavailable, // the keychain did not answer (error holds why)
    };
    struct Reading
    {
        State state = State::Missing;
        AuditLog::Head head;
        RoutiqError error;
    };
    using ReadCallback = std::function<void(const Reading &reading)>;
    using DoneCallback = std::function<void(const RoutiqError &error)>;

    // `store`, `log` must outlive this object; `macKey` is the audit key.
    AuditCounter(SecretStore *store, const AuditLog *log, QByteArray macKey,
                 QObject *parent = nullptr);

    void read(ReadCallback done);
    // Moves the keychain copy to log->head() if that is forward along the same chain.
    void update();
    // Writes log->head() whatever the keychain holds (the admin's re-anchor).
    void reset(DoneCallback done);

    bool isBusy() const { return m_busy; }
    // Calls `done` once no write is pending (at once when idle): what the CLI waits for before
    // it exits, so a run's entries are counted outside the folder too.
    void whenSettled(std::function<void()> done);

signals:
    void settled();

private:
    void runUpdate();
    void finishUpdate();
    void write(const AuditLog::Head &head, DoneCallback done);
    Reading parse(const std::optional<QByteArray> &value) const;

    SecretStore *m_store;
    const AuditLog *m_log;
    QByteArray m_macKey;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace routiq
