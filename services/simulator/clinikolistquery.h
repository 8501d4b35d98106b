#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace routiq {

// A Cliniko list request as the simulator understands it: q[] filters on date-times (>, >=, <,
// <=, and "*" to include cancelled/archived rows), sort (field[:desc]) and page/per_page.
// Rejects what Cliniko rejects, with Cliniko's messages.
struct ClinikoListQuery
{
    struct Filter
    {
        QString field;
        QString op; // ">", ">=", "<", "<="
        QDateTime value;
    };

    QList<Filter> filters;
    QStringList includeAll; // fields given with ":*" (cancelled_at, archived_at)
    QString sortField = QStringLiteral("created_at");
    bool descending = false;
    int page = 1;
    int perPage = 50;

    // `searchable`: the date-time fields this endpoint filters and sorts on.
    static std::optional<ClinikoListQuery> parse(const QUrlQuery &query,
                                                 const QStringList &searchable, QString *error);

    bool includes(const QString &field) const { return includeAll.contains(field); }

    // True when `timestampOf(field)` satisfies every filter.
    template <typename Record>
    bool matches(const Record &r) const
    {
        for (const Filter &f : filters) {
            const QDateTime v = r.timestamp(f.field);
            if (!v.isValid())
                return false;
            if ((f.op == u">" && !(v > f.value)) || (f.op == u">=" && !(v >= f.value)) ||
                (f.op == u"<" && !(v < f.value)) || (f.op == u"<=" && !(v <= f.value)))
                return false;
        }
        return true;
    }
};

} // namespace routiq
