// The Today board, the expected no-shows card and the daily note, on the real window and
// controller. No insights worker runs here: the tests hand the window and the sessions
// NoShowSnapshots as the worker will (the lead's services/insights emits noShowReady).
#include "../models/noshowfixture.h"
#include "uitestapp.h"

#include "core/clock.h"
#include "dailynotebar.h"
#include "dailyrisknote.h"
#include "dashboardcontroller.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "noshowmodelcard.h"
#include "pms/pmsadapter.h"
#include "riskcountsmodel.h"
#include "security/accesspolicy.h"
#include "session/clinicsession.h"
#include "todayboardcontroller.h"
#include "todayboardmodel.h"
#include "todayboardpage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace routiq;
using namespace routiq::test;

namespace {

// Every text of an item model, children included: display and tooltip.
void modelText(const QAbstractItemModel *m, const QModelIndex &parent, QStringList &out)
{
    for (int r = 0; r < m->rowCount(parent); ++r)
        for (int c = 0; c < m->columnCount(parent); ++c) {
            const QModelIndex i = m->index(r, c, parent);
            out << i.data().toString() << i.data(Qt::ToolTipRole).toString();
            if (c == 0)
                modelText(m, i, out);
        }
}

// Every text a user can see or hover on the visible windows.
QString visibleText()
{
    QStringList out;
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->isVisible())
            continue;
        out << w->windowTitle() << w->toolTip() << w->accessibleName()
            << w->accessibleDescription();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
            modelText(v->model(), {}, out);
    }
    return out.join(QLatin1Char('\n'));
}

bool mentionsAPatient(const QString &text)
{
    return std::any_of(boardSurnames().cbegin(), boardSurnames().cend(),
                       [&](const QString &s) { return text.contains(s); });
}

ActingUser user(qint64 id, Role role)
{
    ActingUser u;
    u.userId = id;
    u.username = QStringLiteral("user%1").arg(id);
    u.role = role;
    u.clinics = {QStringLiteral("north"), QStringLiteral("south")};
    return u;
}

// The window and controller over clinic sessions that are never started: nothing syncs, and
// a list request goes to a reader that never answers, so the tests count requests.
struct Desk
{
    ManualClock clock{boardNowUtc()};
    AccessPolicy policy{&clock};
    QTemporaryDir dir;
    KpiModel kpis;
    MainWindow window{&kpis};
    DashboardController controller{&window, &kpis, clock};
    std::vector<std::unique_ptr<ClinicSession>> sessions;

    ClinicSession *addClinic(const QString &id, const QString &name)
    {
        ClinicConnection c;
        c.id = id;
        c.name = name;
        c.timeZoneOverride = QStringLiteral("Australia/Melbourne");
        sessions.push_back(std::make_unique<ClinicSession>(
            c, dir.filePath(id + QStringLiteral(".db")), DatabaseKey::generate(),
            [] { return std::unique_ptr<PmsAdapter>(); }, &clock, SyncEngine::Options{}));
        controller.addSession(sessions.back().get());
        return sessions.back().get();
    }
};

} // namespace

TEST_CASE("the Today board shows the selected booking's risk and reasons in the side panel and "
          "today's late cancellations as slots to refill")
{
    ensureUiApp();
    TodayBoardPage page;
    page.boardModel()->setZones(boardZones());
    page.boardModel()->setNow(QDateTime(boardToday(), QTime(8, 0), melbourne()).toUTC());
    page.setToday(boardToday());
    page.boardModel()->setRows(boardRows());
    page.boardModel()->setSnapshot(boardSnapshot());
    page.showBoard();
    page.resize(1100, 700);
    page.show();

    CHECK(page.summaryText().contains(QStringLiteral("Bookings: 8")));
    REQUIRE(page.refillList()->count() == 1);
    CHECK(page.refillList()->item(0)->text().contains(QStringLiteral("Dr Alex Lee")));

    CHECK(page.detailText().contains(QStringLiteral("Select a booking")));
    page.selectAppointment(4);
    CHECK(page.detailText().contains(QStringLiteral("High risk of not arriving: 34%")));
    CHECK(page.detailText().contains(QStringLiteral("booked 41 days ahead: +6 pts")));
    CHECK(page.detailText().contains(QStringLiteral("Wilhelmina Quillfeather")));

    // A live re-read (same rows, one now arrived) keeps the selection and shows the status.
    QList<AppointmentListRow> rows = boardRows();
    rows[3].status = AppointmentStatus::Attended;
    page.boardModel()->setRows(rows);
    CHECK(page.boardView()->currentIndex().data(TodayBoardModel::AppointmentIdRole).toLongLong() ==
          4);
    CHECK(page.detailText().contains(QStringLiteral("Arrived")));

    // The day switch: tomorrow has no late cancellation.
    QTest::mouseClick(page.tomorrowButton(), Qt::LeftButton);
    CHECK(page.day() == TodayBoardPage::Day::Tomorrow);
    CHECK(page.boardModel()->day() == boardToday().addDays(1));
    CHECK(page.refillList()->isHidden());
    CHECK(page.grab().width() == 1100);
}

TEST_CASE("a read-only account's Today board shows counts by risk band and no patient name, and "
          "never requests the patient list")
{
    ensureUiApp();
    Desk d;
    ClinicSession *north = d.addClinic(QStringLiteral("north"), QStringLiteral("North Physio"));
    d.window.show();
    d.controller.setUser(user(7, Role::ReadOnly), &d.policy, nullptr);
    emit north->noShowReady(boardSnapshot());
    d.window.showTodayBoard();
    TodayBoardPage *page = d.window.todayBoard();
    REQUIRE(page->showingCounts());
    CHECK(d.controller.todayBoard()->listRequests() == 0);
    CHECK_FALSE(d.controller.todayBoard()->isOpen());
    const RiskCountsModel *counts = page->countsModel();
    REQUIRE(counts->rowCount() == 3);
    CHECK(counts->counts(0) == std::array<int, 3>{2, 1, 2});
    CHECK(page->summaryText() == QStringLiteral("Upcoming bookings: 5 \u00b7 high risk: 2"));
    page->setDay(TodayBoardPage::Day::Tomorrow);
    CHECK(counts->counts(0) == std::array<int, 3>{1, 0, 2});

    // Its drill-down from the expected no-shows card is off, and nothing anywhere names anyone.
    CHECK_FALSE(d.window.noShowCard()->drillDownEnabled());
    d.window.showDashboard();
    d.window.showTodayBoard();
    CHECK(d.controller.todayBoard()->listRequests() == 0);
    CHECK_FALSE(mentionsAPatient(visibleText()));

    // Staff at the same desk: opening the board asks for the list (the audited path), once.
    d.controller.setUser(user(8, Role::Staff), &d.policy, nullptr);
    CHECK(d.controller.todayBoard()->isOpen());
    CHECK(d.controller.todayBoard()->listRequests() == 1);
    CHECK(page->messageText() == QStringLiteral("Loading the day\u2026"));
    d.window.showDashboard(); // leaving the tab closes the board
    CHECK_FALSE(d.controller.todayBoard()->isOpen());
    d.window.showTodayBoard(); // and coming back is a new, audited open
    CHECK(d.controller.todayBoard()->listRequests() == 2);
}

TEST_CASE("with All clinics selected the Today board and the risk card ask to choose one clinic")
{
    ensureUiApp();
    Desk d;
    d.addClinic(QStringLiteral("north"), QStringLiteral("North Physio"));
    d.addClinic(QStringLiteral("south"), QStringLiteral("South Physio"));
    d.window.show();
    d.controller.selectClinic({});
    d.window.showTodayBoard();
    CHECK(d.window.todayBoard()->messageText() ==
          QStringLiteral("Choose one clinic to see its Today board."));
    CHECK(d.window.noShowCard()->changeText() ==
          QStringLiteral("Choose one clinic to see its no-show risk."));
    CHECK(d.controller.todayBoard()->listRequests() == 0);
    d.controller.selectClinic(QStringLiteral("south"));
    CHECK(d.controller.todayBoard()->listRequests() == 1);
}

TEST_CASE("the expected no-shows card sums the next 7 days' risks, says when history is missing, "
          "and the model card shows its quality and a busy retrain")
{
    ensureUiApp();
    Desk d;
    ClinicSession *north = d.addClinic(QStringLiteral("north"), QStringLiteral("North Physio"));
    d.window.show();
    KpiCard *card = d.window.noShowCard();
    CHECK(card->valueText() == QStringLiteral("\u2014"));

    emit north->noShowReady(notReadySnapshot());
    CHECK(card->changeText() ==
          QStringLiteral("Not enough history yet: needs 300 marked bookings (has 120)"));
    CHECK(card->toolTip().contains(QStringLiteral("needs 300 marked bookings")));
    NoShowModelCard *model = d.window.noShowModelCard();
    CHECK(model->statusText() == QStringLiteral("Not enough history yet"));

    emit north->noShowReady(boardSnapshot());
    CHECK(card->valueText() == QStringLiteral("1.9")); // 0.09 + 0.31 + ... + 0.11 = 1.85
    CHECK(card->toolTip().startsWith(QStringLiteral(
        "The sum of the no-show risks of the bookings that start in the next 7 days")));
    CHECK(model->statusText() == QStringLiteral("AUC 0.74 \u00b7 Brier skill 0.08"));
    CHECK(model->detailText().contains(QStringLiteral("640 held-out bookings")));
    CHECK(model->retrainButton()->isEnabled());
    emit north->noShowTrainingChanged(true);
    CHECK_FALSE(model->retrainButton()->isEnabled());
    CHECK(model->retrainButton()->text() == QStringLiteral("Training\u2026"));
    emit north->noShowTrainingChanged(false);
    CHECK(model->retrainButton()->isEnabled());
}

TEST_CASE("the daily note comes once a day at the set time of the injected clock and opens "
          "tomorrow's board")
{
    ensureUiApp();
    Desk d;
    ClinicSession *north = d.addClinic(QStringLiteral("north"), QStringLiteral("North Physio"));
    d.window.show();
    emit north->noShowReady(boardSnapshot());
    DailyRiskNote *note = d.controller.dailyNote();
    DailyRiskNote::Settings s;
    s.enabled = true;
    s.at = QTime(17, 0);
    note->setSettings(s);
    QSignalSpy due(note, &DailyRiskNote::noteDue);

    d.clock.setNow(QDateTime(boardToday(), QTime(16, 59), melbourne()).toUTC());
    note->check();
    CHECK(due.isEmpty());
    CHECK(d.window.dailyNoteBar()->isHidden());

    d.clock.setNow(QDateTime(boardToday(), QTime(17, 0), melbourne()).toUTC());
    note->check();
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).at(0).toString() == QStringLiteral("Tomorrow: 2 high-risk bookings"));
    CHECK(d.window.dailyNoteBar()->isVisible());
    CHECK(d.window.dailyNoteBar()->text() == QStringLiteral("Tomorrow: 2 high-risk bookings"));
    d.clock.advanceMSecs(3600 * 1000);
    note->check();
    CHECK(due.size() == 1); // once a day

    // The thresholds are settings: with "high" from 0.40 only one booking tomorrow is high.
    d.controller.setRiskBands({0.15, 0.40});
    d.clock.setNow(QDateTime(boardToday().addDays(1), QTime(17, 30), melbourne()).toUTC());
    note->check();
    REQUIRE(due.size() == 2);

    auto *open = d.window.dailyNoteBar()->findChild<QPushButton *>();
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(d.window.todayBoardShown());
    CHECK(d.window.todayBoard()->day() == TodayBoardPage::Day::Tomorrow);

    // Off by default: nothing at 17:00.
    note->setSettings({});
    d.clock.setNow(QDateTime(boardToday().addDays(2), QTime(17, 0), melbourne()).toUTC());
    note->check();
    CHECK(due.size() == 2);
}

TEST_CASE("the daily note and risk thresholds are read from settings with their defaults")
{
    ensureUiApp();
    QTemporaryDir dir;
    QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    DailyRiskNote::Settings s = DailyRiskNote::Settings::read(empty);
    CHECK_FALSE(s.enabled);
    CHECK(s.at == QTime(17, 0));
    CHECK(s.bands.elevated == 0.15);
    CHECK(s.bands.high == 0.30);

    QSettings set(dir.filePath(QStringLiteral("set.ini")), QSettings::IniFormat);
    set.setValue(QStringLiteral("insights/dailyNoteEnabled"), true);
    set.setValue(QStringLiteral("insights/dailyNoteTime"), QStringLiteral("16:30"));
    set.setValue(QStringLiteral("insights/elevatedRisk"), 0.2);
    set.setValue(QStringLiteral("insights/highRisk"), 0.45);
    s = DailyRiskNote::Settings::read(set);
    CHECK(s.enabled);
    CHECK(s.at == QTime(16, 30));
    CHECK(s.bands.elevated == 0.2);
    CHECK(s.bands.high == 0.45);
}

TEST_CASE("Ctrl+2 opens the Today board, Ctrl+] shows tomorrow and Ctrl+1 goes back to the "
          "dashboard")
{
    ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    CHECK_FALSE(window.todayBoardShown());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    CHECK(window.todayBoardShown());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    CHECK(window.todayBoard()->day() == TodayBoardPage::Day::Tomorrow);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    CHECK(window.todayBoard()->day() == TodayBoardPage::Day::Today);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    CHECK_FALSE(window.todayBoardShown());
    // The day switch is reachable by Tab after the board's heading.
    CHECK(window.todayBoard()->todayButton()->focusPolicy() & Qt::TabFocus);
}

TEST_CASE("a burst of committed changes re-reads the open board one read at a time and always "
          "reads after the last change")
{
    ensureUiApp();
    Desk d;
    ClinicSession *north = d.addClinic(QStringLiteral("north"), QStringLiteral("North Physio"));
    d.window.show();
    TodayBoardController *board = d.controller.todayBoard();
    board->setCoalesceMs(60 * 60 * 1000);     // the interval never ends by itself in this test
    const quint64 firstId = quint64(1) << 48; // the board's ids (todayboardcontroller.cpp)
    QList<AppointmentListRow> rows = boardRows();

    d.window.showTodayBoard();
    REQUIRE(board->listRequests() == 1); // the open
    ChangeSet change;
    change.recordCount = 1;
    emit north->changesCommitted(change); // while the open is unanswered: noted, not read
    emit north->changesCommitted(change);
    CHECK(board->listRequests() == 1);

    emit north->appointmentListReady(firstId, rows);
    CHECK(d.window.todayBoard()->showingBoard());
    CHECK(board->listRequests() == 2); // the changes noted meanwhile are read now

    rows[3].status = AppointmentStatus::Attended;
    emit north->appointmentListReady(firstId + 1, rows);
    CHECK(board->listRequests() == 2); // within the interval: no read
    CHECK(d.window.todayBoard()
              ->boardModel()
              ->indexOfAppointment(4)
              .siblingAtColumn(TodayBoardModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Arrived"));

    // Still inside the interval: a change waits for its end.
    emit north->changesCommitted(change);
    CHECK(board->listRequests() == 2);
    board->setCoalesceMs(0); // the interval ends at the next turn of the event loop
    QCoreApplication::processEvents();
    CHECK(board->listRequests() == 3); // the change that waited is read
    emit north->changesCommitted(change);
    emit north->changesCommitted(change);
    CHECK(board->listRequests() == 3); // a read in flight: noted
    emit north->appointmentListReady(firstId + 2, rows);
    QCoreApplication::processEvents();
    CHECK(board->listRequests() == 4); // one more read for both
    emit north->appointmentListReady(firstId + 3, rows);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(board->listRequests() == 4); // nothing changed since: nothing read

    // An answer to an earlier question (another view) is not this board's.
    rows[3].status = AppointmentStatus::Missed;
    emit north->appointmentListReady(firstId + 1, rows);
    CHECK(d.window.todayBoard()
              ->boardModel()
              ->indexOfAppointment(4)
              .siblingAtColumn(TodayBoardModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Arrived"));
}

TEST_CASE("a board opened before the clinic's cache could answer asks again at each sync pass "
          "until its first rows arrive")
{
    ensureUiApp();
    Desk d;
    ClinicSession *north = d.addClinic(QStringLiteral("north"), QStringLiteral("North Physio"));
    d.window.show();
    TodayBoardController *board = d.controller.todayBoard();
    d.window.showTodayBoard();
    REQUIRE(board->listRequests() == 1); // the open, never answered by an unstarted session
    emit north->passCompleted(d.clock.nowUtc(), true);
    CHECK(board->listRequests() == 2);
    emit north->passCompleted(d.clock.nowUtc(), false);
    CHECK(board->listRequests() == 3);
    const quint64 lastId = (quint64(1) << 48) + 2;
    emit north->appointmentListReady(lastId, boardRows());
    CHECK(d.window.todayBoard()->showingBoard());
    emit north->passCompleted(d.clock.nowUtc(), false);
    CHECK(board->listRequests() == 3); // loaded: passes alone read nothing
}
