#pragma once

#include "accesspolicy.h"
#include "actinguser.h"
#include "auditaction.h"
#include "auditentry.h"
#include "domain/routiqerror.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace routiq {

class AuditAnchor;
class Clock;

// The app's append-only, hash-chained record of logins, patient-level access, exports and
// settings changes. Each entry's hash covers the previous entry's hash, so verify() finds the
// first entry that was edited, removed, reordered or slipped in by writing to the table directly.
class AuditLog
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
        qint64 entries = 0;        // entries read
        qint64 firstBrokenSeq = 0; // the first seq whose entry is wrong or missing (0 if ok)
        QString reason;            // what is wrong, without any entry content
    };

    // `db` is the app database, used on the thread that opened it; the tables come from
    // SecuritySchema.
    AuditLog(QSqlDatabase db, const Clock *clock);

    // Appends an entry for a signed-in user. Joins the caller's transaction if one is open.
    bool record(const ActingUser &who, AuditAction action, const QString &objectId = {},
                const QString &details = {}, RoutiqError *error = nullptr);
    // Appends an entry for someone not (yet) signed in: a failed login under a typed name.
    bool recordAs(std::optional<qint64> userId, const QString &userName, AuditAction action,
                  const QString &objectId = {}, const QString &details = {},
                  RoutiqError *error = nullptr);

    // Entries at or after `since` (UTC), oldest first, for admins only (ACCESS_DENIED otherwise).
    // Reading the log is itself recorded ("audit.view"; a refusal as "access.denied"), after the
    // read, so the list returned does not contain its own entry.
    std::optional<QList<AuditEntry>> list(const ActingUser &who, const QDateTime &since,
                                          RoutiqError *error);

    Verification verify(const std::optional<Head> &expectedHead = std::nullopt) const;
    Head head() const;
    // The stored hash of entry `seq` (the genesis hash for 0), nullopt when there is none.
    std::optional<QByteArray> hashAt(qint64 seq) const;

    // After each append in its own transaction, move `anchor` (kept outside the database) to the
    // new head. Entries written inside a caller's transaction are anchored by the next such
    // append or by the owner calling anchor->update(log) once the transaction is over.
    // `anchor` must outlive this log; null switches it off.
    void setAnchor(const AuditAnchor *anchor) { m_anchor = anchor; }

private:
    bool append(AuditEntry entry, RoutiqError *error);
    RoutiqError storageError(const QString &details) const;

    QSqlDatabase m_db;
    const Clock *m_clock;
    AccessPolicy m_policy;
    const AuditAnchor *m_anchor = nullptr;
};

} // namespace routiq
