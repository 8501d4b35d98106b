// The Settings window on the real services (issue 14): which tabs each role gets, the Users page
// (add, disable, role, clinics, expiry, reset; the last-admin guard refused by the service and
// shown), the Security page (a non-admin refused by the service, the minimum length floor), the
// audit viewer (paging and filters over a few thousand entries, Verify in words on a tampered
// log, CSV export) and "My account". ROUTIQ_SETTINGS_SHOTS=<dir> also saves each tab in light
// and dark.
#include "auditlogmodel.h"
#include "auditlogpage.h"
#include "core/clock.h"
#include "ownaccountpage.h"
#include "securitypage.h"
#include "session/appschema.h"
#include "session/signingate.h"
#include "settingsopener.h"
#include "settingswindow.h"
#include "storage/appdatabase.h"
#include "theme.h"
#include "translations.h"
#include "uitestapp.h"
#include "userspage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace routiq;

namespace {

const QString kAdminPassword = QStringLiteral("a long enough password");
const QString kPassword = QStringLiteral("front desk secret");

// An encrypted app database, a gate with its services, the admin signed in.
struct Fixture
{
    Fixture()
    {
        routiq::test::ensureUiApp();
        RoutiqError error;
        db = AppDatabase::open(AppDatabase::defaultFilePath(dir.path()), DatabaseKey::generate(),
                               AppSchema::migrator(), &error);
        REQUIRE(db);
        SignInGate::Options options;
        options.hashCost = PasswordHasher::Cost::testingOnly();
        gate = std::make_unique<SignInGate>(db->database(), &clock, options);
        for (const auto &[id, name] :
             {std::pair{"north", "North Clinic"}, std::pair{"south", "South Physio"}}) {
            ClinicConnection c;
            c.id = QLatin1String(id);
            c.name = QLatin1String(name);
            c.pmsKind = PmsKind::Cliniko;
            REQUIRE(db->addClinicConnection(c, &error));
        }
        QSignalSpy in(gate.get(), &SignInGate::signedIn);
        REQUIRE(gate->createFirstAdmin(QStringLiteral("manager"), kAdminPassword));
        REQUIRE(in.wait(10000));
        admin = *gate->currentUser();
        context.gate = gate.get();
        AppDatabase *app = db.get();
        context.clinics = [app] {
            return app->clinicConnections();
        };
    }

    void signInAs(const QString &name, const QString &password)
    {
        QSignalSpy in(gate.get(), &SignInGate::signedIn);
        REQUIRE(gate->signIn(name, password));
        REQUIRE(in.wait(10000));
    }

    QString newestAudit()
    {
        QSqlQuery q(db->database());
        q.exec(QStringLiteral("SELECT action || ' ' || details FROM audit_log ORDER BY seq DESC "
                              "LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDatabase> db;
    std::unique_ptr<SignInGate> gate;
    ActingUser admin;
    SettingsContext context;
};

QStringList tabTitles(const SettingsWindow &w)
{
    QStringList out;
    for (int i = 0; i < w.tabs()->count(); ++i)
        out << w.tabs()->tabText(i);
    return out;
}

void saveShots(SettingsWindow &window, const QString &role)
{
    const QString dir = qEnvironmentVariable("ROUTIQ_SETTINGS_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    for (const auto &[mode, name] :
         {std::pair{ThemeMode::Light, "light"}, std::pair{ThemeMode::Dark, "dark"}}) {
        applyTheme(mode);
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QTest::qWait(20); // a paint pass for the new palette (screenshots only)
            QString tab = window.tabs()->tabText(i).remove(u'&').toLower().replace(u' ', u'-');
            const QString path =
                QStringLiteral("%1/settings-%2-%3-%4.png").arg(dir, role, tab, QLatin1String(name));
            CHECK(window.grab().toImage().save(path, "PNG"));
        }
    }
    applyTheme(ThemeMode::Light);
}

} // namespace

TEST_CASE("an admin's settings window has Users, Security, Audit log and My account, anyone "
          "else's only My account, and added pages go before My account")
{
    Fixture f;
    SettingsWindow admin(f.context, f.admin);
    CHECK(tabTitles(admin) == QStringList{QStringLiteral("&Users"), QStringLiteral("S&ecurity"),
                                          QStringLiteral("&Audit log"),
                                          QStringLiteral("&My account")});
    CHECK(admin.width() <= 1366);
    CHECK(admin.height() <= 700);
    auto *panel = new QWidget;
    CHECK(admin.addPage(panel, QStringLiteral("&Clinics")) == 3);
    CHECK(admin.tabs()->tabText(4) == QStringLiteral("&My account"));

    ActingUser staff = f.admin;
    staff.role = Role::Staff;
    SettingsWindow mine(f.context, staff);
    CHECK(tabTitles(mine) == QStringList{QStringLiteral("&My account")});
    CHECK(mine.usersPage() == nullptr);
}

TEST_CASE("the Users page adds, disables, changes role, clinics and expiry, resets a password "
          "through AccountService, and the service's last-admin refusal is shown")
{
    Fixture f;
    SettingsWindow window(f.context, f.admin);
    window.show();
    UsersPage *users = window.usersPage();
    REQUIRE(users);
    CHECK(users->table()->rowCount() == 1);

    AccountService::NewAccount ann;
    ann.username = QStringLiteral("Ann");
    ann.password = kPassword;
    ann.role = Role::Staff;
    ann.clinics = {QStringLiteral("north")};
    users->addUser(ann, QDate(2026, 12, 24));
    CHECK(users->message() == QStringLiteral("Added ann."));
    REQUIRE(users->table()->rowCount() == 2);
    const auto row = [&](const QString &name) {
        for (const Account &a : users->accounts())
            if (a.username == name)
                return a;
        FAIL("no such row");
        return Account();
    };
    CHECK(row(QStringLiteral("ann")).expiresAt.has_value());
    CHECK(f.newestAudit().startsWith(QStringLiteral("user.create role=staff clinics=north")));

    // The last admin: the Disable button on its row is refused by the service, in its words.
    users->selectUser(QStringLiteral("manager"));
    CHECK_FALSE(users->setDisabled(QStringLiteral("manager"), true));
    CHECK(users->message().contains(QStringLiteral("last active admin")));
    CHECK_FALSE(users->setRole(QStringLiteral("manager"), Role::ReadOnly));
    CHECK(users->message().contains(QStringLiteral("last active admin")));
    users->setLastDay(QStringLiteral("manager"), QDate(2026, 12, 1));
    CHECK(users->message().contains(QStringLiteral("last active admin")));
    CHECK_FALSE(row(QStringLiteral("manager")).expiresAt);

    CHECK(users->setRole(QStringLiteral("ann"), Role::ReadOnly));
    CHECK(row(QStringLiteral("ann")).role == Role::ReadOnly);
    CHECK(users->setClinics(QStringLiteral("ann"),
                            {QStringLiteral("north"), QStringLiteral("south")}));
    CHECK(row(QStringLiteral("ann")).clinics.size() == 2);
    users->setLastDay(QStringLiteral("ann"), std::nullopt);
    CHECK_FALSE(row(QStringLiteral("ann")).expiresAt);
    CHECK(users->setDisabled(QStringLiteral("ann"), true));
    CHECK(row(QStringLiteral("ann")).disabled);
    CHECK(users->setDisabled(QStringLiteral("ann"), false));
    CHECK(users->resetPassword(QStringLiteral("ann"), QStringLiteral("temporary password")));
    CHECK(row(QStringLiteral("ann")).mustChangePassword);
    CHECK(users->table()->item(0, 3)->text().contains(QStringLiteral("new password due")));
    saveShots(window, QStringLiteral("admin"));

    // Ann's next sign-in: the policy allows nothing until she chose her own password.
    f.gate->signOut();
    f.signInAs(QStringLiteral("ann"), QStringLiteral("temporary password"));
    CHECK(f.gate->currentUser()->mustChangePassword);
    // And a non-admin acting through the same page object is refused by the service.
    CHECK_FALSE(users->setRole(QStringLiteral("ann"), Role::Admin));
    CHECK(users->message().contains(QStringLiteral("choose a new one")));
}

TEST_CASE("the Security page saves the idle lock and the minimum length for admins only, the "
          "service refuses a non-admin and a length under 10")
{
    Fixture f;
    SecurityPage page(f.context);
    CHECK(page.idleMinutesField()->value() == 10);
    CHECK(page.minLengthField()->minimum() == 10); // the field cannot go lower
    page.idleMinutesField()->setValue(3);
    page.minLengthField()->setValue(12);
    REQUIRE(page.saveLockAndPasswords());
    CHECK(f.gate->idleLockMinutes() == 3); // this session, at once
    CHECK(f.gate->minPasswordLength() == 12);
    CHECK(f.gate->settings().values().idleLockMinutes == 3);

    page.clinicField()->setCurrentIndex(page.clinicField()->findData(QStringLiteral("south")));
    page.retentionField()->setValue(4);
    REQUIRE(page.saveRetention());
    CHECK(f.db->clinicConnection(QStringLiteral("south"))->patientNameRetentionYears == 4);

    // Staff reaching the same page object (the tab is hidden from them) is refused, audited.
    AccountService::NewAccount ann;
    ann.username = QStringLiteral("ann");
    ann.password = QStringLiteral("twelve chars!");
    ann.role = Role::Staff;
    RoutiqError error;
    REQUIRE(f.gate->accounts().addAccount(f.admin, ann, &error));
    f.gate->signOut();
    f.signInAs(ann.username, ann.password);
    page.idleMinutesField()->setValue(0);
    CHECK_FALSE(page.saveLockAndPasswords());
    CHECK(page.message().contains(QStringLiteral("not allowed")));
    CHECK(f.newestAudit().startsWith(QStringLiteral("access.denied")));
    CHECK(f.gate->settings().values().idleLockMinutes == 3);
}

TEST_CASE("the audit viewer pages a few thousand entries, filters them, says in words which "
          "entry broke, and exports CSV")
{
    Fixture f;
    QSqlDatabase db = f.db->database();
    REQUIRE(db.transaction());
    for (int i = 0; i < 2500; ++i) {
        f.clock.advanceMSecs(60'000);
        REQUIRE(f.gate->audit().record(
            f.admin, i % 2 ? AuditAction::PatientLevelViewed : AuditAction::ExportedAggregates,
            QStringLiteral("north"), QStringLiteral("n=%1").arg(i)));
    }
    REQUIRE(db.commit());
    AuditLogPage page(f.context);
    page.resize(1000, 600);
    page.show(); // the first look opens (and audits) the view
    AuditLogModel *model = page.model();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 5000));
    CHECK(model->rowCount() == AuditLogModel::kPageSize);
    CHECK(model->totalCount() > 2500);
    CHECK(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * AuditLogModel::kPageSize);
    // Newest first, pinned when opened: its own audit.view entry does not shift the pages.
    CHECK(model->entry(0).seq == model->totalCount());
    CHECK(model->entry(AuditLogModel::kPageSize).seq ==
          model->totalCount() - AuditLogModel::kPageSize);

    page.actionField()->setCurrentIndex(
        page.actionField()->findData(QStringLiteral("export.aggregates")));
    page.applyFilter();
    CHECK(model->totalCount() == 1250);
    CHECK(page.message().contains(QStringLiteral("1250")));
    page.userField()->setCurrentIndex(page.userField()->findData(QStringLiteral("manager")));
    page.fromField()->setDate(QDate(2026, 11, 26));
    page.toField()->setDate(QDate(2026, 11, 26));
    page.applyFilter();
    CHECK(model->totalCount() > 0);
    CHECK(model->totalCount() < 1250);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->entry(r).atUtc.toLocalTime().date() == QDate(2026, 11, 26));

    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("audit.csv"));
    REQUIRE(page.exportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == model->totalCount() + 1);
    CHECK(f.newestAudit().startsWith(QStringLiteral("audit.export csv user=manager")));

    // Someone edits entry 40 behind the app's back: Verify names it.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET details = 'n=0' WHERE seq = 40")));
    QSignalSpy verified(&page, &AuditLogPage::verified);
    page.verify();
    REQUIRE((verified.count() == 1 || verified.wait(5000)));
    CHECK(page.verifyText().startsWith(QStringLiteral("Not intact")));
    CHECK(page.verifyText().contains(QStringLiteral("entry 40")));
}

TEST_CASE("My account changes the signed-in user's own password only with the current one")
{
    Fixture f;
    SettingsWindow window(f.context, f.admin);
    window.resize(1040, 640);
    OwnAccountPage *own = window.ownAccountPage();
    window.tabs()->setCurrentWidget(own);
    window.show();
    QTest::keyClicks(own->currentField(), QStringLiteral("not my password"));
    QTest::keyClicks(own->newField(), QStringLiteral("a new long password"));
    QTest::keyClicks(own->confirmField(), QStringLiteral("a new long password"));
    QTest::mouseClick(own->changeButton(), Qt::LeftButton);
    CHECK(own->message().contains(QStringLiteral("not right")));
    QTest::keyClicks(own->currentField(), kAdminPassword);
    QTest::keyClicks(own->newField(), QStringLiteral("a new long password"));
    QTest::keyClicks(own->confirmField(), QStringLiteral("a new long password"));
    QTest::keyClick(own->confirmField(), Qt::Key_Return);
    CHECK(own->message() == QStringLiteral("Your password is changed."));
    CHECK(f.newestAudit() == QStringLiteral("user.password self"));
    f.gate->signOut();
    f.signInAs(QStringLiteral("manager"), QStringLiteral("a new long password"));

    ActingUser staff = f.admin;
    staff.role = Role::Staff;
    SettingsWindow mine(f.context, staff);
    mine.show();
    saveShots(mine, QStringLiteral("staff"));
}

TEST_CASE("a sign-out while a Settings question is open cancels it and hides the window")
{
    Fixture f;
    SettingsOpener opener(f.gate.get(), nullptr, nullptr, nullptr);
    opener.open();
    REQUIRE(opener.window());
    REQUIRE(opener.window()->isVisible());
    UsersPage *users = opener.window()->usersPage();
    REQUIRE(users);
    QPushButton *add = nullptr;
    for (QPushButton *b : users->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Add\u2026"))
            add = b;
    REQUIRE(add);
    bool dialogWasOpen = false;
    // Inside the dialog's own event loop: the session ends (idle lock, sign-out, revoked).
    QTimer::singleShot(0, f.gate.get(), [&] {
        dialogWasOpen = users->findChild<QDialog *>() && users->findChild<QDialog *>()->isVisible();
        f.gate->signOut();
    });
    QTest::mouseClick(add, Qt::LeftButton); // returns once the dialog was cancelled
    CHECK(dialogWasOpen);
    CHECK_FALSE(opener.window()->isVisible());
    CHECK(users->accounts().size() == 1); // nothing was added
    opener.open();                        // nobody signed in: nothing opens
    CHECK((!opener.window() || !opener.window()->isVisible()));
}

TEST_CASE("screens of the settings window's tabs, light and dark", "[.screens]")
{
    // Hidden: scripts/screens runs it with ROUTIQ_SETTINGS_SHOTS (and ROUTIQ_SCREENS_LANG).
    if (const QString lang = qEnvironmentVariable("ROUTIQ_SCREENS_LANG"); !lang.isEmpty()) {
        Fixture warmUp; // the application exists from here on
        installTranslations(*QCoreApplication::instance(), lang);
    }
    Fixture f;
    SettingsWindow admin(f.context, f.admin);
    REQUIRE(admin.tabs()->count() == 4);
    saveShots(admin, QStringLiteral("admin"));
}
