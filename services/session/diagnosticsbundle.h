#pragma once

#include "domain/routiqerror.h"
#include "sync/synchealth.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace routiq {

// The diagnostics bundle a clinic sends its support person (issue 18): one .zip with
// versions.json (app, Qt, SQLCipher, OS), schemas.json (the app database's and each cache's
// schema version), sync-health.json (per clinic: SyncHealth), audit.json (the audit log's
// verify result), log-tail.jsonl (the last lines of the support log) and a README.txt saying
// what is in it. Built by `routiq-cli diagnostics` and Help › Save diagnostics… from parts that
// hold no patient data and no key (the log is scrubbed again on the way in).
class DiagnosticsBundle
{
public:
    static constexpr int kLogLines = 2000;

    struct Contents
    {
        QJsonObject versions;
        QJsonObject schemas;
        QList<SyncHealth> clinics;
        QList<QByteArray> logLines; // oldest first
        QJsonObject audit;
    };

    // App version (QCoreApplication::applicationVersion), Qt's, SQLCipher's (from `db`, any open
    // SQLCipher connection; "unknown" without one), the OS.
    static QJsonObject versions(const QSqlDatabase &db);
    // The sync failures recorded in the support log for `clinicId` in the 24 h before `nowUtc`,
    // newest first (routiq-cli, where no tracker ran).
    static QList<SyncHealth::Failure> failuresFromLog(const QList<QByteArray> &lines,
                                                      const QString &clinicId,
                                                      const QDateTime &nowUtc);
    static bool write(const QString &path, const Contents &contents, RoutiqError *error);
};

} // namespace routiq
