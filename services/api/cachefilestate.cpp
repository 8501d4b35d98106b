#include "cachefilestate.h"

#include <QDateTime>
#include <QFileInfo>

namespace routiq {

QByteArray CacheFileState::signature(const QStringList &files)
{
    QByteArray s;
    for (const QString &f : files) {
        const QFileInfo info(f);
        if (!info.exists()) {
            s += "-;";
            continue;
        }
        s += QByteArray::number(info.size()) + ':' +
             QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ':' +
             QByteArray::number(
                 info.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch()) +
             ';';
    }
    return s;
}

} // namespace routiq
