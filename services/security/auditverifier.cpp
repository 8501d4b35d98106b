#include "auditverifier.h"

namespace routiq {

namespace {

AuditVerifier::Report failed(AuditVerifier::Report r, const char *code, QString message,
                             QString details = {})
{
    r.ok = false;
    r.code = QLatin1String(code);
    r.message = std::move(message);
    r.details = std::move(details);
    return r;
}

} // namespace

AuditVerifier::Report AuditVerifier::check(const AuditLog &log, const AnchorReading &anchor,
                                           const AuditCounter::Reading &counter)
{
    Report r;
    const AuditLog::Verification v = log.verify();
    r.entries = v.entries;
    if (!v.ok) {
        QString message;
        if (v.code == QLatin1String(AuditCode::kMacMismatch))
            message = QStringLiteral("The audit log was rewritten: entry %1 does not match its "
                                     "MAC.")
                          .arg(v.firstBrokenSeq);
        else if (v.code == QLatin1String(AuditCode::kTailCut))
            message = QStringLiteral("The audit log was cut short: entries from %1 on were "
                                     "removed.")
                          .arg(v.firstBrokenSeq);
        else
            message = QStringLiteral("The audit log was altered: the chain breaks at entry %1.")
                          .arg(v.firstBrokenSeq);
        return failed(r, v.code.toLatin1().constData(), message, v.reason);
    }
    if (v.legacyEntries > 0)
        r.notes.append(v.firstKeyedSeq > 0
                           ? QStringLiteral("%1 unkeyed legacy entries before seq %2 (written "
                                            "before the audit trail was keyed; chain checked)")
                                 .arg(v.legacyEntries)
                                 .arg(v.firstKeyedSeq)
                           : QStringLiteral("%1 unkeyed legacy entries (written before the audit "
                                            "trail was keyed; chain checked)")
                                 .arg(v.legacyEntries));
    if (!v.macsChecked && v.firstKeyedSeq > 0)
        r.warnings.append(QStringLiteral("the entries' MACs were not checked: that needs a "
                                         "signed-in session (the audit key); the hash chain was "
                                         "checked"));

    const AuditLog::Head head = log.head();
    const QString anchorName = QLatin1String(AuditAnchor::kFileName);
    // The anchor beside the database.
    if (!anchor.error.isNull()) {
        return failed(r, AuditCode::kAnchorMacInvalid,
                      QStringLiteral("The audit anchor (%1) is not valid: it was edited, or "
                                     "comes from another data folder.")
                          .arg(anchorName),
                      anchor.error.message);
    }
    if (!anchor.saved) {
        if (head.seq > 0)
            return failed(r, AuditCode::kAnchorMissing,
                          QStringLiteral("The audit anchor (%1) is missing while the log holds %2 "
                                         "entries, so a cut or an older copy of the database "
                                         "cannot be ruled out. After finding out why, an admin "
                                         "may run 'routiq-cli audit re-anchor'.")
                              .arg(anchorName)
                              .arg(head.seq));
    } else {
        const AuditAnchor::Saved &saved = *anchor.saved;
        if (saved.legacy && log.isKeyed(saved.head.seq))
            return failed(r, AuditCode::kAnchorMacInvalid,
                          QStringLiteral("The audit anchor (%1) has no MAC although the entry it "
                                         "names is keyed: it was replaced.")
                              .arg(anchorName));
        if (saved.legacy)
            r.notes.append(QStringLiteral("the anchor is a legacy one without a MAC; the next "
                                          "entry upgrades it"));
        else if (!saved.macChecked)
            r.warnings.append(QStringLiteral("the anchor's MAC was not checked (no audit key)"));
        if (saved.head.seq > head.seq) {
            if (v.firstKeyedSeq == 0) // a legacy log has no head record to tell the two apart
                return failed(r, AuditCode::kTailCut,
                              QStringLiteral("The audit log was cut short: it ends at entry %1 "
                                             "but its anchor (%2) says %3; entries from %4 on "
                                             "were removed.")
                                  .arg(head.seq)
                                  .arg(anchorName)
                                  .arg(saved.head.seq)
                                  .arg(head.seq + 1));
            return failed(r, AuditCode::kRollbackDetected,
                          QStringLiteral("An older copy of the app database was restored: its "
                                         "log ends at entry %1 but its anchor (%2) says %3.")
                              .arg(head.seq)
                              .arg(anchorName)
                              .arg(saved.head.seq));
        }
        if (log.hashAt(saved.head.seq) != saved.head.hash)
            return failed(r, AuditCode::kRollbackDetected,
                          QStringLiteral("The app database holds another history than its anchor "
                                         "(%1): entry %2 differs. An older or another copy of the "
                                         "database was put in place.")
                              .arg(anchorName)
                              .arg(saved.head.seq));
        r.notes.append(QStringLiteral("entry %1 matches the anchor").arg(saved.head.seq));
    }

    // The keychain's copy, outside the folder.
    switch (counter.state) {
    case AuditCounter::State::Missing:
        if (head.seq > 0)
            r.warnings.append(QStringLiteral("the keychain holds no audit counter (%1), so a "
                                             "restore of the whole data folder could not be "
                                             "checked")
                                  .arg(QLatin1String(AuditCounter::kEntryName)));
        break;
    case AuditCounter::State::Unavailable:
        r.warnings.append(QStringLiteral("the keychain's audit counter could not be read (%1)")
                              .arg(counter.error.message));
        break;
    case AuditCounter::State::Invalid:
        return failed(r, AuditCode::kAnchorMacInvalid,
                      QStringLiteral("The keychain's audit counter (%1) does not match its MAC: "
                                     "it was edited, or comes from another data folder.")
                          .arg(QLatin1String(AuditCounter::kEntryName)));
    case AuditCounter::State::Valid:
        if (counter.head.seq > head.seq || log.hashAt(counter.head.seq) != counter.head.hash)
            return failed(
                r, AuditCode::kRollbackDetected,
                QStringLiteral("An older copy of the data folder was restored: the "
                               "keychain's audit counter names entry %1, which this "
                               "log %2.")
                    .arg(counter.head.seq)
                    .arg(counter.head.seq > head.seq
                             ? QStringLiteral("does not reach (it ends at %1)").arg(head.seq)
                             : QStringLiteral("holds with another hash")));
        r.notes.append(
            QStringLiteral("entry %1 matches the keychain's counter").arg(counter.head.seq));
        break;
    }
    return r;
}

} // namespace routiq
