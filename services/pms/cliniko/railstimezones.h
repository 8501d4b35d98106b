#pragma once

#include <QString>

namespace routiq {

// Cliniko's account and user time zones are Rails labels ("Melbourne", "Eastern Time (US &
// Canada)"); local dates need IANA ids. Covers the AU, NZ, UK/IE, US and CA labels (and accepts
// an IANA id as is).
class RailsTimeZones
{
public:
    // The IANA id for `label`, or empty when the label is unknown.
    static QString toIana(const QString &label);
};

} // namespace routiq
