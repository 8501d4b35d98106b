#include "core/clock.h"
#include "firstadminpage.h"
#include "signinpage.h"
#include "theme.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTest>

#include <cstdio>

using namespace routiq;

namespace {

RoutiqError failure(const char *code, const QString &message = {})
{
    return RoutiqError::make(QLatin1String(code), message);
}

// Shows `page` in its own active window, so focus and Tab behave as for a user.
void showActive(QWidget &page)
{
    page.resize(900, 640);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
}

// Tab as on Windows and Linux desktops, where it visits buttons too (the offscreen platform,
// like macOS by default, visits text fields only).
struct TabToAllControls
{
    TabToAllControls() : m_old(QGuiApplication::styleHints()->tabFocusBehavior())
    {
        QGuiApplication::styleHints()->setTabFocusBehavior(Qt::TabFocusAllControls);
    }
    ~TabToAllControls() { QGuiApplication::styleHints()->setTabFocusBehavior(m_old); }
    Qt::TabFocusBehavior m_old;
};

QWidget *tabFrom(QWidget *from)
{
    from->setFocus();
    REQUIRE(QApplication::focusWidget() == from);
    QTest::keyClick(from, Qt::Key_Tab);
    QWidget *to = QApplication::focusWidget();
    return to;
}

QString saveShot(QWidget &page, const QString &name)
{
    QDir().mkpath(QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR));
    const QString path = QDir(QStringLiteral(ROUTIQ_TEST_OUTPUT_DIR)).filePath(name);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QImage image = page.grab().toImage();
    REQUIRE(image.save(path, "PNG"));
    std::printf("screenshot: %s\n", qPrintable(path));
    std::fflush(stdout);
    return path;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

} // namespace

TEST_CASE("typing a name and a password and pressing Enter submits them once")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    showActive(page);
    QSignalSpy submitted(&page, &SignInPage::submitted);
    CHECK(page.passwordField()->echoMode() == QLineEdit::Password);

    QTest::keyClicks(page.usernameField(), QStringLiteral("sam.lee"));
    QTest::keyClick(page.usernameField(), Qt::Key_Return); // password still empty: move on
    CHECK(submitted.isEmpty());
    CHECK(QApplication::focusWidget() == page.passwordField());
    QTest::keyClicks(page.passwordField(), QStringLiteral("long enough password"));
    QTest::keyClick(page.passwordField(), Qt::Key_Return);
    REQUIRE(submitted.size() == 1);
    CHECK(submitted.first().at(0).toString() == QStringLiteral("sam.lee"));
    CHECK(submitted.first().at(1).toString() == QStringLiteral("long enough password"));

    // The button does the same.
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    CHECK(submitted.size() == 2);
}

TEST_CASE("the sign-in page says what is missing instead of submitting empty fields")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    showActive(page);
    QSignalSpy submitted(&page, &SignInPage::submitted);
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    CHECK(page.message() == QStringLiteral("Enter your user name."));
    page.usernameField()->setText(QStringLiteral("sam"));
    QTest::keyClick(page.passwordField(), Qt::Key_Return);
    CHECK(page.message() == QStringLiteral("Enter your password."));
    CHECK(submitted.isEmpty());
}

TEST_CASE("while the gate checks, the sign-in page shows it is busy and takes no second submit")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    QSignalSpy submitted(&page, &SignInPage::submitted);
    page.usernameField()->setText(QStringLiteral("sam"));
    page.passwordField()->setText(QStringLiteral("secret words"));
    page.setBusy(true);
    CHECK(page.submitButton()->text() == QStringLiteral("Signing in…"));
    CHECK_FALSE(page.submitButton()->isEnabled());
    CHECK(page.passwordField()->isReadOnly());
    QTest::keyClick(page.passwordField(), Qt::Key_Return);
    CHECK(submitted.isEmpty());
    page.setBusy(false);
    CHECK(page.submitButton()->text() == QStringLiteral("Sign in"));
    CHECK(page.submitButton()->isEnabled());
}

TEST_CASE("a wrong password is shown in plain words, the password is cleared and the name kept")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    page.usernameField()->setText(QStringLiteral("sam"));
    page.passwordField()->setText(QStringLiteral("wrong words"));
    page.setBusy(true);
    page.setBusy(false);
    page.showFailure(failure("INVALID_CREDENTIALS", QStringLiteral("service words")), 0);
    CHECK(page.message() == QStringLiteral("Wrong name or password."));
    CHECK(page.passwordField()->text().isEmpty());
    CHECK(page.usernameField()->text() == QStringLiteral("sam"));
    CHECK(page.submitButton()->isEnabled());

    page.showFailure(
        failure("ACCOUNT_EXPIRED", QStringLiteral("This temporary account has expired.")), 0);
    CHECK(page.message() == QStringLiteral("This temporary account has expired."));
}

TEST_CASE("a lockout counts down on the clock and re-enables the sign-in button at zero")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    QSignalSpy submitted(&page, &SignInPage::submitted);
    page.usernameField()->setText(QStringLiteral("sam"));
    page.showFailure(failure("ACCOUNT_LOCKED"), 45);
    CHECK(page.message() == QStringLiteral("Too many attempts: try again in 45 s."));
    CHECK(page.isCountingDown());
    CHECK_FALSE(page.submitButton()->isEnabled());
    page.passwordField()->setText(QStringLiteral("another guess"));
    QTest::keyClick(page.passwordField(), Qt::Key_Return);
    CHECK(submitted.isEmpty());

    clock.advanceMSecs(15'000);
    page.refreshCountdown();
    CHECK(page.message() == QStringLiteral("Too many attempts: try again in 30 s."));
    clock.advanceMSecs(29'500);
    page.refreshCountdown();
    CHECK(page.message() == QStringLiteral("Too many attempts: try again in 1 s."));
    CHECK_FALSE(page.submitButton()->isEnabled());
    clock.advanceMSecs(500);
    page.refreshCountdown();
    CHECK_FALSE(page.isCountingDown());
    CHECK(page.submitButton()->isEnabled());
    CHECK(page.message() == QStringLiteral("You can try again now."));
    QTest::keyClick(page.passwordField(), Qt::Key_Return);
    CHECK(submitted.size() == 1);

    page.showFailure(failure("ACCOUNT_LOCKED"), 900);
    CHECK(page.message() == QStringLiteral("Too many attempts: try again in 15:00 min."));
}

TEST_CASE("Tab on the sign-in page goes from the name to the password to the button")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    showActive(page);
    TabToAllControls allControls;
    CHECK(tabFrom(page.usernameField()) == page.passwordField());
    CHECK(tabFrom(page.passwordField()) == page.submitButton());
}

TEST_CASE("a prefilled name after the idle lock puts the cursor in the password field")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    SignInPage page(&clock);
    page.setUsername(QStringLiteral("sam"));
    page.setNotice(QStringLiteral("Locked after 10 minutes without activity."));
    showActive(page);
    CHECK(QApplication::focusWidget() == page.passwordField());
    CHECK(page.message() == QStringLiteral("Locked after 10 minutes without activity."));
    page.reset();
    CHECK(page.message().isEmpty());
}

TEST_CASE("the first admin page submits a name and a password typed twice")
{
    routiq::test::ensureUiApp();
    FirstAdminPage page;
    showActive(page);
    page.setMinimumPasswordLength(12);
    QSignalSpy submitted(&page, &FirstAdminPage::submitted);
    CHECK(page.passwordField()->echoMode() == QLineEdit::Password);
    CHECK(page.confirmField()->echoMode() == QLineEdit::Password);

    page.usernameField()->setFocus();
    QTest::keyClicks(page.usernameField(), QStringLiteral("manager"));
    QTest::keyClick(page.usernameField(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == page.passwordField());
    QTest::keyClicks(page.passwordField(), QStringLiteral("twelve chars!"));
    QTest::keyClick(page.passwordField(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == page.confirmField());
    CHECK(submitted.isEmpty());
    QTest::keyClicks(page.confirmField(), QStringLiteral("twelve chars!"));
    QTest::keyClick(page.confirmField(), Qt::Key_Return);
    REQUIRE(submitted.size() == 1);
    CHECK(submitted.first().at(0).toString() == QStringLiteral("manager"));
    CHECK(submitted.first().at(1).toString() == QStringLiteral("twelve chars!"));
}

TEST_CASE("the first admin page blocks a short password and two different passwords with a message")
{
    routiq::test::ensureUiApp();
    FirstAdminPage page;
    page.setMinimumPasswordLength(12);
    QSignalSpy submitted(&page, &FirstAdminPage::submitted);
    const QLabel *hint = page.findChild<QLabel *>(QStringLiteral("FirstAdminLengthHint"));
    REQUIRE(hint);
    CHECK(hint->text().contains(QStringLiteral("12 characters")));

    page.usernameField()->setText(QStringLiteral("manager"));
    page.passwordField()->setText(QStringLiteral("too short"));
    page.confirmField()->setText(QStringLiteral("too short"));
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    CHECK(page.message() ==
          QStringLiteral("The password is too short: use at least 12 characters."));
    CHECK(submitted.isEmpty());

    page.passwordField()->setText(QStringLiteral("a long password one"));
    page.confirmField()->setText(QStringLiteral("a long password two"));
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    CHECK(page.message() ==
          QStringLiteral("The two passwords are not the same. Type the password again."));
    CHECK(page.confirmField()->text().isEmpty());
    CHECK(submitted.isEmpty());

    page.confirmField()->setText(QStringLiteral("a long password one"));
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    CHECK(submitted.size() == 1);
    CHECK(page.message().isEmpty());

    page.setBusy(true);
    CHECK_FALSE(page.submitButton()->isEnabled());
    page.setBusy(false);
    page.showFailure(failure("INVALID_USERNAME", QStringLiteral("Choose a user name of letters.")));
    CHECK(page.message() == QStringLiteral("Choose a user name of letters."));
    CHECK(page.passwordField()->text().isEmpty());
    CHECK(page.confirmField()->text().isEmpty());
}

TEST_CASE("Tab on the first admin page goes name, password, repeat, button")
{
    routiq::test::ensureUiApp();
    FirstAdminPage page;
    showActive(page);
    TabToAllControls allControls;
    CHECK(tabFrom(page.usernameField()) == page.passwordField());
    CHECK(tabFrom(page.passwordField()) == page.confirmField());
    CHECK(tabFrom(page.confirmField()) == page.submitButton());
}

TEST_CASE("the sign-in and first admin pages render in the light and dark themes")
{
    routiq::test::ensureUiApp();
    for (const ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark}) {
        applyTheme(mode);
        const QString suffix =
            mode == ThemeMode::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        ManualClock clock;
        {
            SignInPage page(&clock);
            showActive(page);
            page.usernameField()->setText(QStringLiteral("sam.lee"));
            page.showFailure(failure("ACCOUNT_LOCKED"), 45);
            const QImage image(saveShot(page, QStringLiteral("signin-%1.png").arg(suffix)));
            CHECK(distinctColours(image) > 20);
        }
        {
            FirstAdminPage page;
            showActive(page);
            page.usernameField()->setText(QStringLiteral("practice.manager"));
            page.passwordField()->setText(QStringLiteral("one password"));
            page.confirmField()->setText(QStringLiteral("another one!"));
            QTest::mouseClick(page.submitButton(), Qt::LeftButton);
            const QImage image(saveShot(page, QStringLiteral("firstadmin-%1.png").arg(suffix)));
            CHECK(distinctColours(image) > 20);
        }
    }
    applyTheme(ThemeMode::System);
}
