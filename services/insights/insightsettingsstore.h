#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "workinghours.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace routiq {

// A re-engagement note: when the practice contacted a lapsed patient and what came of it.
struct ContactNote
{
    QDate contactedOn;
    QString outcome; // free text, at most 500 characters
    QString notedBy; // the account that saved it
    QDateTime notedAt;

    friend bool operator==(const ContactNote &, const ContactNote &) = default;
};
using ContactNotes = QHash<RecordId, ContactNote>;

// What people type into the insights — practitioners' working hours and re-engagement notes —
// kept per clinic in the (encrypted) app database, so a clinic cache that is set aside and
// synced again keeps them; removed with the clinic (AppDatabase::removeClinicConnection).
// No access checks here: WorkingHoursService and ContactNoteService check and audit.
class InsightSettingsStore
{
public:
    explicit InsightSettingsStore(QSqlDatabase appDatabase) : m_db(std::move(appDatabase)) {}

    std::optional<WorkingHoursMap> workingHours(const ClinicId &clinic, RoutiqError *error) const;
    bool setWorkingHours(const ClinicId &clinic, RecordId practitionerId, const WorkingHours &hours,
                         const QDateTime &nowUtc, RoutiqError *error);
    bool clearWorkingHours(const ClinicId &clinic, RecordId practitionerId, RoutiqError *error);

    std::optional<ContactNotes> contactNotes(const ClinicId &clinic, RoutiqError *error) const;
    bool setContactNote(const ClinicId &clinic, RecordId patientId, const ContactNote &note,
                        RoutiqError *error);
    bool clearContactNote(const ClinicId &clinic, RecordId patientId, RoutiqError *error);

private:
    QSqlDatabase m_db;
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::ContactNotes)
