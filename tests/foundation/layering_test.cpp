#include "includegraph.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using routiq::test::IncludeGraph;

namespace {

IncludeGraph servicesGraph()
{
    return IncludeGraph::read(QStringLiteral(ROUTIQ_SOURCE_DIR "/services"));
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("the services folders include each other without a cycle")
{
    const IncludeGraph graph = servicesGraph();
    REQUIRE(graph.folders().contains(QStringLiteral("storage")));
    REQUIRE(graph.folders().contains(QStringLiteral("session")));
    // session composes everything: it must be seen including the layers below it.
    REQUIRE(graph.dependencies(QStringLiteral("session")).contains(QStringLiteral("storage")));
    const QStringList cycle = graph.findCycle();
    INFO("cycle: " << cycle.join(QStringLiteral(" -> ")).toStdString());
    if (cycle.size() > 1)
        INFO("first edge: "
             << graph.evidence(cycle.at(0), cycle.at(1)).join(QStringLiteral("; ")).toStdString());
    CHECK(cycle.isEmpty());
}

TEST_CASE("storage includes no header of the layers that use it")
{
    const IncludeGraph graph = servicesGraph();
    for (const char *above : {"pms", "sync", "security", "secrets", "session", "insights", "live",
                              "simulator", "net", "shared"}) {
        const QStringList lines = graph.evidence(QStringLiteral("storage"), QLatin1String(above));
        INFO(above << ": " << lines.join(QStringLiteral("; ")).toStdString());
        CHECK(lines.isEmpty());
    }
}

TEST_CASE("domain and core include only what is below them")
{
    const IncludeGraph graph = servicesGraph();
    CHECK(graph.dependencies(QStringLiteral("core")).isEmpty());
    const QStringList domain = graph.dependencies(QStringLiteral("domain"));
    INFO("domain includes: " << domain.join(QStringLiteral(", ")).toStdString());
    CHECK((domain.isEmpty() || domain == QStringList{QStringLiteral("core")}));
}

TEST_CASE("an include added back between storage and security is found as a cycle")
{
    IncludeGraph graph = servicesGraph();
    REQUIRE(graph.findCycle().isEmpty());
    // security uses storage (its tables live in the app database); storage using security again
    // is the cycle this check exists for.
    REQUIRE(graph.dependencies(QStringLiteral("security")).contains(QStringLiteral("storage")));
    graph.add(QStringLiteral("storage"), QStringLiteral("security"),
              QStringLiteral("storage/appschema.cpp: #include \"security/securityschema.h\""));
    const QStringList cycle = graph.findCycle();
    REQUIRE(cycle.size() >= 3);
    CHECK(cycle.first() == cycle.last());
    CHECK(cycle.contains(QStringLiteral("storage")));
    CHECK(cycle.contains(QStringLiteral("security")));
}

TEST_CASE(
    "the include reader sees quoted folder includes only, not its own folder or system headers")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("storage/a.cpp")),
              "#include \"a.h\"\n#include \"storage/b.h\"\n#include <QString>\n"
              "  #  include \"sync/syncstore.h\"\n#include \"nowhere/x.h\"\n");
    writeFile(dir.filePath(QStringLiteral("sync/syncstore.h")), "#include \"storage/a.h\"\n");
    writeFile(dir.filePath(QStringLiteral("core/clock.h")), "#pragma once\n");
    const IncludeGraph graph = IncludeGraph::read(dir.path());
    CHECK(graph.dependencies(QStringLiteral("storage")) == QStringList{QStringLiteral("sync")});
    CHECK(graph.evidence(QStringLiteral("storage"), QStringLiteral("sync")).size() == 1);
    CHECK(graph.dependencies(QStringLiteral("core")).isEmpty());
    const QStringList cycle = graph.findCycle();
    CHECK(cycle == QStringList{QStringLiteral("storage"), QStringLiteral("sync"),
                               QStringLiteral("storage")});
}
