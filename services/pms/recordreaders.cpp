#include "recordreaders.h"

#include "core/logging.h"
#include "httppmsadapter.h"

namespace routiq {

namespace {

template <typename Record>
bool readOne(const RecordReaders::Reader<Record> &read, const QJsonObject &row, bool timed,
             QList<Record> *list, QDateTime *newest, QString *problem)
{
    Record record;
    if (!read(row, &record, problem))
        return false;
    if (timed)
        noteUpdated(newest, record.updatedAt);
    list->append(record);
    return true;
}

} // namespace

bool readRecords(PmsPage *page, const QList<QJsonObject> &rows, const RecordReaders &readers,
                 QString *problem)
{
    const bool ref = readers.referenceTimes;
    QDateTime *newest = &page->maxUpdatedAt;
    for (const QJsonObject &row : rows) {
        bool read = false;
        switch (page->kind) {
        case ResourceKind::Locations:
            read = readOne(readers.location, row, ref, &page->locations, newest, problem);
            break;
        case ResourceKind::Practitioners:
            read = readOne(readers.practitioner, row, ref, &page->practitioners, newest, problem);
            break;
        case ResourceKind::AppointmentTypes:
            read = readOne(readers.appointmentType, row, ref, &page->appointmentTypes, newest,
                           problem);
            break;
        case ResourceKind::Patients:
            read = readOne(readers.patient, row, true, &page->patients, newest, problem);
            break;
        case ResourceKind::Appointments: {
            Appointment a;
            read = readers.appointment(row, &a, problem);
            if (read) {
                noteUpdated(newest, a.updatedAt);
                page->appointments.append(a);
            } else if (readers.skipUnplaceableAppointments && problem->isEmpty()) {
                qCWarning(lcPms) << "skipping appointment" << a.id
                                 << "without a valid date and start time";
                page->skippedAppointmentIds.append(a.id);
                read = true;
            }
            break;
        }
        }
        if (!read)
            return false;
    }
    return true;
}

} // namespace routiq
