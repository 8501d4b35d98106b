#pragma once

#include "domain/databasekey.h"
#include "domain/routiqerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace routiq {

// What a clinic's cache says about its sync, read on a reader connection of its own (the
// writer, if one runs, is not disturbed): per resource when its checkpoint was last saved
// (its last committed page), its high-water mark and whether its backfill is complete; the
// last successful pass; the schema version. Only sync bookkeeping: no record is read.
struct CacheSyncStatus
{
    struct Checkpoint
    {
        QString resource;
        QDateTime savedAtUtc;
        QDateTime highWaterMarkUtc;
        bool backfillComplete = false;
    };
    QList<Checkpoint> checkpoints;
    QDateTime lastSuccessfulSyncUtc;
    int schemaVersion = -1;

    static std::optional<CacheSyncStatus> read(const QString &filePath, const DatabaseKey &key,
                                               RoutiqError *error);
};

} // namespace routiq
