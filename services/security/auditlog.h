#pragma once

#include "accesspolicy.h"
#include "actinguser.h"
#include "auditaction.h"
#include "auditentry.h"
#include "auditrecorder.h"
#include "domain/routiqerror.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace routiq {

class AuditAnchor;
class AuditCounter;
class AuditForwarder;
class Clock;

// The verdicts of the audit checks (AuditLog::verify, AuditVerifier), also the error codes
// `routiq-cli audit verify` prints.
namespace AuditCode {
inline constexpr auto kMacMismatch = "MAC_MISMATCH"; // an entry or record fails its MAC
inline constexpr auto kChainBroken = "CHAIN_BROKEN"; // a hash link is wrong or an entry missing
inline constexpr auto kAnchorMissing = "ANCHOR_MISSING";
inline constexpr auto kAnchorMacInvalid = "ANCHOR_MAC_INVALID";
inline constexpr auto kRollbackDetected = "ROLLBACK_DETECTED";
inline constexpr auto kTailCut = "TAIL_CUT";
} // namespace AuditCode

// The app's append-only, hash-chained record of logins, patient-level access, exports and
// settings changes. Each entry's hash covers the previous entry's hash, so verify() finds the
// first entry that was edited, removed, reordered or slipped in by writing to the table directly.
// With the audit key (setMacKey) every entry also carries a MAC and the database keeps a MACed
// record of its last entry (audit_head): rewriting entries, even with every hash recomputed, or
// cutting entries off the end is then detected by anyone holding the key. Without the key the
// chain is still checked; the MACs are not.
class AuditLog final : public AuditRecorder
{
public:
    // The last entry, kept outside the database (e.g. printed by the CLI, stored in settings)
    // so that cutting entries off the end, which a chain alone cannot see, is detected too.
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };

    struct Verification
    {
        bool ok = true;
        QString code;              // an AuditCode when !ok
        qint64 entries = 0;        // entries read
        qint64 firstBrokenSeq = 0; // the first seq whose entry is wrong or missing (0 if ok)
        QString reason;            // what is wrong, without any entry content
        qint64 firstKeyedSeq = 0;  // the first entry with a MAC (0: none)
        qint64 legacyEntries = 0;  // entries before it, written before the log was keyed
        bool macsChecked = false;  // false without the audit key: only the chain was checked
    };

    // `db` is the app database, used on the thread that opened it; the tables come from
    // SecuritySchema.
    AuditLog(QSqlDatabase db, const Clock *clock);

    // Appends an entry for a signed-in user. Joins the caller's transaction if one is open.
    bool record(const ActingUser &who, AuditAction action, const QString &objectId = {},
                const QString &details = {}, RoutiqError *error = nullptr) override;
    // Appends an entry for someone not (yet) signed in: a failed login under a typed name.
    bool recordAs(std::optional<qint64> userId, const QString &userName, AuditAction action,
                  const QString &objectId = {}, const QString &details = {},
                  RoutiqError *error = nullptr);

    // Entries at or after `since` (UTC), oldest first, for admins only (ACCESS_DENIED otherwise).
    // Reading the log is itself recorded ("audit.view"; a refusal as "access.denied"), after the
    // read, so the list returned does not contain its own entry.
    std::optional<QList<AuditEntry>> list(const ActingUser &who, const QDateTime &since,
                                          RoutiqError *error);

    // Walks the chain (CHAIN_BROKEN), the MACs when the key is set (MAC_MISMATCH; an entry
    // without a MAC after a keyed one is one even without the key) and the database's head
    // record (TAIL_CUT when entries it names are gone). `expectedHead` (kept elsewhere) must
    // be in the log with the same hash (CHAIN_BROKEN / TAIL_CUT otherwise).
    Verification verify(const std::optional<Head> &expectedHead = std::nullopt) const;
    Head head() const;
    // The stored hash of entry `seq` (the genesis hash for 0), nullopt when there is none.
    std::optional<QByteArray> hashAt(qint64 seq) const;
    // Whether entry `seq` carries a MAC (false for 0 and for entries that do not exist).
    bool isKeyed(qint64 seq) const;
    // Entries after `seq`, oldest first, unaudited: for AuditForwarder only (what it sends is
    // the admin's own opt-in copy); people read the log through list().
    QList<AuditEntry> entriesAfter(qint64 seq) const;

    // The audit key (AuditKey::load); empty = none. With a key, appends carry MACs; without
    // one, appending to a log that already holds keyed entries is refused (AUDIT_KEY_MISSING),
    // since an unkeyed entry there would read as tampering.
    void setMacKey(const QByteArray &key) { m_macKey = key; }
    const QByteArray &macKey() const { return m_macKey; }
    bool hasMacKey() const { return !m_macKey.isEmpty(); }
    // MAC of a head (seq + hash) for `purpose` ("head", "anchor", "counter"): the database's
    // own record, audit-head.json and the keychain copy each use their own purpose, so none can
    // be copied into another. Empty for an empty key.
    static QByteArray headMac(const QByteArray &key, const char *purpose, const Head &head);
    static bool headMacMatches(const QByteArray &key, const char *purpose, const Head &head,
                               const QByteArray &mac);

    // After each append in its own transaction, move `anchor` (kept outside the database) to the
    // new head. Entries written inside a caller's transaction are anchored by the next such
    // append or by the owner calling anchor->update(log) once the transaction is over.
    // `anchor` must outlive this log; null switches it off.
    void setAnchor(const AuditAnchor *anchor) { m_anchor = anchor; }
    // Likewise the keychain copy of the head (asynchronous; see AuditCounter).
    void setCounter(AuditCounter *counter) { m_counter = counter; }
    // And the opt-in copy to the OS log (null: off).
    void setForwarder(AuditForwarder *forwarder) { m_forwarder = forwarder; }

private:
    bool append(AuditEntry entry, RoutiqError *error);
    RoutiqError storageError(const QString &details) const;

    QSqlDatabase m_db;
    const Clock *m_clock;
    AccessPolicy m_policy;
    const AuditAnchor *m_anchor = nullptr;
    AuditCounter *m_counter = nullptr;
    AuditForwarder *m_forwarder = nullptr;
    QByteArray m_macKey;
};

} // namespace routiq
