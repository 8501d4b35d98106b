// `routiq-cli audit verify` against the anchor kept beside the app database (issue 8) and the
// keyed trail (issue 15): entry MACs, the MACed anchor, the keychain counter, re-anchor.
#include "e2etestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "security/auditanchor.h"
#include "session/appcontext.h"
#include "storage/appdatabase.h"
#include "storage/databasefile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;

namespace {

// What someone with the database key and direct SQL access could do to the app database.
void runSql(const QString &dataDir, const QStringList &statements)
{
    const auto app = test::unlockFolder(dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(app);
    QSqlQuery q(app->appDatabase().database());
    for (const QString &sql : statements)
        REQUIRE(q.exec(sql));
}

// Every hash recomputed after an edit, with SHA-256 over the documented canonical form, and the
// head record's hash moved along: the chain is whole again; only the MACs can tell.
void rewriteWithRecomputedChain(const QString &dataDir, qint64 editSeq)
{
    const auto app = test::unlockFolder(dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(app);
    QSqlDatabase db = app->appDatabase().database();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone-else' WHERE seq = %1")
                       .arg(editSeq)));
    REQUIRE(q.exec(QStringLiteral("SELECT seq, at_ms, user_id, user_name, action, object_id,"
                                  " details FROM audit_log ORDER BY seq")));
    auto field = [](const QByteArray &bytes) {
        return QByteArray(QByteArray::number(bytes.size()) + ':' + bytes + ';');
    };
    QList<QPair<qint64, QByteArray>> hashes;
    QByteArray previous(64, '0');
    while (q.next()) {
        QByteArray canonical;
        for (int i = 0; i <= 6; ++i)
            canonical += field(q.value(i).isNull() ? QByteArray() : q.value(i).toString().toUtf8());
        previous =
            QCryptographicHash::hash(QByteArray(previous + canonical), QCryptographicHash::Sha256)
                .toHex();
        hashes.append({q.value(0).toLongLong(), previous});
    }
    q.finish();
    for (const auto &[seq, hash] : hashes)
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = %2")
                           .arg(QString::fromLatin1(hash))
                           .arg(seq)));
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_head SET hash = '%1'")
                       .arg(QString::fromLatin1(hashes.back().second))));
}

// Copies routiq.db and its companions (and the anchor when `withAnchor`) into `to`, or back.
void copyAppDatabase(const QString &from, const QString &to, bool withAnchor)
{
    QDir().mkpath(to);
    for (const QString &name : DatabaseFile::existingFiles(AppDatabase::defaultFilePath(to)))
        REQUIRE(QFile::remove(name));
    const QString source = AppDatabase::defaultFilePath(from);
    const QStringList files = DatabaseFile::existingFiles(source);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &file : files)
        REQUIRE(QFile::copy(file, QDir(to).filePath(QFileInfo(file).fileName())));
    if (withAnchor) {
        const QString anchor = QLatin1String(AuditAnchor::kFileName);
        QFile::remove(QDir(to).filePath(anchor));
        REQUIRE(QFile::copy(QDir(from).filePath(anchor), QDir(to).filePath(anchor)));
    }
}

qint64 anchoredSeq(const QString &dataDir)
{
    QFile f(QDir(dataDir).filePath(QLatin1String(AuditAnchor::kFileName)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("seq")).toInteger();
}

} // namespace

TEST_CASE("routiq-cli audit verify reports entries cut off the end of the log by their seq, "
          "and later logins do not hide it")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    for (int i = 0; i < 3; ++i)
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    const qint64 anchored = anchoredSeq(cli.dataDir);
    REQUIRE(anchored >= 4); // the admin's creation and three logins
    CHECK(out.contains(QStringLiteral("entry %1 matches the anchor").arg(anchored)));

    runSql(cli.dataDir, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                         QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(anchored - 2)});
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    INFO("audit verify said: " << err.toStdString());
    CHECK(test::Cli::errorCode(err) == QStringLiteral("TAIL_CUT"));
    // verify signs in (the log is inside the encrypted database): its own entry is the one
    // after the cut, and the head record names the first verify's sign-in, one past the anchor.
    CHECK(err.contains(QStringLiteral("ends at entry %1").arg(anchored - 1)));
    CHECK(err.contains(QStringLiteral("says %1").arg(anchored + 1)));

    // Two more logins write new entries over the cut; the anchor stays where it was.
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    CHECK(anchoredSeq(cli.dataDir) == anchored);
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    INFO("the second audit verify said: " << err.toStdString());
    // The head record still names the first verify's entry, which the new entries contradict.
    CHECK(err.contains(QStringLiteral("entry %1").arg(anchored + 1)));
}

TEST_CASE("without its anchor file routiq-cli audit verify fails with ANCHOR_MISSING, no later "
          "command writes it again, and an admin's audited re-anchor does")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    const QString anchorFile = QDir(cli.dataDir).filePath(QLatin1String(AuditAnchor::kFileName));
    REQUIRE(QFile::remove(anchorFile));

    QString out, err;
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ANCHOR_MISSING"));
    CHECK(err.contains(QStringLiteral("re-anchor")));
    CHECK_FALSE(QFile::exists(anchorFile)); // verify only reads

    // Logins (successful or not) do not paper over it.
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    test::Cli wrong = cli;
    wrong.passwordFile = cli.writePasswordFile(QStringLiteral("wrong"), QStringLiteral("nope"));
    CHECK(wrong.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 1);
    CHECK_FALSE(QFile::exists(anchorFile));
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ANCHOR_MISSING"));

    // Re-anchoring is for admins, refuses a log that fails on its own, and is audited.
    test::Cli staff = cli;
    staff.passwordFile = cli.addUser(QStringLiteral("sam"), QStringLiteral("staff"));
    REQUIRE_FALSE(staff.passwordFile.isEmpty());
    staff.user = QStringLiteral("sam");
    CHECK(staff.run({QStringLiteral("audit"), QStringLiteral("re-anchor")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(QFile::exists(anchorFile));

    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("re-anchor")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Re-anchored")));
    REQUIRE(QFile::exists(anchorFile));
    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("intact")));
    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("audit.reanchor")));
    CHECK(out.contains(QStringLiteral("anchor_was=missing")));

    // A broken link is found with or without the anchor, and is never re-anchored.
    runSql(cli.dataDir, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                         QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 1")});
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("CHAIN_BROKEN"));
    CHECK(err.contains(QStringLiteral("breaks at entry 1")));
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("re-anchor")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("CHAIN_BROKEN"));
}

TEST_CASE("routiq-cli keeps the audit anchor at the log's last entry after each login")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    const qint64 first = anchoredSeq(cli.dataDir);
    CHECK(first >= 1);
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    CHECK(anchoredSeq(cli.dataDir) == first + 1);
    test::Cli wrong = cli;
    wrong.passwordFile = cli.writePasswordFile(QStringLiteral("wrong"), QStringLiteral("nope"));
    CHECK(wrong.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 1);
    // A failure before the data key is open waits in keyslots.db; the next sign-in copies it
    // into the log (and the anchor follows).
    CHECK(anchoredSeq(cli.dataDir) == first + 1);
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    CHECK(anchoredSeq(cli.dataDir) == first + 3);
}

TEST_CASE("routiq-cli audit verify finds a rewrite whose whole hash chain was recomputed, by "
          "its MACs")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    for (int i = 0; i < 3; ++i)
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("every link and MAC verified")));

    rewriteWithRecomputedChain(cli.dataDir, 2);
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("MAC_MISMATCH"));
    CHECK(err.contains(QStringLiteral("entry 2")));
}

TEST_CASE("an edited audit anchor fails its MAC: ANCHOR_MAC_INVALID")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    for (int i = 0; i < 2; ++i)
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    const qint64 anchored = anchoredSeq(cli.dataDir);
    QFile file(QDir(cli.dataDir).filePath(QLatin1String(AuditAnchor::kFileName)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    json.insert(QStringLiteral("seq"), anchored - 1); // to hide the last entry
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();

    QString out, err;
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ANCHOR_MAC_INVALID"));
    // Later logins keep the edited file as it is.
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    CHECK(anchoredSeq(cli.dataDir) == anchored - 1);
}

TEST_CASE("restoring an older copy of routiq.db is ROLLBACK_DETECTED, with or without its old "
          "anchor")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    const QString backup = dir.filePath(QStringLiteral("backup"));
    copyAppDatabase(cli.dataDir, backup, true);
    for (int i = 0; i < 3; ++i) // after the backup: e.g. a drill-down someone wants forgotten
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("matches the keychain's counter")));

    SECTION("the database alone: its anchor says more")
    {
        copyAppDatabase(backup, cli.dataDir, false);
        CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
        CHECK(test::Cli::errorCode(err) == QStringLiteral("ROLLBACK_DETECTED"));
        CHECK(err.contains(QStringLiteral("anchor")));
    }
    SECTION("the database and its anchor together: the keychain says more")
    {
        copyAppDatabase(backup, cli.dataDir, true);
        CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
        CHECK(test::Cli::errorCode(err) == QStringLiteral("ROLLBACK_DETECTED"));
        CHECK(err.contains(QStringLiteral("keychain")));
        // New logins on the restored copy do not move the keychain back over it.
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
        CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
        CHECK(test::Cli::errorCode(err) == QStringLiteral("ROLLBACK_DETECTED"));
    }
}

TEST_CASE("deleting routiq.db and the anchor does not start the folder over: the admin gets "
          "APP_DATABASE_MISSING and no new first admin is made")
{
    // Issue 15's attack (delete the app database and the anchor, make a new first admin, and
    // audit verify says intact) ends earlier now: key slots are left, so the folder is not new.
    // Removing keyslots.db too makes a new folder with a new folder id and data key, which
    // opens none of the old data (cli_keyslots_e2e_test).
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    for (int i = 0; i < 2; ++i)
        REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    for (const QString &file :
         DatabaseFile::existingFiles(AppDatabase::defaultFilePath(cli.dataDir)))
        REQUIRE(QFile::remove(file));
    REQUIRE(QFile::remove(QDir(cli.dataDir).filePath(QLatin1String(AuditAnchor::kFileName))));

    test::Cli intruder{cli.dataDir};
    CHECK_FALSE(intruder.signInAsNewAdmin(QStringLiteral("x")));
    QString out, err;
    CHECK(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}, &out, &err) != 0);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("APP_DATABASE_MISSING"));
    CHECK_FALSE(QFile::exists(AppDatabase::defaultFilePath(cli.dataDir)));
}
