// The opt-in copy of audit entries to the OS log: what is sent, once, and what never is.
#include "securityfixture.h"

#include "security/auditforwarder.h"

#include <catch2/catch.hpp>

using namespace routiq;
using routiq::test::SecurityFixture;

TEST_CASE("audit forwarding sends each committed entry once, in order, from its start on")
{
    SecurityFixture f;
    const ActingUser boss = f.admin(); // seq 1, 2: before forwarding was on
    QList<QByteArray> lines;
    AuditForwarder forwarder([&](const QByteArray &line) { lines.append(line); });
    forwarder.start(*f.audit);
    f.audit->setForwarder(&forwarder);

    REQUIRE(f.audit->record(boss, AuditAction::ExportedAggregates, QStringLiteral("north"),
                            QStringLiteral("csv rows=42")));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].startsWith("routiq audit seq=3 "));
    CHECK(lines[0].contains(" action=export.aggregates "));
    CHECK(lines[0].contains(" user=boss object=north "));
    CHECK(lines[0].contains(" details=csv_rows_42 ")); // one token: no field can be faked
    CHECK(lines[0].contains(QByteArray(" hash=" + f.audit->head().hash.left(16))));

    // Inside a caller's transaction: nothing until it is over, nothing at all if rolled back.
    REQUIRE(f.db().transaction());
    REQUIRE(f.audit->record(boss, AuditAction::ConnectionChanged, QStringLiteral("north")));
    REQUIRE(f.db().rollback());
    forwarder.forwardNew(*f.audit);
    CHECK(lines.size() == 1);
    REQUIRE(f.db().transaction());
    REQUIRE(f.audit->record(boss, AuditAction::ConnectionChanged, QStringLiteral("south")));
    REQUIRE(f.db().commit());
    CHECK(lines.size() == 1);
    forwarder.forwardNew(*f.audit);
    forwarder.forwardNew(*f.audit);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].startsWith("routiq audit seq=4 "));
    CHECK(lines[1].contains(" object=south "));
}

TEST_CASE("audit forwarding leaves out the name typed in a failed login without an account")
{
    SecurityFixture f;
    f.admin();
    QList<QByteArray> lines;
    AuditForwarder forwarder([&](const QByteArray &line) { lines.append(line); });
    forwarder.start(*f.audit);
    f.audit->setForwarder(&forwarder);
    // People type passwords into the name field.
    CHECK_FALSE(f.accounts->authenticate(QStringLiteral("Tr0ub4dor&3"), QStringLiteral("x")).ok());
    forwarder.forwardNew(*f.audit);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QByteArray &line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.toLower().contains("tr0ub4dor"));
        CHECK(line.contains(" user=(unknown) object=- "));
    }
    CHECK(AuditForwarder::isAvailable()); // Linux: syslog(3)
}
