#include "sqlconnection.h"

#include <QAtomicInteger>

namespace routiq {

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlConnection::uniqueName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return prefix + u'-' + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace routiq
