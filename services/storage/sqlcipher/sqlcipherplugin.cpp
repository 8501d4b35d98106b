#include "sqlcipherplugin.h"

#include "sqlcipherdriver.h"

namespace routiq {

SqlCipherPlugin::SqlCipherPlugin(QObject *parent) : QSqlDriverPlugin(parent) {}

QSqlDriver *SqlCipherPlugin::create(const QString &key)
{
    if (key == QLatin1String("QSQLCIPHER"))
        return new SqlCipherDriver;
    return nullptr;
}

} // namespace routiq
