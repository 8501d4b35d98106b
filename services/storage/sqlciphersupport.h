#pragma once

#include "domain/routiqerror.h"

#include <QString>
#include <QStringList>

namespace routiq {

// Makes sure Qt can find the QSQLCIPHER driver plugin wherever Routiq is installed: beside the
// binary (<appdir>/sqldrivers, the build tree), the DEB's <prefix>/lib/<multiarch>/routiq/plugins,
// Windows' <appdir>/plugins and the macOS bundle's PlugIns. Call once after the application
// object exists, before opening any database.
class SqlCipherSupport
{
public:
    static QString driverName() { return QStringLiteral("QSQLCIPHER"); }

    // Adds the install layouts' plugin folders to QCoreApplication::libraryPaths() and returns a
    // null error when QSQLCIPHER is available, else "SQLCIPHER_DRIVER_MISSING" naming where it
    // was looked for.
    static RoutiqError ensureDriverAvailable();

    static QStringList candidatePluginDirs(const QString &applicationDir);
};

} // namespace routiq
