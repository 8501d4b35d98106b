// The audit viewer's reads (AuditLogQuery): counts and pages by parameterised SQL on a log of a
// few thousand entries, the filters, CSV export, and that every read is audited like
// `routiq-cli audit list`.
#include "securityfixture.h"

#include "security/auditlogquery.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSqlQuery>
#include <QVariant>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

// 3000 entries over 3000 minutes: every 3rd by "ann", the rest by "boss"; every 5th an export.
void fillLog(SecurityFixture &f, const ActingUser &boss, const ActingUser &ann)
{
    REQUIRE(f.db().transaction());
    for (int i = 0; i < 3000; ++i) {
        f.clock.advanceMSecs(60'000);
        const ActingUser &who = i % 3 == 0 ? ann : boss;
        REQUIRE(f.audit->record(
            who, i % 5 == 0 ? AuditAction::ExportedAggregates : AuditAction::PatientLevelViewed,
            QStringLiteral("north"), QStringLiteral("n=%1").arg(i)));
    }
    REQUIRE(f.db().commit());
}

ActingUser staff(SecurityFixture &f)
{
    AccountService::NewAccount n;
    n.username = QStringLiteral("ann");
    n.password = QStringLiteral("front desk secret");
    n.role = Role::Staff;
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(f.admin(), n, &error));
    return f.signIn(n.username, n.password);
}

} // namespace

TEST_CASE("the audit viewer's query pages a few thousand entries newest first, filters by user, "
          "action and dates, and records each opened view")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    const ActingUser ann = staff(f);
    const QDateTime start = f.clock.nowUtc();
    fillLog(f, boss, ann);
    AuditLogQuery query(f.db(), &f.accounts->policy(), f.audit.get());
    RoutiqError error;

    const qint64 total = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const auto all = query.open(boss, {}, &error);
    REQUIRE(all);
    CHECK(*all == total);
    // The view itself is recorded, after the count.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == total + 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.view'"
                                  " AND details LIKE 'viewer user=* action=*%'")) == 1);

    const auto first = query.page(boss, {}, 0, 100, &error);
    REQUIRE(first);
    REQUIRE(first->size() == 100);
    CHECK(first->front().seq == total + 1); // newest first, the view's own entry on top
    CHECK(first->at(1).seq == total);
    const auto later = query.page(boss, {}, 2500, 100, &error);
    REQUIRE(later);
    CHECK(later->front().seq == total + 1 - 2500);

    AuditFilter byAnn;
    byAnn.userName = QStringLiteral("ann");
    byAnn.action = QStringLiteral("export.aggregates");
    const auto annExports = query.open(boss, byAnn, &error);
    REQUIRE(annExports);
    CHECK(*annExports == 200); // i % 15 == 0
    const auto annPage = query.page(boss, byAnn, 0, 500, &error);
    REQUIRE(annPage);
    CHECK(annPage->size() == 200);
    for (const AuditEntry &e : *annPage) {
        CHECK(e.userName == QStringLiteral("ann"));
        CHECK(e.action == QStringLiteral("export.aggregates"));
    }

    AuditFilter range;
    range.from = start.addSecs(60 * 100);   // entry i=99 on
    range.to = start.addSecs(60 * 200 + 1); // through i=199
    const auto ranged = query.open(boss, range, &error);
    REQUIRE(ranged);
    CHECK(*ranged == 101);

    // A filter value is a bound parameter, never SQL.
    AuditFilter injected;
    injected.userName = QStringLiteral("x' OR '1'='1");
    const auto none = query.open(boss, injected, &error);
    REQUIRE(none);
    CHECK(*none == 0);

    const auto names = query.userNames(boss, &error);
    REQUIRE(names);
    CHECK(names->contains(QStringLiteral("ann")));
    CHECK(names->contains(QStringLiteral("boss")));
}

TEST_CASE("only an admin reads or exports the log through the viewer's query, and a refusal "
          "is audited")
{
    SecurityFixture f;
    const ActingUser ann = staff(f);
    AuditLogQuery query(f.db(), &f.accounts->policy(), f.audit.get());
    RoutiqError error;
    const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    CHECK_FALSE(query.open(ann, {}, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(query.page(ann, {}, 0, 10, &error));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CHECK_FALSE(query.exportCsv(ann, {}, &buffer, &error));
    CHECK(buffer.data().isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'access.denied'")) == 3);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == before + 3);
}

TEST_CASE("the audit log exports as CSV, recorded before the file is written, formulas defused")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    REQUIRE(f.audit->record(boss, AuditAction::ConnectionChanged, QStringLiteral("=cmd|x"),
                            QStringLiteral("a, \"b\"")));
    AuditLogQuery query(f.db(), &f.accounts->policy(), f.audit.get());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RoutiqError error;
    REQUIRE(query.exportCsv(boss, {}, &buffer, &error));
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const qint64 exported = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) - 1;
    REQUIRE(lines.size() == exported + 1);
    CHECK(lines.first() == QStringLiteral("seq,time_utc,user,action,object,details,hash"));
    // The export was recorded before a line was written, with what it holds.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.export'"
                                  " AND details LIKE 'csv % rows=%1'")
                       .arg(exported)) == 1);
    const QString tampered = lines.last();
    CHECK(tampered.contains(QStringLiteral("\"'=cmd|x\"")));
    CHECK(tampered.contains(QStringLiteral("\"a, \"\"b\"\"\"")));
    CHECK(AuditLogQuery::csvField(QStringLiteral("-1+1")) == QStringLiteral("\"'-1+1\""));
    CHECK(AuditLogQuery::csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
}
