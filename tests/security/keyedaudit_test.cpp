// The keyed audit trail (issue 15): entry MACs, the log's own head record, legacy entries from
// before the migration, the anchor and the keychain counter as AuditVerifier sees them.
#include "securityfixture.h"
#include "testapp.h"

#include "secrets/auditkey.h"
#include "secrets/keychainsecretstore.h"
#include "security/auditanchor.h"
#include "security/auditcounter.h"
#include "security/auditverifier.h"
#include "session/appschema.h"
#include "storage/databasefile.h"
#include "storage/schemamigrator.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariant>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

void writeEntries(SecurityFixture &f, int count)
{
    const ActingUser boss = f.admin();
    for (int i = 0; i < count; ++i) {
        f.clock.advanceMSecs(60'000);
        REQUIRE(f.audit->record(boss, AuditAction::PatientLevelViewed, QStringLiteral("north"),
                                QStringLiteral("rows=%1").arg(i)));
    }
}

// The documented chain, computed here independently of AuditEntry: hash(n) =
// hex(SHA-256(hash(n-1) || <len>:<field>; ...)) over seq, at_ms, user_id, user_name, action,
// object_id, details.
QByteArray field(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size()) + ':' + bytes + ';';
}

// What someone with the database key but not the audit key can do: edit an entry, then
// recompute every hash after it (and the head record's) so the chain is whole again.
void rewriteWithRecomputedChain(SecurityFixture &f, qint64 editSeq)
{
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    f.exec(QStringLiteral("UPDATE audit_log SET details = 'rows=0' WHERE seq = %1").arg(editSeq));
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id,"
                                  " details FROM audit_log ORDER BY seq")));
    QList<QPair<qint64, QByteArray>> hashes;
    QByteArray previous(64, '0');
    while (q.next()) {
        QByteArray canonical;
        canonical += field(q.value(0).toString().toUtf8());
        canonical += field(q.value(1).toString().toUtf8());
        canonical += field(q.value(2).isNull() ? QByteArray() : q.value(2).toString().toUtf8());
        for (int i = 3; i <= 6; ++i)
            canonical += field(q.value(i).toString().toUtf8());
        previous =
            QCryptographicHash::hash(QByteArray(previous + canonical), QCryptographicHash::Sha256)
                .toHex();
        hashes.append({q.value(0).toLongLong(), previous});
    }
    q.finish();
    for (const auto &[seq, hash] : hashes)
        f.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = %2")
                   .arg(QString::fromLatin1(hash))
                   .arg(seq));
    f.exec(QStringLiteral("UPDATE audit_head SET hash = '%1'")
               .arg(QString::fromLatin1(hashes.back().second)));
}

AuditVerifier::AnchorReading readAnchor(const AuditAnchor &anchor)
{
    AuditVerifier::AnchorReading r;
    r.saved = anchor.read(&r.error);
    return r;
}

// A keychain reading naming the log's entry `seq`, as AuditCounter::read() gives it.
AuditCounter::Reading counterAt(const AuditLog &log, qint64 seq)
{
    AuditCounter::Reading r;
    r.state = AuditCounter::State::Valid;
    r.head = {seq, log.hashAt(seq).value_or(QByteArray(64, 'f'))};
    return r;
}

} // namespace

TEST_CASE("every audit entry carries a MAC under a key derived for the audit trail only")
{
    SecurityFixture f;
    writeEntries(f, 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE mac IS NULL")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE length(mac) = 64")) == 4);
    CHECK(f.scalar(QStringLiteral("SELECT seq FROM audit_head")) == 4);

    // A random key of its own inside the app database (it survives a rekey), never the
    // database key itself; another database has another.
    REQUIRE(f.auditKey.size() == AuditKey::kSizeBytes);
    CHECK(AuditKey::load(f.db()) == f.auditKey);
    CHECK(f.auditKey != f.databaseKey.bytes());
    {
        SecurityFixture other;
        CHECK(other.auditKey.size() == AuditKey::kSizeBytes);
        CHECK(other.auditKey != f.auditKey);
    }
    f.exec(QStringLiteral("DELETE FROM security_secrets WHERE name = 'audit-mac-key'"));
    RoutiqError missing;
    CHECK(AuditKey::load(f.db(), &missing).isEmpty());
    CHECK(missing.code == QStringLiteral("AUDIT_KEY_MISSING"));

    const AuditLog::Verification v = f.audit->verify();
    CHECK(v.ok);
    CHECK(v.macsChecked);
    CHECK(v.firstKeyedSeq == 1);
    CHECK(v.legacyEntries == 0);
}

TEST_CASE("an audit log rewritten with every hash recomputed passes the chain but not its MACs")
{
    SecurityFixture f;
    writeEntries(f, 4); // seq 1..6
    rewriteWithRecomputedChain(f, 4);

    // Without the audit key only the chain can be checked, and it is whole again.
    AuditLog keyless(f.db(), &f.clock);
    const AuditLog::Verification chainOnly = keyless.verify();
    CHECK(chainOnly.ok);
    CHECK_FALSE(chainOnly.macsChecked);

    // With it, the first rewritten entry is found.
    const AuditLog::Verification v = f.audit->verify();
    CHECK_FALSE(v.ok);
    CHECK(v.code == QLatin1String(AuditCode::kMacMismatch));
    CHECK(v.firstBrokenSeq == 4);
    const AuditVerifier::Report report =
        AuditVerifier::check(*f.audit, AuditVerifier::AnchorReading{}, {});
    CHECK(report.code == QLatin1String(AuditCode::kMacMismatch));
}

TEST_CASE("without the audit key nothing is appended to a keyed log")
{
    SecurityFixture f;
    writeEntries(f, 1);
    AuditLog keyless(f.db(), &f.clock);
    RoutiqError error;
    CHECK_FALSE(keyless.record(f.admin(), AuditAction::ExportedAggregates, {}, {}, &error));
    CHECK(error.code == QStringLiteral("AUDIT_KEY_MISSING"));
    CHECK(f.audit->head().seq == 3);
    CHECK(f.audit->verify().ok);
}

TEST_CASE("entries cut off the end contradict the log's own head record, which later appends "
          "leave alone")
{
    SecurityFixture f;
    writeEntries(f, 4); // seq 1..6
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 5"));
    AuditLog::Verification v = f.audit->verify();
    CHECK(v.code == QLatin1String(AuditCode::kTailCut));
    CHECK(v.firstBrokenSeq == 5);

    // New entries over the cut (seq 5, 6 again) do not move the record, so the cut stays found.
    writeEntries(f, 2);
    CHECK(f.scalar(QStringLiteral("SELECT seq FROM audit_head")) == 6);
    v = f.audit->verify();
    CHECK_FALSE(v.ok);
    CHECK(v.firstBrokenSeq == 6);

    SECTION("deleting the head record too is found as well")
    {
        f.exec(QStringLiteral("DELETE FROM audit_head"));
        CHECK(f.audit->verify().code == QLatin1String(AuditCode::kTailCut));
    }
}

TEST_CASE("legacy unkeyed entries from before the migration pass, reported as legacy, and the "
          "legacy anchor is upgraded")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = AppDatabase::defaultFilePath(dir.path());
    const DatabaseKey key = DatabaseKey::generate();
    ManualClock clock;
    // An app database as the previous release left it: every step before the keyed trail
    // (found by its description, so steps added after it do not move the cut).
    const QList<Migration> all = AppSchema::migrations();
    const auto keyedStep = std::find_if(all.cbegin(), all.cend(), [](const Migration &m) {
        return m.description.contains(QLatin1String("keyed audit trail"));
    });
    REQUIRE(keyedStep != all.cend());
    const SchemaMigrator previousRelease(QStringLiteral("app database"),
                                         all.mid(0, int(keyedStep - all.cbegin())));
    QList<AuditLog::Head> legacyHeads;
    {
        OpenedDatabase old = DatabaseFile::openForWriting(path, key, previousRelease,
                                                          DatabaseFile::Unreadable::Refuse);
        REQUIRE(old.connection);
        QSqlQuery q(old.connection->database());
        QByteArray previous = AuditEntry::genesisHash();
        for (qint64 seq = 1; seq <= 3; ++seq) {
            AuditEntry e;
            e.seq = seq;
            e.atUtc = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seq, Qt::UTC);
            e.userName = QStringLiteral("boss");
            e.action = QStringLiteral("login.ok");
            e.hash = AuditEntry::chainHash(previous, e);
            q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, NULL, ?, ?, '', '', ?)"));
            q.addBindValue(e.seq);
            q.addBindValue(e.atUtc.toMSecsSinceEpoch());
            q.addBindValue(e.userName);
            q.addBindValue(e.action);
            q.addBindValue(QString::fromLatin1(e.hash));
            REQUIRE(q.exec());
            previous = e.hash;
        }
        legacyHeads.append({3, previous});
    }
    // ...and its version-1 anchor, without a MAC.
    QFile legacyAnchor(QDir(dir.path()).filePath(QLatin1String(AuditAnchor::kFileName)));
    REQUIRE(legacyAnchor.open(QIODevice::WriteOnly));
    legacyAnchor.write(QStringLiteral("{\"seq\": 3, \"hash\": \"%1\"}")
                           .arg(QString::fromLatin1(legacyHeads.front().hash))
                           .toUtf8());
    legacyAnchor.close();

    // This release opens it (the migration adds the MAC column) and appends keyed entries.
    RoutiqError error;
    auto app = AppDatabase::open(path, key, AppSchema::migrator(), &error);
    REQUIRE(app);
    AuditLog log(app->database(), &clock);
    log.setMacKey(AuditKey::load(app->database()));
    const AuditAnchor anchor(dir.path(), log.macKey());
    CHECK(readAnchor(anchor).saved->legacy);
    log.setAnchor(&anchor);
    REQUIRE(log.recordAs(std::nullopt, QStringLiteral("boss"), AuditAction::LoginSucceeded));
    REQUIRE(log.recordAs(std::nullopt, QStringLiteral("boss"), AuditAction::SignedOut));

    const AuditLog::Verification v = log.verify();
    CHECK(v.ok);
    CHECK(v.legacyEntries == 3);
    CHECK(v.firstKeyedSeq == 4);
    const AuditVerifier::Report report =
        AuditVerifier::check(log, readAnchor(anchor), counterAt(log, 5));
    INFO(report.message.toStdString());
    CHECK(report.ok);
    CHECK(report.notes.join(QLatin1Char('|'))
              .contains(QStringLiteral("3 unkeyed legacy entries before seq 4")));
    // The first keyed append moved the anchor on and gave it a MAC.
    REQUIRE(readAnchor(anchor).saved);
    CHECK_FALSE(readAnchor(anchor).saved->legacy);
    CHECK(readAnchor(anchor).saved->head.seq == 5);

    SECTION("a legacy entry edited is still found by the chain")
    {
        QSqlQuery q(app->database());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 2")));
        CHECK(log.verify().code == QLatin1String(AuditCode::kChainBroken));
    }
    SECTION("an anchor without a MAC naming a keyed entry is refused")
    {
        REQUIRE(legacyAnchor.open(QIODevice::WriteOnly));
        legacyAnchor.write(QStringLiteral("{\"seq\": 5, \"hash\": \"%1\"}")
                               .arg(QString::fromLatin1(*log.hashAt(5)))
                               .toUtf8());
        legacyAnchor.close();
        CHECK(AuditVerifier::check(log, readAnchor(anchor), {}).code ==
              QLatin1String(AuditCode::kAnchorMacInvalid));
        CHECK_FALSE(anchor.update(log, &error)); // kept as the evidence
    }
}

TEST_CASE("the audit verifier gives each finding its own code")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path(), f.auditKey);
    f.audit->setAnchor(&anchor);
    REQUIRE(anchor.createForNewLog(*f.audit));
    writeEntries(f, 3); // seq 1..5
    AuditCounter::Reading counter = counterAt(*f.audit, 5);

    auto check = [&] {
        return AuditVerifier::check(*f.audit, readAnchor(anchor), counter);
    };
    REQUIRE(check().ok);
    CHECK(check()
              .notes.join(QLatin1Char('|'))
              .contains(QStringLiteral("entry 5 matches the keychain's counter")));

    SECTION("anchor missing")
    {
        REQUIRE(QFile::remove(anchor.filePath()));
        CHECK(check().code == QLatin1String(AuditCode::kAnchorMissing));
    }
    SECTION("anchor not an anchor")
    {
        QFile file(anchor.filePath());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        CHECK(check().code == QLatin1String(AuditCode::kAnchorMacInvalid));
    }
    SECTION("the keychain counter names an entry the log does not reach")
    {
        counter.head = {9, QByteArray(64, 'a')};
        CHECK(check().code == QLatin1String(AuditCode::kRollbackDetected));
    }
    SECTION("the keychain counter names an entry the log holds with another hash")
    {
        counter.head = {3, QByteArray(64, 'a')};
        CHECK(check().code == QLatin1String(AuditCode::kRollbackDetected));
    }
    SECTION("the keychain counter fails its MAC")
    {
        counter.state = AuditCounter::State::Invalid;
        CHECK(check().code == QLatin1String(AuditCode::kAnchorMacInvalid));
    }
    SECTION("no keychain counter is a warning only")
    {
        counter.state = AuditCounter::State::Missing;
        CHECK(check().ok);
        CHECK_FALSE(check().warnings.isEmpty());
    }
    SECTION("a counter behind the anchor (a write lost at exit) is fine")
    {
        counter = counterAt(*f.audit, 2);
        CHECK(check().ok);
    }
}

TEST_CASE("restoring an older copy of the app database is a rollback, whether or not its old "
          "anchor comes with it")
{
    SecurityFixture f;
    QTemporaryDir dir;
    const AuditAnchor anchor(dir.path(), f.auditKey);
    f.audit->setAnchor(&anchor);
    REQUIRE(anchor.createForNewLog(*f.audit));
    writeEntries(f, 2); // seq 1..4
    const AuditLog::Head older = f.audit->head();
    const AuditVerifier::AnchorReading olderAnchor = readAnchor(anchor);
    writeEntries(f, 3); // seq 5..7
    const AuditCounter::Reading counter = counterAt(*f.audit, 7);

    // The older copy, as the log would read it: entries 5..7 never existed, its own head
    // record says 4. Simulated here by a log that ends there, record and all.
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 4"));
    f.exec(QStringLiteral("UPDATE audit_head SET seq = %1, hash = '%2', mac = '%3'")
               .arg(older.seq)
               .arg(QString::fromLatin1(older.hash))
               .arg(QString::fromLatin1(AuditLog::headMac(f.auditKey, "head", older))));
    REQUIRE(f.audit->verify().ok); // consistent in itself

    // The current anchor beside it says 7.
    CHECK(AuditVerifier::check(*f.audit, readAnchor(anchor), counter).code ==
          QLatin1String(AuditCode::kRollbackDetected));
    // Its own old anchor restored with it agrees, but the keychain still says 7.
    const AuditVerifier::Report both = AuditVerifier::check(*f.audit, olderAnchor, counter);
    CHECK(both.code == QLatin1String(AuditCode::kRollbackDetected));
    CHECK(both.message.contains(QStringLiteral("keychain")));
}

TEST_CASE("the keychain audit counter follows the log forward only and is MACed")
{
    SecurityFixture f;
    KeychainSecretStore store(QStringLiteral("Routiq-test-audit-%1")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    AuditCounter counter(&store, f.audit.get(), f.auditKey);
    f.audit->setCounter(&counter);
    auto read = [&] {
        std::optional<AuditCounter::Reading> got;
        counter.read([&](const AuditCounter::Reading &r) { got = r; });
        REQUIRE(QTest::qWaitFor([&] { return got.has_value(); }, 20000));
        return *got;
    };
    auto settle = [&] {
        bool done = false;
        counter.whenSettled([&] { done = true; });
        REQUIRE(QTest::qWaitFor([&] { return done; }, 20000));
    };
    CHECK(read().state == AuditCounter::State::Missing);
    writeEntries(f, 2); // seq 1..4, each append moves it
    settle();
    AuditCounter::Reading r = read();
    REQUIRE(r.state == AuditCounter::State::Valid);
    CHECK(r.head.seq == 4);
    CHECK(r.head.hash == f.audit->head().hash);

    // A log on another chain (an older or another copy) does not move it back.
    f.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    f.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 2"));
    counter.update();
    settle();
    CHECK(read().head.seq == 4);
    writeEntries(f, 3); // seq 3..5 again, other hashes
    settle();
    CHECK(read().head.seq == 4);

    // Read under another key it fails its MAC.
    AuditCounter foreign(&store, f.audit.get(), QByteArray(32, 'k'));
    std::optional<AuditCounter::Reading> got;
    foreign.read([&](const AuditCounter::Reading &reading) { got = reading; });
    REQUIRE(QTest::qWaitFor([&] { return got.has_value(); }, 20000));
    CHECK(got->state == AuditCounter::State::Invalid);

    // The admin's re-anchor writes it whatever it said.
    std::optional<RoutiqError> resetDone;
    counter.reset([&](const RoutiqError &e) { resetDone = e; });
    REQUIRE(QTest::qWaitFor([&] { return resetDone.has_value(); }, 20000));
    CHECK(resetDone->isNull());
    CHECK(read().head.seq == 5);
    bool removed = false;
    store.remove(QLatin1String(AuditCounter::kEntryName),
                 [&](const RoutiqError &) { removed = true; });
    REQUIRE(QTest::qWaitFor([&] { return removed; }, 20000));
}
