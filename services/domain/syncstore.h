#pragma once

#include "domain/changeset.h"
#include "domain/pmspage.h"
#include "domain/routiqerror.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <optional>

namespace routiq {

// What the sync engine needs from a clinic's cache: store a page and its checkpoint atomically,
// read checkpoints back after a restart. Implemented by the encrypted clinic database; the one
// writer connection lives in the sync worker's thread.
class SyncStore
{
public:
    virtual ~SyncStore() = default;

    // In ONE transaction: upsert every record of the page by id (computing each appointment's
    // local date/hour/weekday in its location's zone) and save `checkpoint`. On failure nothing
    // is written, `error` says why (e.g. disk full) and false is returned.
    virtual bool applyPage(const PmsPage &page, const SyncCheckpoint &checkpoint,
                           ChangeSet *changes, RoutiqError *error) = 0;

    // In ONE transaction: delete these appointments (a Nookal row that vanished from the feed).
    virtual bool removeAppointments(const QList<RecordId> &ids, ChangeSet *changes,
                                    RoutiqError *error) = 0;

    // The ids of the cached appointments whose local date is in [from, to]: a reconcile
    // compares them with what a read of that window returned (a PMS whose feed drops deleted
    // rows, e.g. Nookal). Nullopt with `error` on failure.
    virtual std::optional<QSet<RecordId>> appointmentIdsBetween(QDate from, QDate to,
                                                                RoutiqError *error) const = 0;

    virtual std::optional<SyncCheckpoint> checkpoint(ResourceKind kind) const = 0;

    // The last time a sync pass completed successfully (UTC), for "data from 09:00".
    virtual QDateTime lastSuccessfulSync() const = 0;
    virtual bool setLastSuccessfulSync(const QDateTime &utc, RoutiqError *error) = 0;

    // Integrity, off the open (issue 17): whether the store was opened after its last writer
    // died, and a full check (null when sound, CACHE_CORRUPT when damaged). The sync worker
    // runs it in the background; stores without a file have nothing to check.
    virtual bool openedAfterUncleanShutdown() const { return false; }
    virtual RoutiqError checkIntegrity() { return {}; }
};

} // namespace routiq
