#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace routiq {

// `server import`, one clinic: its cache (a clinic database of a single-PC folder) copied into
// the server's tables under its clinic id, in ONE server transaction — all of it or nothing.
// The rows go through the sync's own writers (ClinicPageWriter scoped to the clinic, as
// ServerSyncStore writes them): each resource read back from the cache as pages of domain
// records and written with the cache's checkpoint of that resource, so every local date and
// every patient's booking summary is computed by the same code as a sync would; then the last
// successful sync, the trained insight models, and one clinic_changes row (the sequence viewers
// start from). A clinic the server has already is refused (ALREADY_IMPORTED), untouched.
class ServerClinicImport
{
public:
    struct Counts
    {
        qint64 locations = 0, practitioners = 0, appointmentTypes = 0, patients = 0,
               appointments = 0, checkpoints = 0, insightModels = 0, changeSequence = 0;
        QJsonObject toJson() const;
    };

    static constexpr auto kAlreadyImportedCode = "ALREADY_IMPORTED";

    // `server`: the set-up role's connection; `cache`: the clinic cache, read only.
    static std::optional<Counts> run(const QSqlDatabase &server, const QSqlDatabase &cache,
                                     const ClinicId &clinic, const QString &name,
                                     const QTimeZone &defaultZone, RoutiqError *error);
    // Whether the server has the clinic already.
    static std::optional<bool> exists(const QSqlDatabase &server, const ClinicId &clinic,
                                      RoutiqError *error);
};

} // namespace routiq
