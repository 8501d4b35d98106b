// Issue 18: the support log file (rotation at its cap, one JSON line per message with its run id,
// scrubbed URLs and secrets, stderr still served) and the zip writer of the diagnostics bundle.
#include "core/filelog.h"
#include "core/logcontext.h"
#include "core/logging.h"
#include "core/logscrubber.h"
#include "core/rotatinglogfile.h"
#include "core/zipwriter.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace routiq;

namespace {

QStringList g_forwarded;
QMutex g_forwardedMutex;

void forwardingTarget(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_forwardedMutex);
    g_forwarded << message;
}

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("the support log rotates at its size cap and keeps only the newest files")
{
    QTemporaryDir dir;
    RotatingLogFile::Options options;
    options.maxFileBytes = 1000;
    options.maxFiles = 3;
    RotatingLogFile log(dir.filePath(QStringLiteral("logs")), options);
    CHECK_FALSE(QDir(log.directory()).exists()); // nothing written, no folder
    for (int i = 0; i < 100; ++i)
        log.append(QByteArray::number(i).rightJustified(99, '.')); // 100 bytes a line
    const QStringList files = log.files();
    REQUIRE(files.size() == 3);
    for (const QString &f : files) {
        INFO(f.toStdString());
        CHECK(QFileInfo(f).size() <= 1000);
        CHECK(QFileInfo(f).size() >= 900); // each file was filled to its cap before rotating
    }
    CHECK_FALSE(QFileInfo::exists(QDir(log.directory()).filePath(RotatingLogFile::fileName(3))));
    CHECK(fileText(files.at(0)).endsWith(QByteArray(QByteArray::number(99) + '\n')));
    // The oldest lines went with the file that fell off the end.
    CHECK_FALSE(fileText(files.at(2)).contains(QByteArray(".0\n")));
    const QList<QByteArray> tail = log.lastLines(15);
    REQUIRE(tail.size() == 15);
    CHECK(tail.first().endsWith(QByteArray(".85")));
    CHECK(tail.last().endsWith(QByteArray(".99")));
}

TEST_CASE("the support log writes one JSON line per message with the thread, clinic and run id, "
          "scrubbed, and still passes every message on to the previous handler")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QtMessageHandler before = qInstallMessageHandler(&forwardingTarget);
    g_forwarded.clear();
    FileLog::install(FileLog::directoryFor(dir.path()), {});
    QThread worker;
    worker.setObjectName(QStringLiteral("sync:north"));
    QString runId;
    QObject context;
    context.moveToThread(&worker);
    worker.start();
    QMetaObject::invokeMethod(
        &context,
        [&runId] {
            runId = LogContext::newRunId();
            LogContext::setRunId(runId);
            qCInfo(lcSync) << "fetch https://api.example.test/v1/patients?q=Zo%C3%AB&page=2 "
                              "Authorization: Basic c2VjcmV0";
            LogContext::setRunId({});
        },
        Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    qCWarning(lcApp) << "from the main thread";
    FileLog::uninstall();
    qInstallMessageHandler(before);

    CHECK(g_forwarded.size() == 2); // stderr (here: the previous handler) saw both, unchanged
    CHECK(g_forwarded.value(0).contains(QStringLiteral("q=Zo%C3%AB")));
    const QList<QByteArray> lines =
        fileText(QDir(FileLog::directoryFor(dir.path())).filePath(RotatingLogFile::fileName(0)))
            .split('\n');
    REQUIRE(lines.size() == 3); // two lines and the final newline
    const QJsonObject sync = QJsonDocument::fromJson(lines.at(0)).object();
    CHECK(sync.value(QStringLiteral("level")).toString() == QStringLiteral("info"));
    CHECK(sync.value(QStringLiteral("category")).toString() == QStringLiteral("routiq.sync"));
    CHECK(sync.value(QStringLiteral("thread")).toString() == QStringLiteral("sync:north"));
    CHECK(sync.value(QStringLiteral("clinic")).toString() == QStringLiteral("north"));
    REQUIRE(runId.size() == 8);
    CHECK(sync.value(QStringLiteral("run")).toString() == runId);
    CHECK(QDateTime::fromString(sync.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
              .isValid());
    const QString message = sync.value(QStringLiteral("message")).toString();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("https://api.example.test/v1/patients?q=…&page=…")));
    CHECK_FALSE(message.contains(QStringLiteral("Zo%C3%AB")));
    CHECK_FALSE(message.contains(QStringLiteral("c2VjcmV0")));
    const QJsonObject main = QJsonDocument::fromJson(lines.at(1)).object();
    CHECK(main.value(QStringLiteral("level")).toString() == QStringLiteral("warning"));
    CHECK(main.value(QStringLiteral("thread")).toString() == QStringLiteral("main"));
    CHECK_FALSE(main.contains(QStringLiteral("run")));
    CHECK_FALSE(main.contains(QStringLiteral("clinic")));
}

TEST_CASE("the log scrubber keeps parameter names and drops their values and secrets")
{
    CHECK(LogScrubber::scrub(QStringLiteral("GET http://127.0.0.1:8080/a/b?x=1&y=two done")) ==
          QStringLiteral("GET http://127.0.0.1:8080/a/b?x=…&y=… done"));
    CHECK(LogScrubber::scrub(QStringLiteral("no url here")) == QStringLiteral("no url here"));
    CHECK_FALSE(LogScrubber::scrub(QStringLiteral("api_key=abc123def")).contains(u"abc123def"));
    CHECK_FALSE(LogScrubber::scrub(QStringLiteral("Bearer eyJhbGciOi")).contains(u"eyJhbGciOi"));
}

TEST_CASE("the zip writer's archives are read back by unzip, stored and deflated alike")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    const QByteArray small("hello");
    QByteArray big;
    for (int i = 0; i < 2000; ++i)
        big += QByteArray("line " + QByteArray::number(i) + " of a compressible text\n");
    ZipWriter zip(path);
    REQUIRE(zip.open());
    REQUIRE(zip.add(QStringLiteral("a.txt"), small));
    REQUIRE(zip.add(QStringLiteral("dir/b.jsonl"), big));
    REQUIRE(zip.add(QStringLiteral("empty"), {}));
    REQUIRE(zip.close());
    CHECK(QFileInfo(path).size() < big.size() / 2);      // deflate did compress
    CHECK(ZipWriter::crc32("123456789") == 0xCBF43926u); // the CRC-32 check value

    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    REQUIRE(test.waitForFinished(30000));
    INFO(test.readAllStandardOutput().toStdString());
    CHECK(test.exitCode() == 0);
    for (const auto &[name, content] :
         {std::pair{QStringLiteral("a.txt"), small}, std::pair{QStringLiteral("dir/b.jsonl"), big},
          std::pair{QStringLiteral("empty"), QByteArray()}}) {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        REQUIRE(p.waitForFinished(30000));
        CHECK(p.exitCode() == 0);
        CHECK(p.readAllStandardOutput() == content);
    }
}
