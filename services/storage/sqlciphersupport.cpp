#include "sqlciphersupport.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>

namespace routiq {

QStringList SqlCipherSupport::candidatePluginDirs(const QString &applicationDir)
{
    const QDir app(applicationDir);
    const QStringList relative = {
        QStringLiteral("../" ROUTIQ_INSTALL_LIBDIR "/routiq/plugins"),           // as installed
        QStringLiteral("../lib/" ROUTIQ_LIBRARY_ARCHITECTURE "/routiq/plugins"), // Debian multiarch
        QStringLiteral("../lib/routiq/plugins"),
        QStringLiteral("../lib64/routiq/plugins"),
        QStringLiteral("plugins"),    // Windows installer
        QStringLiteral("../PlugIns"), // macOS bundle
    };
    QStringList dirs;
    for (const QString &r : relative)
        dirs << QDir::cleanPath(app.absoluteFilePath(r));
    dirs.removeDuplicates();
    return dirs;
}

RoutiqError SqlCipherSupport::ensureDriverAvailable()
{
    if (QSqlDatabase::isDriverAvailable(driverName()))
        return {};
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &dir : candidatePluginDirs(appDir)) {
        if (QFileInfo::exists(dir + QStringLiteral("/sqldrivers")))
            QCoreApplication::addLibraryPath(dir);
    }
    if (QSqlDatabase::isDriverAvailable(driverName()))
        return {};
    qCWarning(lcStorage) << "QSQLCIPHER driver not found; library paths:"
                         << QCoreApplication::libraryPaths();
    return RoutiqError::make(
        QStringLiteral("SQLCIPHER_DRIVER_MISSING"),
        QStringLiteral("Routiq cannot open its encrypted data: the SQLCipher database driver is "
                       "missing. Reinstall Routiq."),
        QStringLiteral("QSQLCIPHER plugin (libqsqlcipher) not found in sqldrivers/ under: %1")
            .arg(QCoreApplication::libraryPaths().join(QStringLiteral(", "))));
}

} // namespace routiq
