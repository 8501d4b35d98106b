#include "dashboardpdfexporter.h"

#include "kpimodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace routiq {

bool DashboardPdfExporter::write(const QString &path, const Content &content, QString *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("The folder for %1 does not exist.").arg(path);
        return false;
    }
    QPdfWriter pdf(path);
    pdf.setTitle(content.title);
    pdf.setCreator(QStringLiteral("Routiq"));
    pdf.setResolution(144);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const int w = page.width();
    const QColor ink(0x1d, 0x21, 0x27);
    const QColor muted(0x6b, 0x72, 0x80);

    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(18);
    titleFont.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    QFont valueFont = body;
    valueFont.setPointSizeF(16);
    valueFont.setBold(true);
    QFont small = body;
    small.setPointSizeF(8);

    int y = 0;
    p.setPen(ink);
    p.setFont(titleFont);
    const QRect titleRect = p.boundingRect(QRect(0, y, w, 1000), Qt::TextWordWrap, content.title);
    p.drawText(titleRect, Qt::TextWordWrap, content.title);
    y = titleRect.bottom() + 10;
    p.setFont(body);
    p.setPen(muted);
    const QRect subRect = p.boundingRect(QRect(0, y, w, 1000), Qt::TextWordWrap, content.subtitle);
    p.drawText(subRect, Qt::TextWordWrap, content.subtitle);
    y = subRect.bottom() + 24;

    // KPI tiles, two per row.
    if (content.kpis) {
        const int colW = (w - 20) / 2;
        const int tileH = 150;
        for (int row = 0; row < content.kpis->rowCount(); ++row) {
            const QModelIndex idx = content.kpis->index(row);
            const int x = (row % 2) * (colW + 20);
            if (row % 2 == 0 && row > 0)
                y += tileH + 12;
            const QRect tile(x, y, colW, tileH);
            p.setPen(QColor(0xdd, 0xe1, 0xe7));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(tile, 8, 8);
            const QRect inner = tile.adjusted(12, 8, -12, -8);
            p.setFont(body);
            p.setPen(muted);
            p.drawText(inner, Qt::AlignTop | Qt::AlignLeft, idx.data(Qt::DisplayRole).toString());
            p.setFont(valueFont);
            p.setPen(ink);
            p.drawText(inner.adjusted(0, 22, 0, 0), Qt::AlignTop | Qt::AlignLeft,
                       idx.data(KpiModel::FormattedValueRole).toString());
            p.setFont(small);
            const int tone = idx.data(KpiModel::ChangeToneRole).toInt();
            p.setPen(tone > 0   ? QColor(0x1b, 0x7f, 0x3b)
                     : tone < 0 ? QColor(0xb3, 0x26, 0x1e)
                                : muted);
            p.drawText(inner.adjusted(0, 60, 0, 0), Qt::AlignTop | Qt::AlignLeft,
                       idx.data(KpiModel::FormattedChangeRole).toString());
            p.setPen(muted);
            p.drawText(inner.adjusted(0, 84, 0, 0), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                       idx.data(KpiModel::DefinitionRole).toString());
        }
    }

    // Charts on the next page, each scaled to the page width.
    if (!content.charts.isEmpty()) {
        pdf.newPage();
        y = 0;
        for (const Chart &chart : content.charts) {
            if (chart.image.isNull())
                continue;
            const int h = chart.image.height() * w / qMax(1, chart.image.width());
            if (y > 0 && y + 40 + h > page.height()) {
                pdf.newPage();
                y = 0;
            }
            p.setFont(body);
            p.setPen(ink);
            p.drawText(QRect(0, y, w, 30), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
            y += 36;
            p.drawImage(QRect(0, y, w, h), chart.image);
            y += h + 24;
        }
    }
    p.setFont(small);
    p.setPen(muted);
    p.drawText(QRect(0, page.height() - 30, w, 30), Qt::AlignRight | Qt::AlignVCenter,
               tr("Made with Routiq"));
    if (!p.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace routiq
