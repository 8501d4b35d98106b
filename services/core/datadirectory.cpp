#include "datadirectory.h"

#include <QDir>
#include <QStandardPaths>

namespace routiq {

QString DataDirectory::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString fromEnv = qEnvironmentVariable("ROUTIQ_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace routiq
