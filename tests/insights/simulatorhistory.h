#pragma once

#include "domain/bookingrecord.h"
#include "simulator/simulatedclinic.h"

#include <vector>

namespace routiq::test {

// The built-in simulator's appointments as the cache would give them to the no-show model
// (local hour and weekday in each business's zone).
std::vector<BookingRecord> bookingRecordsOf(const SimulatedClinic &clinic);

} // namespace routiq::test
