#pragma once

#include <QSqlDatabase>
#include <QString>

namespace routiq {

// Owns one named QSqlDatabase connection for the lifetime of this object, in the thread that
// opened it: closes and removes it when destroyed, so connections never leak between threads.
class SqlConnection
{
public:
    explicit SqlConnection(QString name) : m_name(std::move(name)) {}
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QString name() const { return m_name; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    static QString uniqueName(const QString &prefix);

private:
    QString m_name;
};

} // namespace routiq
