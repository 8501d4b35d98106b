// `routiq-cli user passwd` (issue 14): the acting user changes their own password, which is what
// a user whose password an admin reset must do before any other command works; the key slot
// follows, so only the new password opens the folder.
#include "keyslotstestsupport.h"
#include "testapp.h"

#include <catch2/catch.hpp>

using namespace routiq;
using namespace routiq::test;

TEST_CASE("after an admin's reset a user is refused everything until 'user passwd' sets their "
          "own password, which then opens the folder and the old one does not")
{
    ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    const QString samPassword =
        folder.cli.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {kNorth});
    REQUIRE_FALSE(samPassword.isEmpty());
    QString out, err;

    Cli admin = folder.cli;
    admin.newPasswordFile =
        admin.writePasswordFile(QStringLiteral("sam-temp"), QStringLiteral("a temporary one"));
    REQUIRE(admin.run({QStringLiteral("user"), QStringLiteral("set-password"),
                       QStringLiteral("--name"), QStringLiteral("sam")}) == 0);

    Cli sam{folder.cli.dataDir};
    sam.user = QStringLiteral("sam");
    sam.passwordFile = admin.newPasswordFile;
    CHECK(sam.run(metricsArgs(), &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("ACCESS_DENIED")));
    CHECK(err.contains(QStringLiteral("user passwd")));

    sam.newPasswordFile =
        sam.writePasswordFile(QStringLiteral("sam-own"), QStringLiteral("sam's own password"));
    REQUIRE(sam.run({QStringLiteral("user"), QStringLiteral("passwd")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("new password")));
    CHECK(sam.run(metricsArgs(), &out, &err) == 1); // the temporary password is gone
    sam.passwordFile = sam.newPasswordFile;
    CHECK(sam.run(metricsArgs(), &out, &err) == 0);

    // Too short for the policy: refused, nothing changed.
    sam.newPasswordFile =
        sam.writePasswordFile(QStringLiteral("sam-short"), QStringLiteral("short"));
    CHECK(sam.run({QStringLiteral("user"), QStringLiteral("passwd")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("WEAK_PASSWORD")));
    CHECK(sam.run(metricsArgs(), &out, &err) == 0);
}
