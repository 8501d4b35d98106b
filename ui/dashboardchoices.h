#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>

namespace routiq {

// A clinic connection as the clinic selector lists it.
struct ClinicChoice
{
    ClinicId id;  // empty = "All clinics" (only when the selector offers it)
    QString name; // display name chosen by the user
};

// A location (business) or practitioner as the filters list them.
struct FilterChoice
{
    RecordId id = 0;
    QString name;
};

} // namespace routiq
