#pragma once

#include "domain/pmspage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace routiq {

// How one PMS turns its JSON rows into domain records: one reader per kind, each filling its
// record from one object (false with *problem when it cannot). readRecords() holds the one
// loop over a page's rows that both adapters share.
struct RecordReaders
{
    template <typename Record>
    using Reader = std::function<bool(const QJsonObject &, Record *, QString *)>;

    Reader<Location> location;
    Reader<Practitioner> practitioner;
    Reader<AppointmentType> appointmentType;
    Reader<Patient> patient;
    Reader<Appointment> appointment;
    // Whether locations, practitioners and appointment types carry a modification time that
    // counts for the page's maxUpdatedAt (Cliniko); Nookal's reference data has none.
    bool referenceTimes = true;
    // An appointment the reader refuses without a problem is listed in skippedAppointmentIds
    // and the page goes on (Nookal's zero dates); otherwise it fails the page.
    bool skipUnplaceableAppointments = false;
};

// Reads `rows` into the list of `page` that matches page->kind and raises page->maxUpdatedAt.
// False with *problem at the first row that cannot be read.
bool readRecords(PmsPage *page, const QList<QJsonObject> &rows, const RecordReaders &readers,
                 QString *problem);

} // namespace routiq
