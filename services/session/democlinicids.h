#pragma once

#include "domain/ids.h"

namespace routiq {

// The clinic ids the built-in demo (DemoEnvironment, in the simulator library) registers. They
// live here, in the core, because the core refuses them for real clinics (`clinic add`) and
// tells a demo folder from a real one without linking the simulators.
namespace DemoClinicIds {

inline ClinicId cliniko()
{
    return QStringLiteral("demo");
}
inline ClinicId nookal()
{
    return QStringLiteral("demo-nookal");
}
inline bool isReserved(const ClinicId &id)
{
    return id == cliniko() || id == nookal();
}

} // namespace DemoClinicIds

} // namespace routiq
