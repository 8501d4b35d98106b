#pragma once

#include "domain/routiqerror.h"
#include "forwardbookings.h"
#include "storage/clinicscope.h"

#include <QDate>
#include <QList>
#include <QString>

namespace routiq {

// Reads the booked time of the forward view from a clinic cache on an open reader connection
// of this thread: every booking (neither cancelled nor deleted) with a local date in
// [first, last], through the by-day index.
class BookedTimeReader
{
public:
    static QList<BookedTime> read(const QString &connectionName, QDate first, QDate last,
                                  RoutiqError *error, const ClinicScope &scope = {});
};

} // namespace routiq
