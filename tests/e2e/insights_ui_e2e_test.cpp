// Issue 13's windows on the real pipeline: the simulator on loopback, the real adapter, the
// encrypted cache, the metrics thread and the access guard. Staff sees the dropped-off patients
// and saves a contact note (kept in the app database and audited); a read-only account sees the
// count only, in every window and every export; activating a practitioner narrows the dashboard.
#include "clinicgroup.h"
#include "e2etestsupport.h"
#include "securityfixture.h"
#include "testapp.h"

#include "dashboardcontroller.h"
#include "dashboardfilters.h"
#include "forwardbookingsmodel.h"
#include "forwardbookingsview.h"
#include "insightviewscontroller.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "lapsedcountmodel.h"
#include "lapsedlistmodel.h"
#include "lapsedpatientswindow.h"
#include "mainwindow.h"
#include "practitionertablemodel.h"
#include "practitionertableview.h"
#include "security/auditedaccess.h"
#include "session/insightsettingsservice.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"
#include "workinghourseditor.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;
using namespace routiq::test;

namespace {

const QStringList kSurnames = {QStringLiteral("Quillfeather"), QStringLiteral("Zbyszewska"),
                               QStringLiteral("Oyelaran-Brandt")};

// 200 days of history with seeded names; the first eight patients stop coming 30 days ago
// (every booking from then on removed), so the worklist has rows whatever the generator drew.
SimulatedClinic clinicWithDropOffs()
{
    SimulatedClinic clinic = smallClinic(200, 60, 4242);
    for (qsizetype i = 0; i < clinic.patients.size(); ++i) {
        clinic.patients[i].firstName = QStringLiteral("Wilhelmina");
        clinic.patients[i].lastName = kSurnames.at(i % kSurnames.size());
    }
    QSet<RecordId> dropped;
    for (int i = 0; i < 8; ++i)
        dropped.insert(clinic.patients.at(i).id);
    const QDateTime cut = QDateTime::currentDateTimeUtc().addDays(-30);
    clinic.appointments.removeIf(
        [&](const SimAppointment &a) { return dropped.contains(a.patientId) && a.startsAt > cut; });
    return clinic;
}

QString visibleText()
{
    QStringList out;
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->isVisible())
            continue;
        out << w->windowTitle() << w->toolTip();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
            for (int r = 0; r < v->model()->rowCount(); ++r)
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    out << v->model()->index(r, c).data().toString();
    }
    return out.join(QLatin1Char('\n'));
}

bool mentionsAPatient(const QString &text)
{
    return std::any_of(kSurnames.cbegin(), kSurnames.cend(),
                       [&](const QString &s) { return text.contains(s); });
}

// The app's wiring for one clinic, with the accounts' database and audit log of a fixture.
struct InsightsRig
{
    InsightsRig()
        : sim(clinicWithDropOffs()), access(&security.accounts->policy(), security.audit.get()),
          settings(InsightSettingsStore(security.db()), &access, &security.clock)
    {
        security.clock.setNow(QDateTime::currentDateTimeUtc()); // notes are dated "today"
    }

    bool start()
    {
        sim.setRateLimitEnabled(false);
        if (!sim.start() || !group.openContext())
            return false;
        group.sessions().setAccessGuard(&access);
        if (!group.addClinic(id, PmsKind::Cliniko, sim.baseUrl(), sim.apiKey()))
            return false;
        window = std::make_unique<MainWindow>(&kpis);
        controller = std::make_unique<DashboardController>(window.get(), &kpis, group.clock());
        controller->setInsightSettings(&settings);
        QObject::connect(&group.sessions(), &ClinicSessions::sessionOpened, controller.get(),
                         &DashboardController::addSession);
        window->show();
        return group.openSessions() && group.waitBackfilled(id);
    }

    void signIn(Role role)
    {
        controller->setUser(actingUser(role == Role::ReadOnly ? 2 : 1, role, {id}),
                            &security.accounts->policy(), &access);
    }

    bool waitForCount()
    {
        return spinUntil([&] { return window->lapsedCounts()->count().has_value(); }, 20000);
    }

    const ClinicId id = QStringLiteral("dropoffs");
    SecurityFixture security;
    ClinikoSimulator sim;
    AuditedAccess access;
    InsightSettingsService settings;
    ClinicGroup group;
    KpiModel kpis;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DashboardController> controller;
};

} // namespace

TEST_CASE("staff sees the dropped-off patients on the card and in the worklist, and a saved "
          "contact note is stored and audited")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    InsightsRig rig;
    REQUIRE(rig.start());
    rig.signIn(Role::Staff);
    REQUIRE(rig.waitForCount());
    const int count = *rig.window->lapsedCounts()->count();
    CHECK(count > 0);
    CHECK(rig.window->lapsedCard()->valueText() == QString::number(count));

    // The card opens the worklist (Enter on the focused card, as a keyboard user would).
    QTest::keyClick(rig.window->lapsedCard(), Qt::Key_Return);
    LapsedPatientsWindow *list = rig.controller->insightViews()->lapsedWindow();
    REQUIRE(list);
    REQUIRE(spinUntil([&] { return list->hasList(); }, 20000));
    CHECK(list->isVisible());
    CHECK(list->model()->rowCount() == count);
    CHECK(mentionsAPatient(visibleText()));
    CHECK(rig.security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'patient_level.view'")) >= 1);
    // Every row is a real drop-off: 21..180 days, phone and practitioner name filled in.
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const int days = list->model()->list().patients.at(r).daysSince;
        CHECK(days >= 21);
        CHECK(days <= 180);
        CHECK_FALSE(
            list->model()->index(r, LapsedListModel::PhoneColumn).data().toString().isEmpty());
        CHECK_FALSE(list->model()
                        ->index(r, LapsedListModel::PractitionerColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Practitioner ")));
    }

    // A narrower filter asks again: fewer or as many rows, each within it.
    QSignalSpy updated(list, &LapsedPatientsWindow::updated);
    list->minDaysBox()->setValue(25);
    list->maxDaysBox()->setValue(40);
    REQUIRE(updated.wait(20000));
    for (const LapsedPatient &p : list->model()->list().patients) {
        CHECK(p.daysSince >= 25);
        CHECK(p.daysSince <= 40);
    }
    REQUIRE(list->model()->rowCount() > 0); // the eight stopped 30 days ago or earlier

    // A note on the first row: in the store, in the model, and in the audit log.
    list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
    const RecordId patient =
        list->view()->currentIndex().data(LapsedListModel::PatientIdRole).value<RecordId>();
    REQUIRE(patient != 0);
    const QDate contacted = list->model()->list().asOf.addDays(-1);
    list->contactedOnEdit()->setDate(contacted);
    QTest::keyClicks(list->outcomeEdit(), QStringLiteral("Left a voicemail"));
    QTest::keyClick(list->outcomeEdit(), Qt::Key_Return);
    INFO(list->statusText().toStdString());
    RoutiqError error;
    const auto notes =
        rig.settings.contactNotes(actingUser(1, Role::Staff, {rig.id}), rig.id, &error);
    REQUIRE(notes);
    INFO(error.message.toStdString());
    REQUIRE(notes->contains(patient));
    CHECK(notes->value(patient).outcome == QStringLiteral("Left a voicemail"));
    CHECK(notes->value(patient).contactedOn == contacted);
    CHECK(list->model()->notes().contains(patient));
    CHECK(rig.security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'patient.contact_note'")) == 1);

    // The CSV export is patient-level: recorded as such, and holds the rows shown.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("dropped.csv"));
    QString exportError;
    REQUIRE(list->exportCsv(csv, &exportError));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.count('\n') == list->model()->rowCount() + 1);
    CHECK(bytes.contains("Left a voicemail"));
    CHECK(rig.security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'export.patient_level'")) == 1);
}

TEST_CASE("a read-only account sees the dropped-off count only: no insight window or export "
          "names a patient")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    InsightsRig rig;
    REQUIRE(rig.start());
    // Staff first: the worklist names patients (so the search below would find a leak).
    rig.signIn(Role::Staff);
    REQUIRE(rig.waitForCount());
    rig.controller->insightViews()->openLapsed();
    REQUIRE(spinUntil(
        [&] {
            auto *w = rig.controller->insightViews()->lapsedWindow();
            return w && w->hasList();
        },
        20000));
    REQUIRE(mentionsAPatient(visibleText()));

    rig.signIn(Role::ReadOnly);
    const auto closed = [&] {
        auto *w = rig.controller->insightViews()->lapsedWindow();
        return !w || !w->isVisible();
    };
    CHECK(closed()); // closed with the old user
    REQUIRE(rig.waitForCount());
    CHECK(*rig.window->lapsedCounts()->count() > 0);
    // The card is a plain figure: Enter opens nothing.
    QTest::keyClick(rig.window->lapsedCard(), Qt::Key_Return);
    CHECK(closed());
    // Opened from the View menu anyway: the service refuses, the window shows the count.
    rig.controller->insightViews()->openLapsed();
    LapsedPatientsWindow *list = rig.controller->insightViews()->lapsedWindow();
    REQUIRE(list);
    REQUIRE(spinUntil([&] { return list->refused(); }, 20000));
    CHECK(list->model()->rowCount() == 0);
    CHECK_FALSE(list->exportButton()->isEnabled());
    rig.controller->insightViews()->openPractitioners();
    rig.controller->insightViews()->openForward();
    PractitionerTableView *side = rig.controller->insightViews()->practitionerView();
    ForwardBookingsView *forward = rig.controller->insightViews()->forwardView();
    REQUIRE(spinUntil([&] { return side->model()->rowCount() > 0; }, 20000));
    REQUIRE(spinUntil([&] { return forward->model()->rowCount() > 0; }, 20000));
    CHECK_FALSE(mentionsAPatient(visibleText()));

    QTemporaryDir out;
    QString error;
    const QString lapsedCsv = out.filePath(QStringLiteral("dropped.csv"));
    CHECK_FALSE(list->exportCsv(lapsedCsv, &error));
    CHECK_FALSE(QFile::exists(lapsedCsv));
    const QString csv = out.filePath(QStringLiteral("practitioners.csv"));
    const QString pdf = out.filePath(QStringLiteral("practitioners.pdf"));
    REQUIRE(side->exportCsv(csv, &error));
    REQUIRE(side->exportPdf(pdf, &error));
    for (const QString &path : {csv, pdf}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.size() > 0);
        for (const QString &surname : kSurnames)
            CHECK_FALSE(bytes.contains(surname.toUtf8()));
    }
    CHECK(rig.security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'export.aggregates'")) == 2);
}

TEST_CASE("activating a practitioner in the side-by-side table narrows the dashboard to them")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    InsightsRig rig;
    REQUIRE(rig.start());
    rig.signIn(Role::Staff);
    REQUIRE(
        spinUntil([&] { return rig.window->filters()->practitionerBox()->count() > 1; }, 20000));
    rig.controller->insightViews()->openPractitioners();
    PractitionerTableView *side = rig.controller->insightViews()->practitionerView();
    REQUIRE(side);
    REQUIRE(spinUntil([&] { return side->model()->rowCount() > 0; }, 20000));
    // Every row is named from the clinic's practitioners.
    for (int r = 0; r < side->model()->rowCount(); ++r)
        CHECK_FALSE(side->model()->practitionerName(r).startsWith(QStringLiteral("Practitioner ")));

    const RecordId chosen = side->model()->practitionerAt(side->model()->rowCount() - 1);
    QSignalSpy asked(rig.window.get(), &MainWindow::requestChanged);
    side->view()->setFocus();
    side->activatePractitioner(chosen);
    REQUIRE(asked.count() >= 1);
    const MetricsRequest request = asked.last().first().value<MetricsRequest>();
    REQUIRE(request.practitionerId.has_value());
    CHECK(*request.practitionerId == chosen);
    CHECK(rig.window->filters()->practitionerBox()->currentData().value<RecordId>() == chosen);
    // The dashboard's figures follow: the cards show that practitioner's snapshot.
    REQUIRE(spinUntil(
        [&] {
            return rig.window->currentRequest().practitionerId == chosen &&
                   rig.window->cards().first()->valueText() != QStringLiteral("\u2014");
        },
        20000));
}

TEST_CASE("an admin sets working hours in the editor and forward bookings show capacity, staff "
          "is refused and a wrong text cannot be saved")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    InsightsRig rig;
    REQUIRE(rig.start());
    rig.signIn(Role::Staff);
    REQUIRE(
        spinUntil([&] { return rig.window->filters()->practitionerBox()->count() > 1; }, 20000));
    const RecordId practitioner =
        rig.window->filters()->practitionerBox()->itemData(1).value<RecordId>();

    // Staff: the editor opens (hours are readable) but saving is refused by the service.
    rig.controller->insightViews()->openForward();
    ForwardBookingsView *forward = rig.controller->insightViews()->forwardView();
    REQUIRE(forward);
    REQUIRE(spinUntil([&] { return forward->model()->rowCount() > 0; }, 20000));
    CHECK(forward->model()->missingHours());
    forward->openWorkingHours();
    WorkingHoursEditor *editor = forward->hoursEditor();
    REQUIRE(editor);
    QLineEdit *field = editor->fieldOf(practitioner);
    REQUIRE(field);
    field->setText(QStringLiteral("Mon 08:00-17:00, Tue 08:00-12:30"));
    QString error;
    CHECK_FALSE(editor->save(&error));
    CHECK_FALSE(error.isEmpty());
    editor->close();

    // Admin: a wrong text keeps Save off; a right one is saved, audited and shows as capacity.
    rig.signIn(Role::Admin);
    rig.controller->insightViews()->openForward();
    forward = rig.controller->insightViews()->forwardView();
    REQUIRE(spinUntil([&] { return forward && forward->model()->rowCount() > 0; }, 20000));
    forward->openWorkingHours();
    editor = forward->hoursEditor();
    REQUIRE(editor);
    field = editor->fieldOf(practitioner);
    auto *buttons = editor->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    field->setText(QStringLiteral("Mon 08:00-25:00"));
    CHECK_FALSE(buttons->button(QDialogButtonBox::Save)->isEnabled());
    field->setText(QStringLiteral("Mon 08:00-17:00, Tue 08:00-12:30"));
    CHECK(buttons->button(QDialogButtonBox::Save)->isEnabled());
    QSignalSpy updated(forward, &ForwardBookingsView::updated);
    QPointer<WorkingHoursEditor> saved = editor;
    buttons->button(QDialogButtonBox::Save)->click();
    INFO((saved ? saved->errorText() : QString()).toStdString());
    REQUIRE(updated.wait(20000));
    RoutiqError readError;
    const auto hours =
        rig.settings.workingHours(actingUser(1, Role::Admin, {rig.id}), rig.id, &readError);
    REQUIRE(hours);
    CHECK(hours->value(practitioner).toString() ==
          QStringLiteral("Mon 08:00-17:00, Tue 08:00-12:30"));
    // Mon 9 h + Tue 4.5 h = 810 minutes in every full week ahead.
    const auto capacityShown = [&] {
        for (const ForwardWeek &w : forward->model()->forward().weeks)
            for (const ForwardCell &c : w.practitioners)
                if (c.practitionerId == practitioner && c.capacityMinutes == 810)
                    return true;
        return false;
    };
    CHECK(spinUntil(capacityShown, 20000));
    CHECK(rig.security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'connection.change'")) >= 1);
    // With ROUTIQ_INSIGHTS_SHOTS set, the view with capacity is saved for a look.
    if (const QString dir = qEnvironmentVariable("ROUTIQ_INSIGHTS_SHOTS"); !dir.isEmpty())
        CHECK(forward->grab().save(dir + QStringLiteral("/forward-with-hours.png")));
}
