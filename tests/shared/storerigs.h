#pragma once

#include "domain/syncstore.h"
#include "insights/clinicreader.h"

#include <QString>
#include <QTimeZone>

#include <memory>

// The two stores behind SyncStore and ClinicReader, each set up fresh for one test, so
// one set of contract tests runs against both: the encrypted clinic cache file and one clinic
// on a real PostgreSQL server (tests/support/pgserver).
namespace routiq::test {

class StoreRig
{
public:
    virtual ~StoreRig() = default;
    virtual QString label() const = 0;
    virtual SyncStore &store() = 0;
    // A reader on its own connection, as the metrics worker opens one (on the server: as the
    // set-up role, which may read everything).
    virtual std::unique_ptr<ClinicReader> openReader() = 0;
    // Closes the store and opens it again (as after a restart of the sync worker).
    virtual void reopen() = 0;
    // From now on the database itself refuses to store appointment `id` (a constraint the
    // writer does not know about): the page holding it must fail as a whole.
    virtual void refuseAppointment(RecordId id) = 0;
};

std::unique_ptr<StoreRig> makeCacheRig(const QTimeZone &defaultZone);
std::unique_ptr<StoreRig> makeServerRig(const QTimeZone &defaultZone);

// For TEMPLATE_TEST_CASE.
struct CacheStore
{
    static std::unique_ptr<StoreRig> make(const QTimeZone &zone) { return makeCacheRig(zone); }
};
struct ServerStore
{
    static std::unique_ptr<StoreRig> make(const QTimeZone &zone) { return makeServerRig(zone); }
};

// A server database with the shared schema (server init done) and clinic `clinic`
// registered; returns its conninfo (as the postgres superuser).
QString initialisedServerDatabase(const QString &clinic);

} // namespace routiq::test
