#pragma once

#include "domain/pmspage.h"
#include "domain/routiqerror.h"
#include "pms/pmsadapter.h"

#include <QList>

#include <functional>

// Drives a PmsAdapter the way the sync engine will: one page at a time, following nextCursor,
// waiting on the adapter's signals (never sleeping).
namespace routiq::test {

struct ReadResult
{
    QList<PmsPage> pages;
    RoutiqError error; // set when a page failed (the read stops there)
    bool timedOut = false;

    bool ok() const { return error.isNull() && !timedOut; }
    PmsPage merged() const; // every page's records in one page
};

// Processes events until `done()` or the timeout; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10'000);

// One fetchPage: the page, or the error.
ReadResult fetchOne(PmsAdapter &adapter, const PageRequest &request, int timeoutMs = 10'000);

// Every page of one resource from `since` (invalid = full backfill).
ReadResult readAll(PmsAdapter &adapter, ResourceKind kind, const QDateTime &since = {},
                   int timeoutMs = 60'000);

} // namespace routiq::test
