#pragma once

#include <QString>

namespace routiq {

// The year of a PMS date of birth ("YYYY-MM-DD", Cliniko's `date_of_birth` and Nookal's `DOB`),
// the only part Routiq keeps; 0 when absent, malformed or implausible (before 1900).
int birthYearOf(const QString &isoDate);

} // namespace routiq
