#include "changeddays.h"

#include "appointmentfactsource.h"
#include "appointmentindex.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace routiq {

std::optional<ChangedDays> ChangedDays::read(const AppointmentFactSource &source,
                                             const AppointmentIndex &index, QList<QDate> dates,
                                             RoutiqError *error)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    ChangedDays out;
    // What the store holds now on every changed day: an id read on any of them is upserted,
    // never deleted (an appointment moved from one changed day to another, a week later, is
    // on both days' lists of the change).
    QSet<RecordId> present;
    QList<std::pair<qint64, qint64>> runs;
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
        for (const AppointmentFact &f : facts)
            present.insert(f.id);
        out.upserted += facts;
        runs.append({dates.at(i).toJulianDay(), dates.at(j).toJulianDay()});
        i = j + 1;
    }
    for (const auto &[first, last] : runs)
        index.forEachDay(first, last, [&](qint64, const auto &entries) {
            for (const auto &e : entries)
                if (!present.contains(e.id))
                    out.deleted.append(e.id);
        });
    return out;
}

} // namespace routiq
