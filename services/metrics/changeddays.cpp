#include "changeddays.h"

#include "appointmentfactsource.h"
#include "appointmentindex.h"

#include <QSet>

#include <algorithm>

namespace routiq {

std::optional<ChangedDays> ChangedDays::read(const AppointmentFactSource &source,
                                             const AppointmentIndex &index, QList<QDate> dates,
                                             RoutiqError *error)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    ChangedDays out;
    for (qsizetype i = 0; i < dates.size();) {
        qsizetype j = i;
        while (j + 1 < dates.size() && dates.at(j).daysTo(dates.at(j + 1)) == 1)
            ++j;
        RoutiqError readError;
        const QList<AppointmentFact> facts =
            source.loadFactsBetween(dates.at(i), dates.at(j), &readError);
        if (!readError.isNull()) {
            if (error)
                *error = readError;
            return std::nullopt;
        }
        QSet<RecordId> present;
        for (const AppointmentFact &f : facts)
            present.insert(f.id);
        index.forEachDay(dates.at(i).toJulianDay(), dates.at(j).toJulianDay(),
                         [&](qint64, const auto &entries) {
                             for (const auto &e : entries)
                                 if (!present.contains(e.id))
                                     out.deleted.append(e.id);
                         });
        out.upserted += facts;
        i = j + 1;
    }
    return out;
}

} // namespace routiq
