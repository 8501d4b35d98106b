#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace routiq {

// Trained insight models (JSON), one row per kind ("no-show"), in the clinic's encrypted cache
// (table insight_models, clinic schema step 3). Written rarely, by the insights worker's own
// connection: a row of its own table, one short transaction under the busy timeout, so the
// sync writer is never held up for longer than that.
class InsightModelStore
{
public:
    struct Stored
    {
        int formatVersion = 0;
        QDateTime trainedAt;
        QByteArray body;
    };

    static bool save(const QString &connectionName, const QString &kind, int formatVersion,
                     const QDateTime &trainedAt, const QByteArray &body,
                     RoutiqError *error = nullptr);
    static std::optional<Stored> load(const QString &connectionName, const QString &kind,
                                      RoutiqError *error = nullptr);
};

} // namespace routiq
