#include "birthyear.h"

#include <QDate>

namespace routiq {

int birthYearOf(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed().left(10), Qt::ISODate);
    return date.isValid() && date.year() >= 1900 ? date.year() : 0;
}

} // namespace routiq
