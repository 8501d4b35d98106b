#pragma once

#include <QtGlobal>

namespace routiq {

// PMS record ids. Cliniko sends 19-digit int64 values as JSON strings and Nookal sends numeric
// strings; both fit a signed 64-bit integer. Never round-trip an id through double.
using RecordId = qint64;

// A clinic connection's local id, chosen by the user ("north-clinic"); also names its cache file.
using ClinicId = QString;

} // namespace routiq
