#include "securityfixture.h"

#include "security/auditanchor.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

// The admin's creation and login (seq 1, 2) and `count` more entries, anchored as they go.
void writeEntries(SecurityFixture &f, int count)
{
    const ActingUser boss = f.admin();
    for (int i = 0; i < count; ++i) {
        f.clock.advanceMSecs(60'000);
        REQUIRE(f.audit->record(boss, AuditAction::PatientLevelViewed, QStringLiteral("north"),
                                QStringLiteral("rows=%1").arg(i)));
    }
}

AuditLog::Head savedHead(const AuditAnchor &anchor)
{
    RoutiqError error;
    const auto head = anchor.load(&error);
    REQUIRE(error.isNull());
    REQUIRE(head);
    return *head;
}

} // namespace

TEST_CASE("the audit anchor follows the log's head after every append")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path());
    f.audit->setAnchor(&anchor);
    writeEntries(f, 3);
    const AuditLog::Head head = f.audit->head();
    REQUIRE(head.seq == 5);
    CHECK(savedHead(anchor).seq == head.seq);
    CHECK(savedHead(anchor).hash == head.hash);
    CHECK(f.audit->verify(savedHead(anchor)).ok);

    // Only the position in the chain is kept outside the database: no names, no actions.
    QFile file(anchor.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK_FALSE(text.contains("boss"));
    CHECK_FALSE(text.contains("patient_level"));
    CHECK(anchor.filePath().endsWith(QStringLiteral("/audit-head.json")));
}

TEST_CASE("entries cut off the end of the audit log are found with the anchor, and later "
          "appends do not move the anchor over the gap")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path());
    f.audit->setAnchor(&anchor);
    writeEntries(f, 5); // seq 1..7
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 6"));

    CHECK(f.audit->verify().ok); // the chain alone cannot see it
    AuditLog::Verification v = f.audit->verify(savedHead(anchor));
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == 6);

    // New entries after the cut (seq 6, 7 again, with other hashes) leave the anchor at 7.
    f.clock.advanceMSecs(60'000);
    REQUIRE(f.audit->record(f.admin(), AuditAction::ExportedAggregates));
    f.clock.advanceMSecs(60'000);
    REQUIRE(f.audit->record(f.admin(), AuditAction::ExportedAggregates));
    REQUIRE(f.audit->head().seq == 7);
    RoutiqError error;
    CHECK_FALSE(anchor.update(*f.audit, &error));
    CHECK(error.code == QLatin1String(AuditAnchor::kMismatchCode));
    CHECK(savedHead(anchor).seq == 7);
    v = f.audit->verify(savedHead(anchor));
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == 7);
}

TEST_CASE("a missing audit anchor reads as none, an unreadable one as an error that keeps it")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path());
    RoutiqError error;
    CHECK_FALSE(anchor.load(&error));
    CHECK(error.isNull());

    QFile file(anchor.filePath());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"seq\": 3, \"hash\": \"not a hash\"}");
    file.close();
    CHECK_FALSE(anchor.load(&error));
    CHECK(error.code == QLatin1String(AuditAnchor::kInvalidCode));

    // update() does not paper over it.
    writeEntries(f, 1);
    CHECK_FALSE(anchor.update(*f.audit, &error));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("not a hash"));
}

TEST_CASE("the audit anchor moves forward when the log grew along the same chain")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path());
    writeEntries(f, 1); // not anchored on append
    REQUIRE(anchor.update(*f.audit));
    CHECK(savedHead(anchor).seq == 3);
    writeEntries(f, 2);
    CHECK(savedHead(anchor).seq == 3);
    REQUIRE(anchor.update(*f.audit));
    CHECK(savedHead(anchor).seq == 5);
    CHECK(f.audit->hashAt(5) == savedHead(anchor).hash);
    CHECK(f.audit->hashAt(0) == AuditEntry::genesisHash());
    CHECK_FALSE(f.audit->hashAt(6));
}
