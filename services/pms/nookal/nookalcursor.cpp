#include "nookalcursor.h"

#include <QStringList>

namespace routiq {

namespace {
const QString kPrefix = QStringLiteral("nookal-v2");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

QString NookalCursor::encode() const
{
    QString out = kPrefix + QStringLiteral(";page=") + QString::number(page);
    if (windowFrom.isValid() && windowTo.isValid())
        out += QStringLiteral(";from=") + windowFrom.toString(kDateFormat) +
               QStringLiteral(";to=") + windowTo.toString(kDateFormat);
    return out;
}

std::optional<NookalCursor> NookalCursor::decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.isEmpty() || parts.first() != kPrefix)
        return std::nullopt;
    NookalCursor c;
    bool havePage = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts[i].section(QLatin1Char('='), 0, 0);
        const QString value = parts[i].section(QLatin1Char('='), 1);
        if (key == u"page") {
            bool ok = false;
            c.page = value.toInt(&ok);
            if (!ok || c.page < 1)
                return std::nullopt;
            havePage = true;
        } else if (key == u"from") {
            c.windowFrom = QDate::fromString(value, kDateFormat);
        } else if (key == u"to") {
            c.windowTo = QDate::fromString(value, kDateFormat);
        } else {
            return std::nullopt;
        }
    }
    if (!havePage || c.windowFrom.isValid() != c.windowTo.isValid())
        return std::nullopt;
    return c;
}

} // namespace routiq
