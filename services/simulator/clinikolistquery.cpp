#include "clinikolistquery.h"

#include <QRegularExpression>

namespace routiq {

std::optional<ClinikoListQuery>
ClinikoListQuery::parse(const QUrlQuery &query, const QStringList &searchable, QString *error)
{
    ClinikoListQuery q;
    const QString pageText = query.queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded);
    if (!pageText.isEmpty()) {
        bool ok = false;
        q.page = pageText.toInt(&ok);
        if (!ok || q.page < 1) {
            *error = QStringLiteral("page must be a positive integer");
            return std::nullopt;
        }
    }
    const QString perPageText =
        query.queryItemValue(QStringLiteral("per_page"), QUrl::FullyDecoded);
    if (!perPageText.isEmpty()) {
        bool ok = false;
        q.perPage = perPageText.toInt(&ok);
        if (!ok || q.perPage < 1 || q.perPage > 100) {
            *error = QStringLiteral("per_page must be between 1 and 100");
            return std::nullopt;
        }
    }
    const QString sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
    if (!sort.isEmpty()) {
        const QString first = sort.section(QLatin1Char(','), 0, 0);
        q.sortField = first.section(QLatin1Char(':'), 0, 0);
        q.descending = first.section(QLatin1Char(':'), 1, 1) == QLatin1String("desc");
        if (!searchable.contains(q.sortField)) {
            *error = QStringLiteral("This column is not sortable.");
            return std::nullopt;
        }
    }

    static const QRegularExpression filterPattern(
        QStringLiteral("^([a-z_]+):(>=|<=|>|<|\\*)(.*)$"));
    // Keys compared fully decoded, so "q[]" and "q%5B%5D" are the same filter list.
    QStringList raw;
    QString lastPlainQ;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"q[]")
            raw.append(value);
        else if (key == u"q")
            lastPlainQ = value; // a repeated non-array q keeps only the last (as Cliniko)
    }
    if (!lastPlainQ.isEmpty())
        raw.append(lastPlainQ);
    for (const QString &text : std::as_const(raw)) {
        const auto m = filterPattern.match(text);
        if (!m.hasMatch()) {
            *error = QStringLiteral("Invalid filter.");
            return std::nullopt;
        }
        const QString field = m.captured(1);
        const QString op = m.captured(2);
        if (op == u"*") {
            if (field != u"cancelled_at" && field != u"archived_at") {
                *error = QStringLiteral("This column is not searchable.");
                return std::nullopt;
            }
            q.includeAll.append(field);
            continue;
        }
        if (!searchable.contains(field)) {
            *error = QStringLiteral("This column is not searchable.");
            return std::nullopt;
        }
        const QString value = m.captured(3);
        // DateTime filters must be UTC: "2014-08-30T18:00:00Z".
        const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!when.isValid() || !value.endsWith(QLatin1Char('Z'))) {
            *error = QStringLiteral("Invalid date-time for %1 (UTC required).").arg(field);
            return std::nullopt;
        }
        q.filters.append(Filter{field, op, when.toUTC()});
    }
    return q;
}

} // namespace routiq
