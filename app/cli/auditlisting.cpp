#include "auditlisting.h"

#include <QCommandLineParser>

#include <cstdio>

namespace routiq::cli {

QCommandLineOption AuditListing::sinceOption()
{
    return QCommandLineOption(QStringLiteral("since"), QStringLiteral("ISO date/time (UTC)."),
                              QStringLiteral("T"));
}

std::optional<QDateTime> AuditListing::since(const QCommandLineParser &parser, RoutiqError *error)
{
    if (!parser.isSet(QStringLiteral("since")))
        return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QDateTime from =
        QDateTime::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
    if (!from.isValid()) {
        *error = RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                   QStringLiteral("--since takes an ISO date or date-time."));
        return std::nullopt;
    }
    return from;
}

void AuditListing::print(const QList<AuditEntry> &entries)
{
    for (const AuditEntry &e : entries)
        std::printf("%6lld %s %-16s %-22s %s %s\n", qlonglong(e.seq),
                    qPrintable(e.atUtc.toString(Qt::ISODate)), qPrintable(e.userName),
                    qPrintable(e.action), qPrintable(e.objectId), qPrintable(e.details));
}

} // namespace routiq::cli
