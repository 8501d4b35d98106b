#pragma once

#include "simulator/simulatedclinic.h"
#include "storage/databasekey.h"

#include <QList>
#include <QString>

namespace routiq::test {

// A small generated clinic (fast to sync) with the simulator's usual shapes.
SimulatedClinic smallClinic(int historyDays = 60, int patients = 300);

// Compares the cache at `path` with what a full read of `clinic` must give: the same
// appointment ids with the same statuses and instants, and each appointment's local day in its
// location's zone. Returns an empty string when equal, else the first difference.
QString compareCacheWithClinic(const QString &path, const DatabaseKey &key,
                               const SimulatedClinic &clinic);

} // namespace routiq::test
