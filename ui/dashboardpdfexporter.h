#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace routiq {

class KpiModel;

// Writes the dashboard as a printable PDF (A4 portrait): page 1 the heading, the range and data
// age and every KPI with its change and definition; page 2 the charts as images.
class DashboardPdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(routiq::DashboardPdfExporter)

public:
    struct Chart
    {
        QString title;
        QImage image;
    };
    struct Content
    {
        QString title;    // e.g. "Routiq — North Clinic"
        QString subtitle; // range, filters and data age, in words
        const KpiModel *kpis = nullptr;
        QList<Chart> charts;
    };

    // On failure returns false and says why in `error`.
    static bool write(const QString &path, const Content &content, QString *error);
};

} // namespace routiq
