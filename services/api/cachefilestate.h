#pragma once

#include <QByteArray>
#include <QStringList>

namespace routiq {

// The one signal that a clinic's cache changed, for the live channel and the metrics snapshot
// cache alike: the size, modification and metadata-change times of its files (the database and
// its WAL). Whatever writes the cache (`sync --watch`, the app's sessions) changes them; a
// reader does not. Cheap (two stat calls), so it is read at every request.
class CacheFileState
{
public:
    static QByteArray signature(const QStringList &files);
};

} // namespace routiq
