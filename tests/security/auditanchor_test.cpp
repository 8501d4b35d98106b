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
    const AuditAnchor anchor(dir.path(), f.auditKey);
    f.audit->setAnchor(&anchor);
    REQUIRE(anchor.createForNewLog(*f.audit)); // the genesis anchor of a new log
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
    const AuditAnchor anchor(dir.path(), f.auditKey);
    f.audit->setAnchor(&anchor);
    REQUIRE(anchor.createForNewLog(*f.audit)); // the genesis anchor of a new log
    writeEntries(f, 5);                        // seq 1..7
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 6"));

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
    const AuditAnchor anchor(dir.path(), f.auditKey);
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
    const AuditAnchor anchor(dir.path(), f.auditKey);
    REQUIRE(anchor.createForNewLog(*f.audit));
    CHECK(savedHead(anchor).seq == 0);
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

TEST_CASE("a missing audit anchor is never re-created next to existing entries, only on an "
          "empty log or by an explicit re-anchor")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path(), f.auditKey);
    f.audit->setAnchor(&anchor);
    REQUIRE(anchor.createForNewLog(*f.audit));
    writeEntries(f, 2);
    REQUIRE(QFile::remove(anchor.filePath()));

    // Appends, update() and createForNewLog() all leave it missing.
    REQUIRE(f.audit->record(f.admin(), AuditAction::ExportedAggregates));
    RoutiqError error;
    CHECK_FALSE(anchor.update(*f.audit, &error));
    CHECK(error.code == QLatin1String(AuditAnchor::kMissingCode));
    REQUIRE(anchor.createForNewLog(*f.audit));
    CHECK_FALSE(anchor.exists());

    REQUIRE(anchor.reanchor(*f.audit, &error));
    CHECK(savedHead(anchor).seq == f.audit->head().seq);
}

TEST_CASE("the audit anchor is MACed under the audit key: an edited or foreign one is refused")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path(), f.auditKey);
    f.audit->setAnchor(&anchor);
    REQUIRE(anchor.createForNewLog(*f.audit));
    writeEntries(f, 2); // seq 1..4
    QFile file(anchor.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    CHECK(original.contains("\"mac\""));

    SECTION("its seq moved back to hide the last entries")
    {
        QByteArray edited = original;
        edited.replace("\"seq\": 4", "\"seq\": 2");
        REQUIRE(edited != original);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(edited);
        file.close();
        RoutiqError error;
        CHECK_FALSE(anchor.load(&error));
        CHECK(error.code == QLatin1String(AuditAnchor::kMacInvalidCode));
        // ...and update() keeps it as the evidence.
        CHECK_FALSE(anchor.update(*f.audit, &error));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == edited);
    }
    SECTION("read under another folder's audit key")
    {
        const AuditAnchor foreign(dir.path(), QByteArray(32, 'k'));
        RoutiqError error;
        CHECK_FALSE(foreign.load(&error));
        CHECK(error.code == QLatin1String(AuditAnchor::kMacInvalidCode));
    }
    SECTION("without the key it reads, unchecked, and cannot be written")
    {
        const AuditAnchor keyless(dir.path());
        RoutiqError error;
        const auto saved = keyless.read(&error);
        REQUIRE(saved);
        CHECK_FALSE(saved->macChecked);
        CHECK_FALSE(keyless.save(saved->head, &error));
    }
}
