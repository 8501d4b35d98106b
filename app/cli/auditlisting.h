#pragma once

#include "domain/routiqerror.h"
#include "security/auditentry.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace routiq::cli {

// `audit list [--since T]`, the same in the data folder's log and the server's: the arguments
// and the listing, one line per entry.
class AuditListing
{
public:
    static QCommandLineOption sinceOption();
    // The time to list from, after `parser` (with sinceOption()) parsed the arguments: the epoch
    // without --since; null with a BAD_REQUEST error for an unreadable time.
    static std::optional<QDateTime> since(const QCommandLineParser &parser, RoutiqError *error);
    static void print(const QList<AuditEntry> &entries);
};

} // namespace routiq::cli
