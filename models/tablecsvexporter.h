#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace routiq {

// Writes a table model as CSV: the horizontal headers, then one line per row, each cell's
// CsvRole (Qt::UserRole + 100) when the model gives one, else its display text. Fields are
// quoted as RFC 4180 asks; a field that a spreadsheet would read as a formula (=, +, -, @) is
// prefixed with an apostrophe so that a name typed into a PMS cannot run as one. UTF-8, LF.
class TableCsvExporter
{
public:
    static constexpr int CsvRole = Qt::UserRole + 100;

    static QByteArray toCsv(const QAbstractItemModel &model);
    // One field, quoted and guarded as above.
    static QByteArray field(const QVariant &value);
    // Writes `csv` atomically (QSaveFile); on failure returns false and says why in `error`.
    static bool writeBytes(const QString &path, const QByteArray &csv, QString *error);
    // Writes atomically (QSaveFile); on failure returns false and says why in `error`.
    static bool write(const QString &path, const QAbstractItemModel &model, QString *error);
};

} // namespace routiq
