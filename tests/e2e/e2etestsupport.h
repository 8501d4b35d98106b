#pragma once

#include "simulator/simulatedclinic.h"
#include "storage/databasekey.h"

#include <QList>
#include <QString>

#include <functional>

namespace routiq::test {

// A small generated clinic (fast to sync) with the simulator's usual shapes; another `seed`
// gives another clinic (0 = the generator's default).
SimulatedClinic smallClinic(int historyDays = 60, int patients = 300, quint64 seed = 0);

// Spins the event loop (no sleeping) until `done()` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// Compares the cache at `path` with what a full read of `clinic` must give: the same
// appointment ids with the same statuses and instants, and each appointment's local day in its
// location's zone. Returns an empty string when equal, else the first difference.
QString compareCacheWithClinic(const QString &path, const DatabaseKey &key,
                               const SimulatedClinic &clinic);

} // namespace routiq::test
