#pragma once

#include "auditlog.h"
#include "domain/routiqerror.h"

#include <QString>

#include <optional>

namespace routiq {

// The audit log's last entry (seq + hash), kept outside the database in <data dir>/
// audit-head.json, so that cutting entries off the end of the log or restoring an older copy
// of the database, which the log alone cannot see, is detected (AuditVerifier). The anchored
// seq is the trail's monotonic counter: the log is append-only, so it only grows, update()
// never moves it back, and only an admin's explicit reanchor() may. The file is MACed under the
// audit key (version 2); holds no secrets and no entry content; written atomically.
//
// The anchor is never created silently next to an existing log: only createForNewLog() on an
// empty log, and reanchor() (`routiq-cli audit re-anchor`, audited) write a missing file.
class AuditAnchor
{
public:
    static constexpr auto kFileName = "audit-head.json";
    static constexpr auto kInvalidCode = "AUDIT_ANCHOR_INVALID";
    static constexpr auto kMismatchCode = "AUDIT_ANCHOR_MISMATCH";
    static constexpr auto kMissingCode = "AUDIT_ANCHOR_MISSING";
    static constexpr auto kMacInvalidCode = "AUDIT_ANCHOR_MAC_INVALID";

    struct Saved
    {
        AuditLog::Head head;
        // A version-1 file from before the keyed trail (no MAC): accepted only while the entry it
        // names has no MAC either, and upgraded by the next update().
        bool legacy = false;
        bool macChecked = false; // false when there was no key to check it with
    };

    // `macKey` is the audit key (AuditKey::load); without it the file can be read (its MAC
    // unchecked) but not written.
    explicit AuditAnchor(const QString &dataDirectory, QByteArray macKey = {});

    QString filePath() const { return m_path; }
    bool exists() const;

    // The saved head; nullopt with a null *error when there is no anchor file, nullopt with
    // AUDIT_ANCHOR_INVALID when the file cannot be read or is not an anchor, and with
    // AUDIT_ANCHOR_MAC_INVALID when its MAC does not match.
    std::optional<Saved> read(RoutiqError *error) const;
    // read()'s head only.
    std::optional<AuditLog::Head> load(RoutiqError *error) const;
    // Replaces the file atomically (QSaveFile). Needs the key.
    bool save(const AuditLog::Head &head, RoutiqError *error) const;

    // Moves the anchor to log.head(), but only forward along the same chain: when the log no
    // longer holds the saved entry (cut short, rewritten) or the file is unreadable, the anchor
    // is left alone as the evidence and AUDIT_ANCHOR_MISMATCH / AUDIT_ANCHOR_INVALID returned;
    // a missing file stays missing (AUDIT_ANCHOR_MISSING) unless the log is still empty.
    // Call it outside any open transaction on the app database (AuditLog does after each of
    // its own appends once setAnchor() was called).
    bool update(const AuditLog &log, RoutiqError *error = nullptr) const;

    // A brand-new log (no entries) gets its genesis anchor; does nothing when the file exists or
    // the log holds entries (then the anchor is missing, and stays so until reanchor()).
    bool createForNewLog(const AuditLog &log, RoutiqError *error = nullptr) const;
    // Writes log.head() whatever the file says: the admin's re-anchor after an investigation.
    bool reanchor(const AuditLog &log, RoutiqError *error = nullptr) const;

private:
    QString m_path;
    QByteArray m_macKey;
};

} // namespace routiq
