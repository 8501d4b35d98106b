#include "practitionertablemodel.h"

#include "kpimodel.h"
#include "tablecsvexporter.h"

#include <QLocale>

#include <cmath>

namespace routiq {

PractitionerTableModel::PractitionerTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    const KpiModel kpis;
    for (int r = 0; r < kpis.rowCount(); ++r) {
        m_keys << kpis.index(r).data(KpiModel::KeyRole).toString();
        m_titles << kpis.index(r).data(Qt::DisplayRole).toString();
    }
}

int PractitionerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int PractitionerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_keys.size());
}

QString PractitionerTableModel::practitionerName(int row) const
{
    const RecordId id = practitionerAt(row);
    return m_names.value(id, tr("Practitioner %1").arg(id));
}

RecordId PractitionerTableModel::practitionerAt(int row) const
{
    return row >= 0 && row < m_table.rows.size() ? m_table.rows.at(row).practitionerId : 0;
}

QVariant PractitionerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == PractitionerIdRole)
        return QVariant::fromValue(practitionerAt(row));
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == TableCsvExporter::CsvRole)
            return practitionerName(row);
        return {};
    }
    const Cell &c = m_cells.at(row).at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        // Two lines (figure over change) keep the twelve columns narrow enough for 1366 px.
        return c.changeText.isEmpty() ? c.valueText
                                      : c.valueText + QLatin1Char('\n') + c.changeText;
    case Qt::EditRole:
        // Nulls sort below every number.
        return c.value.isValid() ? c.value : QVariant(-1e300);
    case TableCsvExporter::CsvRole:
        return c.value;
    case ChangeRole:
        return c.change;
    case ToneRole:
        return c.tone;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString title = m_titles.at(index.column() - 1);
        const QLocale l;
        const QString prev = c.previous.isValid()
                                 ? l.toString(c.previous.toDouble(), 'f', c.points ? 1 : 2)
                                 : QStringLiteral("\u2014");
        return tr("%1 for %2: %3; previous period: %4")
            .arg(title, practitionerName(row), c.valueText, prev);
    }
    default:
        return {};
    }
}

QVariant PractitionerTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == TableCsvExporter::CsvRole)
        return section == 0 ? QStringLiteral("practitioner") : m_keys.value(section - 1);
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Practitioner") : m_titles.value(section - 1);
    if (role == Qt::ToolTipRole && section > 0)
        return tr("%1, with its change against the previous period").arg(m_titles.at(section - 1));
    return {};
}

void PractitionerTableModel::setTable(const PractitionerTable &table)
{
    // Each row's figures through KpiModel: the same changes and formats as the cards.
    QList<QList<Cell>> cells;
    KpiModel kpis;
    for (const PractitionerMetrics &p : table.rows) {
        MetricsSnapshot s;
        s.request = table.request;
        s.range = table.range;
        s.current = p.current;
        s.previous = p.previous;
        kpis.setSnapshot(s);
        QList<Cell> row;
        for (int f = 0; f < kpis.rowCount(); ++f) {
            const QModelIndex i = kpis.index(f);
            Cell c;
            c.value = i.data(KpiModel::ValueRole);
            c.previous = i.data(KpiModel::PreviousValueRole);
            c.change = i.data(KpiModel::ChangePercentRole);
            c.points = i.data(KpiModel::ChangeIsPointsRole).toBool();
            c.tone = i.data(KpiModel::ChangeToneRole).toInt();
            c.valueText = i.data(KpiModel::FormattedValueRole).toString();
            if (c.change.isValid()) {
                const double v = c.change.toDouble();
                const QString arrow = std::abs(v) < 0.05 ? QStringLiteral("\u25B6")
                                      : v > 0            ? QStringLiteral("\u25B2")
                                                         : QStringLiteral("\u25BC");
                const QString amount = QLocale().toString(std::abs(v), 'f', 1);
                c.changeText =
                    c.points ? tr("%1 %2 pts").arg(arrow, amount) : tr("%1 %2%").arg(arrow, amount);
            }
            row.append(c);
        }
        cells.append(row);
    }
    beginResetModel();
    m_table = table;
    m_cells = cells;
    endResetModel();
}

void PractitionerTableModel::setPractitionerNames(const QHash<RecordId, QString> &names)
{
    m_names = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QByteArray PractitionerTableModel::toCsv() const
{
    QByteArray out("practitionerId,practitioner");
    for (const QString &key : m_keys)
        out +=
            ',' + key.toLatin1() + ',' + key.toLatin1() + "Previous," + key.toLatin1() + "Change";
    out += '\n';
    for (int r = 0; r < rowCount(); ++r) {
        out += QByteArray::number(practitionerAt(r)) + ',' +
               TableCsvExporter::field(practitionerName(r));
        for (const Cell &c : m_cells.at(r)) {
            const auto number = [](const QVariant &v) {
                return v.isValid() ? QByteArray::number(v.toDouble(), 'g', 12) : QByteArray();
            };
            out += ',' + number(c.value) + ',' + number(c.previous) + ',' + number(c.change);
        }
        out += '\n';
    }
    return out;
}

void PractitionerTableModel::clear()
{
    beginResetModel();
    m_table = {};
    m_cells.clear();
    endResetModel();
}

} // namespace routiq
