#include "tablecsvexporter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace routiq {

QByteArray TableCsvExporter::field(const QVariant &value)
{
    QString text = value.toString();
    // Plain numbers (CsvRole of figures) may start with '-': only text is guarded.
    bool number = false;
    text.toDouble(&number);
    if (!number && !text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

QByteArray TableCsvExporter::toCsv(const QAbstractItemModel &model)
{
    QByteArray out;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        const QVariant csv = model.headerData(c, Qt::Horizontal, CsvRole);
        out += field(csv.isValid() ? csv : model.headerData(c, Qt::Horizontal, Qt::DisplayRole));
        out += c + 1 < columns ? ',' : '\n';
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model.index(r, c);
            const QVariant csv = i.data(CsvRole);
            out += field(csv.isValid() ? csv : i.data(Qt::DisplayRole));
            out += c + 1 < columns ? ',' : '\n';
        }
    }
    return out;
}

bool TableCsvExporter::write(const QString &path, const QAbstractItemModel &model, QString *error)
{
    return writeBytes(path, toCsv(model), error);
}

bool TableCsvExporter::writeBytes(const QString &path, const QByteArray &csv, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("routiq::TableCsvExporter", "Could not write %1: %2")
                    .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace routiq
