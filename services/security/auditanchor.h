#pragma once

#include "auditlog.h"
#include "domain/routiqerror.h"

#include <QString>

#include <optional>

namespace routiq {

// The audit log's last entry (seq + hash), kept outside the database in <data dir>/
// audit-head.json, so that cutting entries off the end of the log, which the hash chain alone
// cannot see, is detected by AuditLog::verify(anchor). Holds no secrets; written atomically.
class AuditAnchor
{
public:
    static constexpr auto kFileName = "audit-head.json";
    static constexpr auto kInvalidCode = "AUDIT_ANCHOR_INVALID";
    static constexpr auto kMismatchCode = "AUDIT_ANCHOR_MISMATCH";

    explicit AuditAnchor(const QString &dataDirectory);

    QString filePath() const { return m_path; }

    // The saved head; nullopt with a null *error when there is no anchor file yet, nullopt with
    // AUDIT_ANCHOR_INVALID when the file cannot be read or is not an anchor.
    std::optional<AuditLog::Head> load(RoutiqError *error) const;
    // Replaces the file atomically (QSaveFile).
    bool save(const AuditLog::Head &head, RoutiqError *error) const;

    // Moves the anchor to log.head(), but only forward along the same chain: when the log no
    // longer holds the saved entry (cut short, rewritten) or the file is unreadable, the anchor
    // is left alone as the evidence and AUDIT_ANCHOR_MISMATCH / AUDIT_ANCHOR_INVALID returned.
    // Call it outside any open transaction on the app database (AuditLog does after each of
    // its own appends once setAnchor() was called).
    bool update(const AuditLog &log, RoutiqError *error = nullptr) const;

private:
    QString m_path;
};

} // namespace routiq
