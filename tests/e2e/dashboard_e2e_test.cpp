#include "e2etestsupport.h"
#include "testapp.h"

#include "core/clock.h"
#include "dashboardcontroller.h"
#include "dashboardfilters.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace routiq;

namespace {

// The real window over the real pipeline: simulator -> adapter -> cache -> metrics -> models.
struct Dashboard
{
    QTemporaryDir dir;
    SystemClock clock;
    KpiModel kpis;
    MainWindow window{&kpis};
    DashboardController controller{&window, &kpis, clock};
    std::unique_ptr<ClinicSession> session;

    void connect(const ClinikoSimulator &sim)
    {
        ClinicConnection c;
        c.id = QStringLiteral("ui");
        c.name = QStringLiteral("UI clinic");
        c.baseUrlOverride = sim.baseUrl().toString();
        c.contactEmail = QStringLiteral("tests@routiq.invalid");
        session = std::make_unique<ClinicSession>(
            c, dir.filePath(QStringLiteral("ui.db")), DatabaseKey::generate(),
            PmsAdapterFactory::forConnection(c, sim.apiKey(), &clock), &clock,
            SyncEngine::Options{});
        controller.addSession(session.get());
        window.show();
        session->start();
    }

    QString card(const char *key) const
    {
        for (KpiCard *c : window.cards())
            if (c->key() == QLatin1String(key))
                return c->valueText();
        return {};
    }
};

} // namespace

TEST_CASE("a booking at the PMS shows on the KPI card within 5 s, a period switch recomputes the "
          "cards, and the GUI thread never stalls")
{
    test::ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic(120, 800));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    Dashboard d;

    // Longest gap between two ticks of a 5 ms timer on the GUI thread during the backfill.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    sinceTick.start();
    ticker.start(5);

    QSignalSpy complete(&d.controller, &DashboardController::firstCompleteSnapshot);
    d.connect(sim);
    REQUIRE(complete.wait(120000));
    ticker.stop();
    std::printf("dashboard e2e: longest GUI-thread gap during backfill %lld ms\n",
                static_cast<long long>(longestGapMs));
    // The 50 ms target is reported above; this catches a freeze. AddressSanitizer makes every
    // allocation several times slower (265 ms seen on the two-core CI machine, nothing frozen).
#ifdef __SANITIZE_ADDRESS__
    constexpr qint64 freezeMs = 750;
#else
    constexpr qint64 freezeMs = 250;
#endif
    CHECK(longestGapMs < freezeMs);

    REQUIRE(
        test::spinUntil([&] { return d.card("totalBookings") != QStringLiteral("\u2014"); }, 5000));
    // Let the throttle settle, then read the figure a user sees.
    REQUIRE(test::spinUntil([] { return false; }, 600) == false);
    const QString before = d.card("totalBookings");
    const int bookings = QLocale().toInt(before);
    REQUIRE(bookings > 0);

    const SimAppointment model = test::appointmentInAccountZone(sim.clinic());
    REQUIRE(model.id != 0);
    QElapsedTimer latency;
    latency.start();
    REQUIRE(sim.addAppointment(model.patientId, model.practitionerId, model.businessId,
                               model.appointmentTypeId,
                               QDateTime::currentDateTimeUtc()) != 0); // today, this week
    const QString expected = QLocale().toString(bookings + 1);
    REQUIRE(test::spinUntil([&] { return d.card("totalBookings") == expected; }, 5000));
    std::printf("dashboard e2e: PMS change -> KPI card in %lld ms\n",
                static_cast<long long>(latency.elapsed()));
    CHECK(latency.elapsed() < 5000);

    // Switching the period recomputes every card for the new range.
    const QString weekRange = d.window.rangeText();
    d.window.filters()->setPeriod(DashboardFilters::PeriodChoice::PreviousMonth);
    REQUIRE(test::spinUntil([&] { return d.window.rangeText() != weekRange; }, 5000));
    REQUIRE(test::spinUntil([&] { return d.card("totalBookings") != expected; }, 5000));
    CHECK(QLocale().toInt(d.card("totalBookings")) > 0);

    // A no-show training (on its own thread) never stalls the GUI thread either.
    if (d.session->noShowSnapshot().generation == 0) {
        QSignalSpy first(d.session.get(), &ClinicSession::noShowReady);
        REQUIRE(first.wait(60000));
    }
    QSignalSpy training(d.session.get(), &ClinicSession::noShowTrainingChanged);
    QSignalSpy rescored(d.session.get(), &ClinicSession::noShowReady);
    longestGapMs = 0;
    sinceTick.restart();
    ticker.start(5);
    d.session->retrainNoShowModel();
    REQUIRE(test::spinUntil([&] { return training.size() >= 2 && !rescored.isEmpty(); }, 60000));
    ticker.stop();
    CHECK(training.at(0).at(0).toBool());
    CHECK_FALSE(training.at(1).at(0).toBool());
    std::printf("dashboard e2e: longest GUI-thread gap during no-show training %lld ms\n",
                static_cast<long long>(longestGapMs));
    CHECK(longestGapMs < freezeMs);
    CHECK(d.session->noShowSnapshot().model.status == NoShowModelInfo::Status::Ready);
    d.session->stop();
}

TEST_CASE(
    "the live indicator goes Live, Stale, Offline and back to Live as the PMS stops and returns")
{
    test::ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    auto sim = std::make_unique<ClinikoSimulator>(test::smallClinic(20, 100));
    REQUIRE(sim->start());
    const quint16 port = sim->port();
    Dashboard d;
    d.connect(*sim);
    LiveStatusTracker *tracker = d.controller.tracker(); // the clinic's, once it is added
    REQUIRE(tracker);
    tracker->setStaleAfterSecs(2);
    REQUIRE(test::spinUntil([&] { return tracker->status() == LiveStatus::Live; }, 60000));

    sim.reset(); // the PMS goes away: polls fail
    REQUIRE(test::spinUntil([&] { return tracker->status() == LiveStatus::Stale; }, 20000));
    REQUIRE(test::spinUntil([&] { return tracker->status() == LiveStatus::Offline; }, 60000));
    CHECK(tracker->bannerText().contains(QStringLiteral("old"), Qt::CaseInsensitive));

    sim = std::make_unique<ClinikoSimulator>(test::smallClinic(20, 100));
    REQUIRE(sim->start(port));
    REQUIRE(test::spinUntil([&] { return tracker->status() == LiveStatus::Live; }, 60000));
    d.session->stop();
}
