#include "testapp.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QString binary(const char *name)
{
    return QStringLiteral(ROUTIQ_TEST_BIN_DIR "/") + QLatin1String(name);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const char *name, const QStringList &args)
{
    QProcess p;
    p.start(binary(name), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("routiq-cli --version prints the project version")
{
    routiq::test::ensureCoreApp();
    const Run r = run("routiq-cli", {QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("routiq-cli " ROUTIQ_TEST_VERSION));
}

TEST_CASE("routiq-cli --help lists every command")
{
    routiq::test::ensureCoreApp();
    const Run r = run("routiq-cli", {QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char *cmd : {"clinic add", "sync --clinic", "metrics --clinic", "user add",
                            "audit verify", "diagnostics --out"})
        CHECK(r.out.contains(QLatin1String(cmd)));
}

TEST_CASE("routiq-cli rejects an unknown command with a non-zero exit and a hint")
{
    routiq::test::ensureCoreApp();
    const Run r = run("routiq-cli", {QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unknown command")));
    CHECK(r.err.contains(QStringLiteral("--help")));
}

namespace {

QString linkedLibraries(const char *program)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {binary(program)});
    REQUIRE(ldd.waitForFinished(30000));
    return QString::fromUtf8(ldd.readAllStandardOutput());
}

} // namespace

TEST_CASE("routiq-cli does not load Qt Widgets, Qt Gui or Qt HttpServer and carries no simulator")
{
    routiq::test::ensureCoreApp();
    const QString libs = linkedLibraries("routiq-cli");
    REQUIRE(libs.contains(QStringLiteral("libQt6Core")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6Widgets")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6Gui")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6Charts")));
    // `serve` lives in routiq-serve, which routiq-cli hands the command to.
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6HttpServer")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6WebSockets")));
    // The simulators live in routiq_simulator, which neither links: their class names (moc's
    // metadata) are not in the binaries.
    const auto contents = [](const char *program) {
        QFile file(binary(program));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    CHECK_FALSE(contents("routiq-cli").contains("ClinikoSimulator"));
    CHECK_FALSE(contents("routiq-serve").contains("ClinikoSimulator"));
    // The same checks see what is linked where it is: HttpServer in routiq-serve and in the
    // simulator executable, the simulator's classes in the latter.
    CHECK(linkedLibraries("routiq-serve").contains(QStringLiteral("libQt6HttpServer")));
    CHECK(linkedLibraries("routiq-simulator").contains(QStringLiteral("libQt6HttpServer")));
    CHECK(contents("routiq-simulator").contains("ClinikoSimulator"));
}

TEST_CASE("routiq --screenshot writes a PNG of the main window and exits")
{
    routiq::test::ensureCoreApp();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const Run r = run("routiq", {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(png));
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    CHECK(image.height() >= 500);
}
