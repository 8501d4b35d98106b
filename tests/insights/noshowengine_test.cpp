// The no-show engine over a real encrypted cache: the model is stored with the clinic's data,
// reused while current, retrained when due, and every upcoming booking is scored.
#include "bookingcache.h"
#include "syntheticclinic.h"
#include "testapp.h"

#include "core/clock.h"
#include "insights/noshowengine.h"
#include "insights/noshowjson.h"
#include "storage/clinicdatabasereader.h"
#include "storage/insightmodelstore.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace routiq;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QDateTime kNow(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
} // namespace

TEST_CASE("the trained model is kept in the clinic's cache, reused while current and retrained "
          "when a day old")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("north.db"));
    const DatabaseKey key = DatabaseKey::generate();
    test::SyntheticClinic::Params params;
    params.days = 200;
    const std::vector<BookingRecord> rows =
        test::SyntheticClinic::generate(params, kNow.toMSecsSinceEpoch());
    REQUIRE(test::writeBookingCache(path, key, rows));

    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    ManualClock clock(kNow);
    NoShowEngine first(reader->connectionName(), QStringLiteral("north"), &clock);
    const RoutiqError prepared = first.prepare();
    INFO(prepared.code.toStdString()
         << " " << prepared.message.toStdString() << " " << prepared.details.toStdString());
    REQUIRE(prepared.isNull());
    REQUIRE(first.model());
    CHECK(first.info().trainedAt == kNow);
    const auto stored = InsightModelStore::load(reader->connectionName(), NoShowEngine::kModelKind);
    REQUIRE(stored);
    CHECK(stored->trainedAt == kNow);

    // An hour later another engine (the CLI, the app after a restart) reuses it.
    clock.advanceMSecs(3600 * 1000);
    NoShowEngine second(reader->connectionName(), QStringLiteral("north"), &clock);
    REQUIRE(second.prepare().isNull());
    CHECK(second.info().trainedAt == kNow);
    CHECK(second.info() == first.info());

    // A day later it is retrained.
    clock.advanceMSecs(24 * 3600 * 1000);
    NoShowEngine third(reader->connectionName(), QStringLiteral("north"), &clock);
    REQUIRE(third.prepare().isNull());
    CHECK(third.info().trainedAt == clock.nowUtc());

    // So are 200 newly marked bookings.
    CHECK_FALSE(third.retrainDue());
    third.noteNewOutcomes(199);
    CHECK_FALSE(third.retrainDue());
    third.noteNewOutcomes(1);
    CHECK(third.retrainDue());
}

TEST_CASE("every upcoming booking within the horizon is scored, and none other")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("north.db"));
    const DatabaseKey key = DatabaseKey::generate();
    test::SyntheticClinic::Params params;
    params.days = 200;
    params.futureDays = 30;
    const std::vector<BookingRecord> rows =
        test::SyntheticClinic::generate(params, kNow.toMSecsSinceEpoch());
    REQUIRE(test::writeBookingCache(path, key, rows));
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    ManualClock clock(kNow);
    NoShowEngine::Options options;
    options.horizonDays = 7;
    NoShowEngine engine(reader->connectionName(), QStringLiteral("north"), &clock, options);
    REQUIRE(engine.prepare().isNull());

    const NoShowSnapshot s = engine.score(&error);
    REQUIRE(error.isNull());
    QSet<RecordId> expected;
    const qint64 now = kNow.toMSecsSinceEpoch();
    for (const BookingRecord &r : rows)
        if (r.isBooking() && r.startsAtMs > now && r.startsAtMs < now + 7 * kDayMs)
            expected.insert(r.id);
    QSet<RecordId> got;
    for (const ScoredBooking &b : s.bookings)
        got.insert(b.appointmentId);
    CHECK(got == expected);
    REQUIRE(s.bookings.size() > 100);
    for (qsizetype i = 1; i < s.bookings.size(); ++i)
        CHECK(s.bookings[i - 1].startsAtUtc <= s.bookings[i].startsAtUtc);

    // The CLI's JSON names every booking by its PMS id, as a string, with its reasons.
    const QJsonObject json = NoShowJson::toJson(s, RiskBands{});
    CHECK(json.value(QStringLiteral("model")).toObject().value(QStringLiteral("status")) ==
          QStringLiteral("ready"));
    const QJsonArray list = json.value(QStringLiteral("appointments")).toArray();
    REQUIRE(list.size() == s.bookings.size());
    const QJsonObject one = list.first().toObject();
    CHECK(one.value(QStringLiteral("appointmentId")).toString() ==
          QString::number(s.bookings.first().appointmentId));
    CHECK(one.value(QStringLiteral("startsAt")).toString().endsWith(QLatin1Char('Z')));
    CHECK(one.value(QStringLiteral("reasons")).toArray().size() == kRiskFactorCount);
    CHECK(json.value(QStringLiteral("expectedNoShows")).toDouble() ==
          Approx(s.expectedNoShows(kNow.addDays(7))));

    // A day on, the horizon moves with "now".
    clock.advanceMSecs(kDayMs);
    const NoShowSnapshot later = engine.score(&error);
    for (const ScoredBooking &b : later.bookings)
        CHECK(b.startsAtUtc > clock.nowUtc());
}

TEST_CASE("a clinic with too little marked history gets no scores and says what is missing")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    const DatabaseKey key = DatabaseKey::generate();
    test::SyntheticClinic::Params params;
    params.days = 5;
    const std::vector<BookingRecord> rows =
        test::SyntheticClinic::generate(params, kNow.toMSecsSinceEpoch());
    REQUIRE(test::writeBookingCache(path, key, rows));
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    ManualClock clock(kNow);
    NoShowEngine engine(reader->connectionName(), QStringLiteral("new"), &clock);
    REQUIRE(engine.prepare().isNull());
    CHECK_FALSE(engine.model());
    const NoShowSnapshot s = engine.score(&error);
    CHECK(s.bookings.isEmpty());
    CHECK(s.model.status == NoShowModelInfo::Status::InsufficientHistory);
    const QJsonObject json = NoShowJson::toJson(s, RiskBands{});
    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    CHECK(model.value(QStringLiteral("status")) == QStringLiteral("insufficient_history"));
    CHECK(model.value(QStringLiteral("missing")).toString().contains(QStringLiteral("300")));
    CHECK(json.value(QStringLiteral("appointments")).toArray().isEmpty());
    CHECK_FALSE(InsightModelStore::load(reader->connectionName(), NoShowEngine::kModelKind));
}

TEST_CASE("a change set reaches the next scores: a new booking is scored and a marked no-show "
          "raises that patient's other risks")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("north.db"));
    const DatabaseKey key = DatabaseKey::generate();
    test::SyntheticClinic::Params params;
    params.days = 200;
    std::vector<BookingRecord> rows =
        test::SyntheticClinic::generate(params, kNow.toMSecsSinceEpoch());
    REQUIRE(test::writeBookingCache(path, key, rows));
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    ManualClock clock(kNow);
    NoShowEngine engine(reader->connectionName(), QStringLiteral("north"), &clock);
    REQUIRE(engine.prepare().isNull());
    const NoShowSnapshot before = engine.score(&error);
    REQUIRE(before.bookings.size() > 10);

    // A patient with an upcoming booking misses one today; another, never seen, books.
    const ScoredBooking target = before.bookings.first();
    const qint64 now = kNow.toMSecsSinceEpoch();
    BookingRecord missed;
    missed.id = 9'000'001;
    missed.patientId = target.patientId;
    missed.practitionerId = 1;
    missed.locationId = 1;
    missed.startsAtMs = now - 3600 * 1000;
    missed.createdAtMs = now - 5 * kDayMs;
    missed.localHour = 7;
    missed.didNotArrive = true;
    BookingRecord fresh = missed;
    fresh.id = 9'000'002;
    fresh.patientId = 777'777;
    fresh.startsAtMs = now + 2 * kDayMs;
    fresh.didNotArrive = false;
    REQUIRE(test::appendBookings(path, key, {missed, fresh})); // as the sync writer would
    REQUIRE(engine.applyChanges({missed, fresh}, {}).isNull());
    const NoShowSnapshot after = engine.score(&error);
    REQUIRE(error.isNull());
    const auto find = [](const NoShowSnapshot &s, RecordId id) -> const ScoredBooking * {
        for (const ScoredBooking &b : s.bookings)
            if (b.appointmentId == id)
                return &b;
        return nullptr;
    };
    REQUIRE(find(after, fresh.id) != nullptr);
    REQUIRE(find(after, target.appointmentId) != nullptr);
    CHECK(find(after, target.appointmentId)->risk > target.risk);
    CHECK(after.bookings.size() == before.bookings.size() + 1);
}
