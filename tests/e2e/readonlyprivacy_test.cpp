// A read-only account sees figures, never people: with seeded, unmistakable patient names in the
// clinic, nothing on any window and nothing exported contains one — while a staff account's
// drill-down does show them (so the search below would find a name if one leaked).
#include "clinicgroup.h"
#include "e2etestsupport.h"
#include "securityfixture.h"
#include "testapp.h"

#include "appointmentlistdialog.h"
#include "dashboardcontroller.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "security/auditedaccess.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;
using namespace routiq::test;

namespace {

const QStringList kSurnames = {QStringLiteral("Quillfeather"), QStringLiteral("Zbyszewska"),
                               QStringLiteral("Oyelaran-Brandt")};

SimulatedClinic clinicWithSeededNames()
{
    SimulatedClinic clinic = smallClinic(20, 60, 31337);
    for (qsizetype i = 0; i < clinic.patients.size(); ++i) {
        clinic.patients[i].firstName = QStringLiteral("Wilhelmina");
        clinic.patients[i].lastName = kSurnames.at(i % kSurnames.size());
    }
    return clinic;
}

// Every text a user can see on the visible windows: labels, buttons, fields, combo entries,
// every cell of every item view, titles and tooltips.
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

ActingUser account(qint64 id, Role role, const ClinicId &clinic)
{
    ActingUser u;
    u.userId = id;
    u.username = QStringLiteral("account%1").arg(id);
    u.role = role;
    u.clinics = {clinic};
    return u;
}

} // namespace

TEST_CASE("a read-only account's windows and exports contain no patient name, where staff sees "
          "them")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(clinicWithSeededNames());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    SecurityFixture security;
    const AuditedAccess access(&security.accounts->policy(), security.audit.get());

    ClinicGroup group;
    REQUIRE(group.openContext());
    group.sessions().setAccessGuard(&access);
    const ClinicId id = QStringLiteral("seeded");
    REQUIRE(group.addClinic(id, PmsKind::Cliniko, sim.baseUrl(), sim.apiKey()));
    KpiModel kpis;
    MainWindow window(&kpis);
    DashboardController controller(&window, &kpis, group.clock());
    QObject::connect(&group.sessions(), &ClinicSessions::sessionOpened, &controller,
                     &DashboardController::addSession);
    window.show();
    REQUIRE(group.openSessions());
    REQUIRE(group.waitBackfilled(id));
    const auto drillDown = [&] {
        QTest::keyClick(window.cards().first(), Qt::Key_Return);
        return spinUntil(
            [&] {
                auto *list = window.findChild<AppointmentListDialog *>();
                return list && list->isVisible();
            },
            3000);
    };

    // Staff: the appointment list names the patients (the search below can find names).
    controller.setUser(account(1, Role::Staff, id), &security.accounts->policy(), &access);
    REQUIRE(spinUntil(
        [&] { return window.cards().first()->valueText() != QStringLiteral("\u2014"); }, 10000));
    REQUIRE(drillDown());
    CHECK(mentionsAPatient(visibleText()));

    // Read-only: the list closes, cannot be opened, and no window shows a name.
    controller.setUser(account(2, Role::ReadOnly, id), &security.accounts->policy(), &access);
    CHECK_FALSE(drillDown());
    CHECK(window.cards().first()->valueText() != QStringLiteral("\u2014"));
    CHECK_FALSE(mentionsAPatient(visibleText()));
    const QImage shot = window.grab().toImage();
    CHECK_FALSE(shot.isNull());

    // Its exports: the daily figures and the dashboard PDF, nothing about people.
    QTemporaryDir out;
    QString error;
    const QString csv = out.filePath(QStringLiteral("daily.csv"));
    const QString pdf = out.filePath(QStringLiteral("dashboard.pdf"));
    REQUIRE(window.exportCsv(csv, &error));
    REQUIRE(window.exportPdf(pdf, &error));
    for (const QString &path : {csv, pdf}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.size() > 0);
        for (const QString &surname : kSurnames)
            CHECK_FALSE(bytes.contains(surname.toUtf8()));
    }
    CHECK(security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'export.aggregates'")) == 2);
}
