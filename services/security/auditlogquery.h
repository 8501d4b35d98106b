#pragma once

#include "actinguser.h"
#include "auditentry.h"
#include "domain/routiqerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QIODevice;

namespace routiq {

class AccessPolicy;
class AuditLog;

// What the audit viewer asks for: entries by one user, of one action, in a time range (each
// part optional). Newest first.
struct AuditFilter
{
    QString userName; // exact, as stored (empty = everyone)
    QString action;   // an auditActionName (empty = all)
    QDateTime from;   // inclusive, UTC (invalid = from the start)
    QDateTime to;     // exclusive, UTC (invalid = up to now)
    // Entries up to this seq only (0 = all): a viewer pins its view at headSeq() when it opens
    // it, so entries appended meanwhile (its own "audit.view" first) do not shift its pages.
    qint64 untilSeq = 0;

    QString describe() const; // for the audit entry: names and dates only
};

// The admin's reads of the audit log in the app: counts and pages with parameterised SQL (a
// large log is never loaded whole), the user names for the filter, and CSV export. Like
// `routiq-cli audit list` (AuditLog::list), each opening of a filtered view is recorded as
// "audit.view", an export as "audit.export" (before the file is written, so no export goes
// unrecorded), and a refusal as "access.denied"; paging within an opened view is not recorded
// again, but every page is still checked against the policy.
class AuditLogQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogQuery)

public:
    AuditLogQuery(QSqlDatabase db, const AccessPolicy *policy, AuditLog *audit);

    qint64 headSeq() const; // the log's last entry now

    // The number of entries the filter matches; records "audit.view".
    std::optional<qint64> open(const ActingUser &actor, const AuditFilter &filter,
                               RoutiqError *error);
    // Entries [offset, offset + limit) of the filter, newest first.
    std::optional<QList<AuditEntry>> page(const ActingUser &actor, const AuditFilter &filter,
                                          qint64 offset, int limit, RoutiqError *error) const;
    // Every user name the log holds, sorted (the viewer's user filter).
    std::optional<QStringList> userNames(const ActingUser &actor, RoutiqError *error) const;
    // The filter's entries as CSV (header row, oldest first) into `out`.
    bool exportCsv(const ActingUser &actor, const AuditFilter &filter, QIODevice *out,
                   RoutiqError *error);

    // One CSV field: quoted when needed, and a leading = + - @ defused so a spreadsheet never
    // runs it as a formula.
    static QString csvField(const QString &value);

    // The viewer's other admin-only steps (e.g. Verify): the policy check, a refusal audited.
    bool authorize(const ActingUser &actor, const QString &what, RoutiqError *error) const;

private:
    std::optional<qint64> count(const AuditFilter &filter, RoutiqError *error,
                                qint64 maxSeq = 0) const;
    std::optional<QList<AuditEntry>> select(const AuditFilter &filter, bool newestFirst,
                                            qint64 offset, int limit, RoutiqError *error,
                                            qint64 maxSeq = 0) const;
    RoutiqError storageError(const QString &details) const;

    QSqlDatabase m_db;
    const AccessPolicy *m_policy;
    AuditLog *m_audit;
};

} // namespace routiq
