// `routiq-cli audit verify` against the anchor kept beside the app database (issue 8).
#include "e2etestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "security/auditanchor.h"
#include "session/appcontext.h"
#include "storage/appdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
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
    CHECK(test::Cli::errorCode(err) == QStringLiteral("AUDIT_CHAIN_BROKEN"));
    // verify's own sign-in is the entry after the cut.
    CHECK(err.contains(QStringLiteral("ends at entry %1").arg(anchored - 1)));
    CHECK(err.contains(QStringLiteral("says %1").arg(anchored)));

    // Two more logins write new entries over the cut; the anchor stays where it was.
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    CHECK(anchoredSeq(cli.dataDir) == anchored);
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("entry %1").arg(anchored)));
}

TEST_CASE("without its anchor file routiq-cli audit verify still checks the chain and warns, and "
          "the next login writes the anchor again")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    const QString anchorFile = QDir(cli.dataDir).filePath(QLatin1String(AuditAnchor::kFileName));
    REQUIRE(QFile::remove(anchorFile));

    QString out, err;
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("intact")));
    CHECK(err.contains(QStringLiteral("warning")));
    CHECK(err.contains(QStringLiteral("anchor")));
    CHECK(err.contains(QStringLiteral("missing")));
    CHECK_FALSE(QFile::exists(anchorFile)); // verify only reads

    // A broken link is still found without the anchor.
    runSql(cli.dataDir, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                         QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 1")});
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("AUDIT_CHAIN_BROKEN"));
    CHECK(err.contains(QStringLiteral("breaks at entry 1")));

    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("list")}) == 0);
    CHECK(anchoredSeq(cli.dataDir) > 0);
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
