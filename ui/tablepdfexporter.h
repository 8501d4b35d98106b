#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace routiq {

// Writes a table model as a printable PDF (A4 landscape): a heading, a subtitle (clinic, range),
// then the model's headers and display texts in a ruled grid, as many pages as the rows need.
// For aggregate tables (practitioners side by side); the caller records the export first.
class TablePdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(routiq::TablePdfExporter)

public:
    struct Content
    {
        QString title;
        QString subtitle;
        const QAbstractItemModel *model = nullptr;
    };

    // On failure returns false and says why in `error`.
    static bool write(const QString &path, const Content &content, QString *error);
};

} // namespace routiq
