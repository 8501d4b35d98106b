#include "trendscsvexporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace routiq {

QByteArray TrendsCsvExporter::toCsv(const QList<DailyTrend> &trends)
{
    QByteArray out("date,bookings,missed,cancelled\n");
    for (const DailyTrend &t : trends) {
        out += t.date.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(t.bookings) +
               ',' + QByteArray::number(t.missed) + ',' + QByteArray::number(t.cancelled) + '\n';
    }
    return out;
}

bool TrendsCsvExporter::write(const QString &path, const QList<DailyTrend> &trends, QString *error)
{
    QSaveFile file(path);
    const QByteArray csv = toCsv(trends);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("routiq::TrendsCsvExporter", "Could not write %1: %2")
                    .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace routiq
