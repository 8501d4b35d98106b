#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace routiq {

// The Nookal adapter's opaque position in a paged read: the next page number and, for a
// reconcile read, the date window ("nookal-v2;page=3;from=2026-01-01;to=2026-01-15").
struct NookalCursor
{
    int page = 1;
    QDate windowFrom;
    QDate windowTo;

    QString encode() const;
    static std::optional<NookalCursor> decode(const QString &text);
};

} // namespace routiq
