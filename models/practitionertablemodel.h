#pragma once

#include "metrics/practitionerbreakdown.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVariant>

namespace routiq {

// Practitioners side by side (docs/metrics.md): one row per practitioner of a
// PractitionerTable, one column per dashboard figure (KpiModel's, same order, titles and
// formats), each cell the figure and its change against the previous period. Sorting reads
// EditRole (the figure itself); toCsv gives plain numbers, with the previous value and the
// change in columns of their own.
class PractitionerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PractitionerIdRole = Qt::UserRole + 1;
    static constexpr int ChangeRole = Qt::UserRole + 2; // number, or invalid
    static constexpr int ToneRole = Qt::UserRole + 3;   // +1 good, -1 bad, 0 neutral

    // One figure of one practitioner.
    struct Cell
    {
        QVariant value;    // invalid for a null figure
        QVariant previous; // the figure over the previous range
        QVariant change;   // % (counts, averages) or points (rates); invalid when none
        bool points = false;
        int tone = 0;
        QString valueText;
        QString changeText; // "▲ 12.5%", "▼ 1.2 pts", or empty
    };

    explicit PractitionerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setTable(const PractitionerTable &table);
    void setPractitionerNames(const QHash<RecordId, QString> &names);
    void clear();
    // "practitionerId,practitioner,<key>,<key>Previous,<key>Change,…" then one line per row.
    QByteArray toCsv() const;

    const PractitionerTable &table() const { return m_table; }
    int figureCount() const { return int(m_keys.size()); }
    QString figureKey(int figure) const { return m_keys.value(figure); }
    QString figureTitle(int figure) const { return m_titles.value(figure); }
    const Cell &cell(int row, int figure) const { return m_cells.at(row).at(figure); }
    QString practitionerName(int row) const;
    RecordId practitionerAt(int row) const;

private:
    PractitionerTable m_table;
    QHash<RecordId, QString> m_names;
    QStringList m_keys;
    QStringList m_titles;
    QList<QList<Cell>> m_cells; // [row][figure]
};

} // namespace routiq
