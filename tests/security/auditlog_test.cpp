#include "securityfixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QVariant>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

// Five entries from a signed-in admin, one minute apart: seq 1 and 2 are the admin's creation
// and first login, 3..7 the ones written here.
void writeEntries(SecurityFixture &f)
{
    const ActingUser boss = f.admin();
    const AuditAction actions[] = {AuditAction::PatientLevelViewed, AuditAction::ExportedAggregates,
                                   AuditAction::ConnectionChanged, AuditAction::ApiKeyChanged,
                                   AuditAction::ExportedPatientLevel};
    int i = 0;
    for (AuditAction a : actions) {
        f.clock.advanceMSecs(60'000);
        RoutiqError error;
        REQUIRE(f.audit->record(boss, a, QStringLiteral("north"),
                                QStringLiteral("rows=%1").arg(++i), &error));
    }
    REQUIRE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == 7);
    REQUIRE(f.audit->verify().ok);
}

// What someone with direct SQL access would do first.
void dropGuards(SecurityFixture &f)
{
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

} // namespace

TEST_CASE("an untouched audit log verifies, entry by entry, in sequence")
{
    SecurityFixture f;
    writeEntries(f);
    const AuditLog::Verification v = f.audit->verify();
    CHECK(v.ok);
    CHECK(v.entries == 7);
    CHECK(v.firstBrokenSeq == 0);

    const AuditLog::Head before = f.audit->head();
    CHECK(before.seq == 7);
    RoutiqError error;
    const auto entries = f.audit->list(f.admin(), {}, &error);
    REQUIRE(entries);
    REQUIRE(entries->size() == 7);
    for (int i = 0; i < entries->size(); ++i)
        CHECK(entries->at(i).seq == i + 1);
    CHECK(entries->at(2).action == QStringLiteral("patient_level.view"));
    CHECK(entries->at(2).userId == f.admin().userId);
    CHECK(entries->at(2).atUtc.timeSpec() == Qt::UTC);
    CHECK(entries->at(6).hash == before.hash);
}

TEST_CASE("reading the audit log is itself recorded, after the read")
{
    SecurityFixture f;
    writeEntries(f);
    RoutiqError error;
    REQUIRE(f.audit->list(f.admin(), {}, &error)->size() == 7);
    const auto again = f.audit->list(f.admin(), {}, &error);
    REQUIRE(again);
    REQUIRE(again->size() == 8);
    CHECK(again->back().action == QStringLiteral("audit.view"));
    CHECK(again->back().userName == QStringLiteral("boss"));
    CHECK(again->back().details == QStringLiteral("since=start entries=7"));
    CHECK(f.audit->verify().ok);
}

TEST_CASE("an empty audit log verifies")
{
    SecurityFixture f;
    CHECK(f.audit->verify().ok);
    CHECK(f.audit->verify().entries == 0);
    CHECK(f.audit->head().seq == 0);
}

TEST_CASE("the database itself refuses to update or delete audit entries")
{
    SecurityFixture f;
    writeEntries(f);
    QSqlQuery q(f.db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 3")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == 7);
    CHECK(f.audit->verify().ok);
}

TEST_CASE("verify finds an edited entry")
{
    SecurityFixture f;
    writeEntries(f);
    dropGuards(f);
    SECTION("its details")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET details = 'rows=0' WHERE seq = 4"));
    }
    SECTION("its user")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone-else' WHERE seq = 4"));
    }
    SECTION("its time")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET at_ms = at_ms - 1 WHERE seq = 4"));
    }
    SECTION("its stored hash")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 4")
                   .arg(QString(64, QLatin1Char('a'))));
    }
    const AuditLog::Verification v = f.audit->verify();
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == 4);
}

TEST_CASE("verify finds a deleted entry in the middle")
{
    SecurityFixture f;
    writeEntries(f);
    dropGuards(f);
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    const AuditLog::Verification v = f.audit->verify();
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == 5);
}

TEST_CASE("verify finds a deleted first entry and entries renumbered to hide a deletion")
{
    SecurityFixture f;
    writeEntries(f);
    dropGuards(f);
    SECTION("first entry gone")
    {
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
        CHECK(f.audit->verify().firstBrokenSeq == 1);
    }
    SECTION("deleted and the rest renumbered")
    {
        f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        f.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"));
        CHECK(f.audit->verify().firstBrokenSeq == 3);
    }
    CHECK_FALSE(f.audit->verify().ok);
}

TEST_CASE("verify finds two entries swapped")
{
    SecurityFixture f;
    writeEntries(f);
    dropGuards(f);
    f.exec(QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 4"));
    f.exec(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 5"));
    f.exec(QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = -1"));
    const AuditLog::Verification v = f.audit->verify();
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == 4);
}

TEST_CASE("verify finds an entry inserted in the middle or at the end")
{
    SecurityFixture f;
    writeEntries(f);
    dropGuards(f);
    SECTION("in the middle, later entries shifted up")
    {
        f.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 100 WHERE seq >= 4"));
        f.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 99 WHERE seq >= 104"));
        // A plausible entry, chained onto entry 3 exactly as the app would have done.
        QSqlQuery prev(f.db());
        REQUIRE(prev.exec(QStringLiteral("SELECT hash, at_ms FROM audit_log WHERE seq = 3")));
        REQUIRE(prev.next());
        AuditEntry forged;
        forged.seq = 4;
        forged.atUtc = QDateTime::fromMSecsSinceEpoch(prev.value(1).toLongLong() + 1, Qt::UTC);
        forged.userName = QStringLiteral("boss");
        forged.action = QStringLiteral("login.ok");
        const QByteArray hash = AuditEntry::chainHash(prev.value(0).toString().toLatin1(), forged);
        prev.finish();
        f.exec(
            QStringLiteral("INSERT INTO audit_log VALUES (4, %1, NULL, 'boss', 'login.ok', '', '',"
                           " '%2', NULL)")
                .arg(forged.atUtc.toMSecsSinceEpoch())
                .arg(QString::fromLatin1(hash)));
        // Entry 4 chains correctly, but without the audit key it cannot carry a MAC, and an
        // unkeyed entry after keyed ones is tampering.
        const AuditLog::Verification v = f.audit->verify();
        CHECK(v.firstBrokenSeq == 4);
        CHECK(v.code == QLatin1String(AuditCode::kMacMismatch));
    }
    SECTION("at the end, with a made-up hash")
    {
        f.exec(QStringLiteral(
                   "INSERT INTO audit_log VALUES (8, 0, NULL, 'x', 'login.ok', '', '', '%1', "
                   "NULL)")
                   .arg(QString(64, QLatin1Char('b'))));
        CHECK(f.audit->verify().firstBrokenSeq == 8);
    }
    CHECK_FALSE(f.audit->verify().ok);
}

TEST_CASE("with a recorded head, verify also finds entries cut off the end")
{
    SecurityFixture f;
    writeEntries(f);
    const AuditLog::Head head = f.audit->head();
    CHECK(f.audit->verify(head).ok);
    dropGuards(f);
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 6"));
    const AuditLog::Verification v = f.audit->verify(head);
    CHECK_FALSE(v.ok);
    CHECK(v.code == QLatin1String(AuditCode::kTailCut));
    CHECK(v.firstBrokenSeq == 6);
    // The chain alone cannot see a clean cut, but the log's own head record (moved with every
    // keyed entry) still names entry 7.
    const AuditLog::Verification alone = f.audit->verify();
    CHECK(alone.code == QLatin1String(AuditCode::kTailCut));
    CHECK(alone.firstBrokenSeq == 6);
}

TEST_CASE("appends after a verified log keep the chain intact")
{
    SecurityFixture f;
    writeEntries(f);
    const AuditLog::Head head = f.audit->head();
    RoutiqError error;
    REQUIRE(f.audit->recordAs(std::nullopt, QStringLiteral("ghost"), AuditAction::LoginFailed,
                              QStringLiteral("ghost"), {}, &error));
    CHECK(f.audit->verify(head).ok);
    CHECK(f.audit->head().seq == 8);
}

TEST_CASE("only admins read the audit log, from a given time on")
{
    SecurityFixture f;
    writeEntries(f);
    RoutiqError error;
    AccountService::NewAccount staff;
    staff.username = QStringLiteral("mia");
    staff.password = QStringLiteral("front desk secret");
    staff.role = Role::Staff;
    REQUIRE(f.accounts->addAccount(f.admin(), staff, &error));
    const ActingUser mia = f.signIn(QStringLiteral("mia"), staff.password);
    CHECK_FALSE(f.audit->list(mia, {}, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));

    // Entries 3..7 are one minute apart; mia's creation, login and refused read happen with 7.
    const QDateTime since = f.clock.nowUtc().addSecs(-120);
    const auto recent = f.audit->list(f.admin(), since, &error);
    REQUIRE(recent);
    REQUIRE(recent->size() == 6);
    CHECK(recent->front().action == QStringLiteral("connection.change"));
    CHECK(recent->at(4).action == QStringLiteral("login.ok"));
    CHECK(recent->back().action == QStringLiteral("access.denied"));
    CHECK(recent->back().userName == QStringLiteral("mia"));
    CHECK(recent->back().details == QStringLiteral("permission=view_audit"));
}

TEST_CASE("an audit entry written inside a rolled-back transaction disappears with the change")
{
    SecurityFixture f;
    writeEntries(f);
    REQUIRE(f.db().transaction());
    REQUIRE(f.audit->record(f.admin(), AuditAction::ConnectionChanged, QStringLiteral("north")));
    REQUIRE(f.db().rollback());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == 7);
    CHECK(f.audit->verify().ok);
}

TEST_CASE("the chain format is pinned: length-prefixed UTF-8 fields under SHA-256")
{
    // Computed independently (Python hashlib). Changing the canonical form would make every
    // shipped audit log fail verification, so this must never change.
    AuditEntry first;
    first.seq = 1;
    first.atUtc = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    first.userId = 7;
    first.userName = QStringLiteral("boss");
    first.action = QStringLiteral("login.ok");
    first.objectId = QStringLiteral("boss");
    CHECK(first.canonicalBytes() ==
          QByteArray("1:1;13:1700000000000;1:7;4:boss;8:login.ok;4:boss;0:;"));
    const QByteArray h1 = AuditEntry::chainHash(AuditEntry::genesisHash(), first);
    CHECK(h1 == QByteArray("59bad020ec21616ba88830d45edc14a0287034d0550d3ae4e514aeec7830a841"));

    AuditEntry second;
    second.seq = 2;
    second.atUtc = QDateTime::fromMSecsSinceEpoch(1'700'000'060'000, Qt::UTC);
    second.userName = QStringLiteral("ghöst");
    second.action = QStringLiteral("login.failed");
    second.objectId = QStringLiteral("ghöst");
    second.details = QStringLiteral("failures=1");
    CHECK(AuditEntry::chainHash(h1, second) ==
          QByteArray("0dba9ba735bd131bc941068b3db30ac457785fdb34c61c3a18fbb4811fd5a835"));
}
