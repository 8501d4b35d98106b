#include "tablepdfexporter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace routiq {

bool TablePdfExporter::write(const QString &path, const Content &content, QString *error)
{
    if (!content.model || !QFileInfo(path).absoluteDir().exists()) {
        if (error)
            *error = tr("The folder for %1 does not exist.").arg(path);
        return false;
    }
    QPdfWriter pdf(path);
    pdf.setTitle(content.title);
    pdf.setCreator(QStringLiteral("Routiq"));
    pdf.setResolution(144);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
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
    const QColor rule(0xdd, 0xe1, 0xe7);
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(7);
    QFont head = body;
    head.setBold(true);

    const QAbstractItemModel &m = *content.model;
    const int columns = m.columnCount();
    // The first column (names) twice as wide as the figures.
    const double unit = double(w) / (columns + 1);
    const auto colX = [unit](int c) {
        return c == 0 ? 0 : int(unit * (c + 1));
    };
    const auto colW = [unit](int c) {
        return int(c == 0 ? unit * 2 : unit);
    };
    const int rowH = 44;
    const int headH = 70;

    int y = 0;
    const auto drawHeading = [&] {
        p.setPen(ink);
        p.setFont(titleFont);
        p.drawText(QRect(0, y, w, 50), Qt::AlignLeft | Qt::AlignVCenter, content.title);
        y += 54;
        p.setFont(body);
        p.setPen(muted);
        p.drawText(QRect(0, y, w, 30), Qt::AlignLeft | Qt::AlignVCenter, content.subtitle);
        y += 40;
        p.setFont(head);
        p.setPen(ink);
        for (int c = 0; c < columns; ++c)
            p.drawText(QRect(colX(c) + 4, y, colW(c) - 8, headH),
                       (c == 0 ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignBottom |
                           Qt::TextWordWrap,
                       m.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        y += headH + 4;
        p.setPen(rule);
        p.drawLine(0, y, w, y);
    };
    drawHeading();
    p.setFont(body);
    for (int r = 0; r < m.rowCount(); ++r) {
        if (y + rowH > page.height() - 40) {
            pdf.newPage();
            y = 0;
            drawHeading();
            p.setFont(body);
        }
        p.setPen(ink);
        for (int c = 0; c < columns; ++c)
            p.drawText(QRect(colX(c) + 4, y, colW(c) - 8, rowH),
                       (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       m.index(r, c).data(Qt::DisplayRole).toString());
        y += rowH;
        p.setPen(rule);
        p.drawLine(0, y, w, y);
    }
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
