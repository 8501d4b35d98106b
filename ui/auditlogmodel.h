#pragma once

#include "security/actinguser.h"
#include "security/auditlogquery.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

namespace routiq {

// The audit viewer's rows: one filtered view of the log, fetched a page at a time
// (AuditLogQuery, parameterised SQL) as the view scrolls (canFetchMore/fetchMore), so a log of
// any size opens at once. Opening a view is audited by the query ("audit.view").
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Time,
        User,
        Action,
        Object,
        Details,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    // `actor` is asked before every read (the admin, re-read); `query` outlives the model.
    AuditLogModel(AuditLogQuery *query, std::function<std::optional<ActingUser>()> actor,
                  QObject *parent = nullptr);

    // Opens the filter's view: counts it, loads the first page. False with lastError() when
    // refused or unreadable (the model is then empty).
    bool open(const AuditFilter &filter);
    qint64 totalCount() const { return m_total; }
    const AuditFilter &filter() const { return m_filter; }
    RoutiqError lastError() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const routiq::RoutiqError &error);

private:
    AuditLogQuery *m_query;
    std::function<std::optional<ActingUser>()> m_actor;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_total = 0;
    RoutiqError m_error;
};

} // namespace routiq
