#include "auditlogmodel.h"

#include <QLocale>

namespace routiq {

AuditLogModel::AuditLogModel(AuditLogQuery *query, std::function<std::optional<ActingUser>()> actor,
                             QObject *parent)
    : QAbstractTableModel(parent), m_query(query), m_actor(std::move(actor))
{}

bool AuditLogModel::open(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.untilSeq = m_query->headSeq(); // a snapshot: later entries do not shift the pages
    m_rows.clear();
    m_total = 0;
    m_error = {};
    const auto actor = m_actor();
    std::optional<qint64> total;
    if (actor)
        total = m_query->open(*actor, filter, &m_error);
    else
        m_error =
            RoutiqError::make(QStringLiteral("INVALID_CREDENTIALS"), tr("Please sign in again."));
    if (total)
        m_total = *total;
    endResetModel();
    if (!total) {
        emit failed(m_error);
        return false;
    }
    if (m_total > 0)
        fetchMore({});
    return m_error.isNull();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Seq:
            return e.seq;
        case Time:
            return QLocale().toString(e.atUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return e.userName;
        case Action:
            return e.action;
        case Object:
            return e.objectId;
        case Details:
            return e.details;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_error.isNull() && m_rows.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto actor = m_actor();
    std::optional<QList<AuditEntry>> page;
    if (actor)
        page = m_query->page(*actor, m_filter, m_rows.size(), kPageSize, &m_error);
    if (!page || page->isEmpty()) {
        if (m_error.isNull())
            m_total = m_rows.size(); // the log cannot shrink; nothing more to fetch
        else
            emit failed(m_error);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

} // namespace routiq
