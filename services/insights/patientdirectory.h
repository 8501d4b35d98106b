#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "storage/clinicscope.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace routiq {

// Who to call: a patient's name and phone as cached (empty once purged by the retention rule).
// Patient-level data: read only for staff and admin, after the view is audited.
struct PatientContact
{
    QString name;
    QString phone;

    friend bool operator==(const PatientContact &, const PatientContact &) = default;
};
using PatientContacts = QHash<RecordId, PatientContact>;

// Reads the patients table of a clinic cache on an open reader connection of this thread.
class PatientDirectory
{
public:
    // Every patient the PMS marks archived (Cliniko archived_at/deleted_at, Nookal inactive).
    static QSet<RecordId> archivedPatients(const QString &connectionName, RoutiqError *error,
                                           const ClinicScope &scope = {});
    // Names and phones of `ids` (those not cached are left out).
    // "First Last", trimmed, either part possibly missing: how a contact's name reads.
    static QString displayName(const QString &first, const QString &last);
    static PatientContacts contacts(const QString &connectionName, const QList<RecordId> &ids,
                                    RoutiqError *error);
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::PatientContacts)
