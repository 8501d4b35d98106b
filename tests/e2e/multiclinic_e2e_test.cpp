// Several clinics side by side, opened as the app opens them: each its own sync thread, its own
// encrypted cache and key; no path from one clinic reaches the other's rows.
#include "clinicgroup.h"
#include "e2etestsupport.h"
#include "testapp.h"

#include "secrets/keyvault.h"
#include "session/clinicdataremoval.h"
#include "simulator/clinikosimulator.h"
#include "storage/clinicdatabasereader.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSignalSpy>

using namespace routiq;
using namespace routiq::test;

namespace {

DatabaseKey keyOf(ClinicGroup &group, const ClinicId &id)
{
    DatabaseKey key;
    bool answered = false;
    group.context().vault().databaseKey(id, [&](const DatabaseKey &k, const RoutiqError &) {
        key = k;
        answered = true;
    });
    spinUntil([&] { return answered; }, 30000);
    return key;
}

} // namespace

TEST_CASE("two clinics sync into their own encrypted caches, each opening only with its own key, "
          "and removing one leaves the other untouched")
{
    ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator north(smallClinic(40, 150));
    ClinikoSimulator south(smallClinic(40, 150, 4242));
    north.setRateLimitEnabled(false);
    south.setRateLimitEnabled(false);
    REQUIRE(north.start());
    REQUIRE(south.start());
    REQUIRE(north.clinic().appointments.size() > 0);

    ClinicGroup group;
    REQUIRE(group.openContext());
    REQUIRE(group.addClinic(QStringLiteral("north"), PmsKind::Cliniko, north.baseUrl(),
                            north.apiKey()));
    REQUIRE(group.addClinic(QStringLiteral("south"), PmsKind::Cliniko, south.baseUrl(),
                            south.apiKey()));
    QSignalSpy opened(&group.sessions(), &ClinicSessions::sessionOpened);
    REQUIRE(group.openSessions());
    REQUIRE(opened.count() == 2);
    REQUIRE(group.waitBackfilled(QStringLiteral("north")));
    REQUIRE(group.waitBackfilled(QStringLiteral("south")));

    const QString northPath = group.context().clinicDatabasePath(QStringLiteral("north"));
    const QString southPath = group.context().clinicDatabasePath(QStringLiteral("south"));
    const DatabaseKey northKey = keyOf(group, QStringLiteral("north"));
    const DatabaseKey southKey = keyOf(group, QStringLiteral("south"));
    REQUIRE_FALSE(northKey == southKey);
    CHECK(northPath != southPath);

    // Each cache holds exactly its own clinic (the comparison fails across clinics).
    CHECK(compareCacheWithClinic(northPath, northKey, north.clinic()).isEmpty());
    CHECK(compareCacheWithClinic(southPath, southKey, south.clinic()).isEmpty());
    CHECK_FALSE(compareCacheWithClinic(northPath, northKey, south.clinic()).isEmpty());

    // Each file opens with its own key only.
    RoutiqError error;
    CHECK(ClinicDatabaseReader::open(northPath, southKey, &error) == nullptr);
    CHECK(error.code == QStringLiteral("CACHE_WRONG_KEY"));
    error = {};
    CHECK(ClinicDatabaseReader::open(southPath, northKey, &error) == nullptr);
    CHECK_FALSE(error.isNull());

    // Removing north: its files and keys go, south keeps syncing from its intact cache.
    group.sessions().close(QStringLiteral("north"));
    bool removed = false;
    RoutiqError removeError;
    ClinicDataRemoval::remove(&group.context().appDatabase(), &group.context().vault(),
                              group.dataDirectory(), QStringLiteral("north"),
                              [&](const RoutiqError &e) {
                                  removeError = e;
                                  removed = true;
                              });
    REQUIRE(spinUntil([&] { return removed; }, 30000));
    REQUIRE(removeError.isNull());
    CHECK_FALSE(QFileInfo::exists(northPath));
    CHECK(compareCacheWithClinic(southPath, southKey, south.clinic()).isEmpty());

    const SimAppointment &model = south.clinic().appointments.last();
    QSignalSpy southChanges(group.session(QStringLiteral("south")),
                            &ClinicSession::changesCommitted);
    REQUIRE(south.addAppointment(model.patientId, model.practitionerId, model.businessId,
                                 model.appointmentTypeId,
                                 // whole seconds, as the API carries them
                                 QDateTime::fromSecsSinceEpoch(
                                     QDateTime::currentSecsSinceEpoch() + 7200, Qt::UTC)) != 0);
    // The booking is committed (the first change set may be an earlier edit): compare then.
    spinUntil([&] { return compareCacheWithClinic(southPath, southKey, south.clinic()).isEmpty(); },
              15000);
    CHECK(compareCacheWithClinic(southPath, southKey, south.clinic()).toStdString() == "");
    CHECK(southChanges.count() > 0);
}
