// The real window over a Cliniko and a Nookal clinic opened as the app opens them: the clinic
// selector switches the cards, "All clinics" adds them up, and one PMS going down neither stops
// the other's live updates nor hides its own state.
#include "clinicgroup.h"
#include "e2etestsupport.h"
#include "testapp.h"

#include "appointmentlistdialog.h"
#include "dashboardcontroller.h"
#include "dashboardfilters.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "security/auditedaccess.h"
#include "securityfixture.h"
#include "simulator/clinikosimulator.h"
#include "simulator/nookalsimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace routiq;
using namespace routiq::test;

namespace {

const ClinicId kCliniko = QStringLiteral("physio");
const ClinicId kNookal = QStringLiteral("chiro");

struct GroupDashboard
{
    ClinicGroup group;
    KpiModel kpis;
    MainWindow window{&kpis};
    DashboardController controller{&window, &kpis, group.clock()};

    QString card(const char *key) const
    {
        for (KpiCard *c : window.cards())
            if (c->key() == QLatin1String(key))
                return c->valueText();
        return {};
    }
    int bookings() const { return QLocale().toInt(card("totalBookings")); }

    // Opens both clinics as the app does (patient lists through `guard` when given) and waits
    // for both backfills.
    bool open(const ClinikoSimulator &cliniko, const NookalSimulator &nookal,
              const AuditedAccess *guard = nullptr)
    {
        if (!group.openContext())
            return false;
        group.sessions().setAccessGuard(guard);
        if (!group.addClinic(kCliniko, PmsKind::Cliniko, cliniko.baseUrl(), cliniko.apiKey()) ||
            !group.addClinic(kNookal, PmsKind::Nookal, nookal.baseUrl(), nookal.apiKey()))
            return false;
        QObject::connect(&group.sessions(), &ClinicSessions::sessionOpened, &controller,
                         &DashboardController::addSession);
        window.show();
        return group.openSessions() && group.waitBackfilled(kCliniko) &&
               group.waitBackfilled(kNookal);
    }

    // The figure on screen once the coalesced updates have settled (no change for 700 ms).
    int settledBookings()
    {
        QString last = card("totalBookings");
        QElapsedTimer still;
        still.start();
        spinUntil(
            [&] {
                const QString now = card("totalBookings");
                if (now != last) {
                    last = now;
                    still.restart();
                }
                return still.elapsed() > 700;
            },
            10000);
        return bookings();
    }

    int show(const ClinicId &clinic)
    {
        controller.selectClinic(clinic);
        REQUIRE(
            spinUntil([&] { return card("totalBookings") != QStringLiteral("\u2014"); }, 10000));
        return settledBookings();
    }
};

} // namespace

TEST_CASE("the clinic selector switches the cards, All clinics adds them up, and with one PMS "
          "down the other's changes still arrive within 5 s")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    auto cliniko = std::make_unique<ClinikoSimulator>(smallClinic(40, 150));
    cliniko->setRateLimitEnabled(false);
    NookalSimulator nookal(smallClinic(40, 150, 9001));
    REQUIRE(cliniko->start());
    REQUIRE(nookal.start());

    GroupDashboard d;
    REQUIRE(d.open(*cliniko, nookal));

    // Two clinics: the selector offers "All clinics" first, then each clinic.
    REQUIRE(d.window.filters()->clinicBox()->count() == 3);
    CHECK(d.window.filters()->clinicBox()->itemData(0).toString().isEmpty());

    const int physio = d.show(kCliniko);
    const int chiro = d.show(kNookal);
    REQUIRE(physio > 0);
    REQUIRE(chiro > 0);
    REQUIRE(physio != chiro); // two different clinics, so a switch is visible
    d.controller.selectClinic({});
    REQUIRE(spinUntil([&] { return d.bookings() == physio + chiro; }, 10000));
    CHECK(d.window.windowTitle().contains(QStringLiteral("All clinics")));

    // Each clinic has its own live status; both are live now.
    LiveStatusTracker *physioStatus = d.controller.trackerOf(kCliniko);
    LiveStatusTracker *chiroStatus = d.controller.trackerOf(kNookal);
    REQUIRE(spinUntil([&] { return physioStatus->status() == LiveStatus::Live; }, 30000));
    REQUIRE(spinUntil([&] { return chiroStatus->status() == LiveStatus::Live; }, 30000));

    // Cliniko goes down: its status leaves Live, the group shows the worst clinic's state.
    cliniko.reset();
    REQUIRE(spinUntil([&] { return physioStatus->status() == LiveStatus::Offline; }, 90000));
    CHECK(d.controller.tracker() == physioStatus);
    CHECK(physioStatus->bannerText().startsWith(QStringLiteral("Clinic physio: Offline")));
    CHECK(chiroStatus->status() == LiveStatus::Live);

    // A booking at the Nookal clinic still reaches the All-clinics card within 5 s.
    const SimAppointment model = test::appointmentInAccountZone(nookal.clinic());
    REQUIRE(model.id != 0);
    QElapsedTimer latency;
    latency.start();
    REQUIRE(nookal.addAppointment(model.patientId, model.practitionerId, model.businessId,
                                  model.appointmentTypeId,
                                  QDateTime::currentDateTimeUtc()) != 0); // today, this week
    REQUIRE(spinUntil([&] { return d.bookings() == physio + chiro + 1; }, 5000));
    std::printf("multi-clinic e2e: Nookal change -> All-clinics card in %lld ms with Cliniko "
                "down\n",
                static_cast<long long>(latency.elapsed()));
    CHECK(latency.elapsed() < 5000);
    CHECK(chiroStatus->status() == LiveStatus::Live);

    // And on the Nookal clinic's own dashboard.
    CHECK(d.show(kNookal) == chiro + 1);
    CHECK(d.controller.tracker() == chiroStatus);
}

TEST_CASE("each role sees only its clinics, read-only gets figures without drill-down, and "
          "drill-downs and exports are audited")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator cliniko(smallClinic(20, 80));
    cliniko.setRateLimitEnabled(false);
    NookalSimulator nookal(smallClinic(20, 80, 9001));
    REQUIRE(cliniko.start());
    REQUIRE(nookal.start());

    SecurityFixture security;
    const AuditedAccess access(&security.accounts->policy(), security.audit.get());
    GroupDashboard d;
    REQUIRE(d.open(cliniko, nookal, &access));
    const auto audited = [&](const char *action) {
        return security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'")
                                   .arg(QLatin1String(action)));
    };

    // Staff of the Cliniko clinic: only that clinic, with drill-down into its appointments.
    d.controller.setUser(actingUser(21, Role::Staff, {kCliniko}), &security.accounts->policy(),
                         &access);
    QComboBox *clinics = d.window.filters()->clinicBox();
    REQUIRE(clinics->count() == 1);
    CHECK(clinics->itemData(0).toString() == kCliniko);
    REQUIRE(d.show(kCliniko) > 0);
    KpiCard *total = d.window.cards().first();
    CHECK(total->drillDownEnabled());
    QTest::keyClick(total, Qt::Key_Return);
    REQUIRE(spinUntil(
        [&] {
            auto *list = d.window.findChild<AppointmentListDialog *>();
            return list && list->isVisible();
        },
        10000));
    CHECK(audited("patient_level.view") == 1);

    // Read-only on both clinics: both (and All clinics), figures only; the list closed.
    d.controller.setUser(actingUser(22, Role::ReadOnly, {kCliniko, kNookal}),
                         &security.accounts->policy(), &access);
    CHECK(clinics->count() == 3);
    const auto listShown = [&] {
        auto *list = d.window.findChild<AppointmentListDialog *>();
        return list != nullptr && list->isVisible();
    };
    CHECK_FALSE(listShown());
    REQUIRE(d.show(kNookal) > 0);
    CHECK_FALSE(d.window.cards().first()->drillDownEnabled());
    QTest::keyClick(d.window.cards().first(), Qt::Key_Return);
    spinUntil([] { return false; }, 300);
    CHECK_FALSE(listShown());
    CHECK(audited("patient_level.view") == 1);

    // Exports of the daily figures are allowed and recorded, without the file's path.
    QTemporaryDir out;
    QString error;
    REQUIRE(d.window.exportCsv(out.filePath(QStringLiteral("Smith visits.csv")), &error));
    CHECK(audited("export.aggregates") == 1);
    CHECK(security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE "
                                         "'%Smith%'")) == 0);

    // When the audit log cannot be written, the export fails and leaves no file.
    security.exec(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_unwritable"));
    const QString refused = out.filePath(QStringLiteral("refused.csv"));
    CHECK_FALSE(d.window.exportCsv(refused, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(refused));
    security.exec(QStringLiteral("ALTER TABLE audit_log_unwritable RENAME TO audit_log"));

    // Locked: nothing is shown until someone signs in again.
    d.controller.clearUser();
    CHECK(clinics->count() == 0);
}
