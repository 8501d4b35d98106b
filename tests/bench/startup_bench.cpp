// Startup of the real app (issue 17): builds a data folder with one account and one clinic
// whose encrypted cache holds the metrics_bench clinic (tests/bench/benchclinic.*), once per
// size (kept under --work-dir for the next run), then starts `routiq` offscreen on it --runs
// times with --startup-timings and --benchmark-sign-in (the password through a pipe, D23) and
// prints the median and max of process start -> main window shown -> first KPI figures painted
// -> full index ready, the app's peak RSS, and a reference measured in the same run: a bare
// SELECT count(*) over the appointments through the same driver. Figures:
// docs/metrics-benchmark.md "Startup of the real app".
#include "benchclinic.h"

#include "core/clock.h"
#include "secrets/keyvault.h"
#include "security/accountservice.h"
#include "security/auditlog.h"
#include "session/appcontext.h"
#include "session/folderkeys.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storage/sqlciphersupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include <time.h>

using namespace routiq;
using routiq::bench::BenchClinic;

namespace {

const QString username = QStringLiteral("bench-manager");
// A throw-away account of a throw-away folder the bench creates itself.
const QString password = QStringLiteral("startup bench password, not a secret");
const QString clinicId = QStringLiteral("bench");

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::unique_ptr<AppContext> openContext(const QString &dir, const QString &keyFile)
{
    std::unique_ptr<AppContext> context;
    QEventLoop loop;
    AppContext::open({dir, keyFile}, [&](std::unique_ptr<AppContext> c, const RoutiqError &e) {
        if (!c)
            std::fprintf(stderr, "startup_bench: open: %s\n", qPrintable(e.message));
        context = std::move(c);
        loop.quit();
    });
    loop.exec();
    return context;
}

// The folder: an admin account (interactive Argon2id cost, as the app), one Cliniko connection
// that cannot reach its PMS (a laptop offline), and its cache written page by page.
bool buildFolder(const QString &dir, const QString &keyFile, qint64 appointments)
{
    QDir().mkpath(dir);
    QFile key(keyFile);
    if (!key.open(QIODevice::WriteOnly) ||
        !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    key.write(DatabaseKey::generate().toHex().toLatin1());
    key.close();
    auto context = openContext(dir, keyFile);
    if (!context)
        return false;
    SystemClock clock;
    RoutiqError error;
    const PasswordHasher::Cost cost = PasswordHasher::Cost::interactive();
    FolderKeys keys(context.get(), &clock, cost);
    PasswordHasher hasher(cost);
    if (!keys.createFolder(username, password, &error))
        return false;
    AuditLog audit(context->appDatabase().database(), &clock);
    AccountService accounts(context->appDatabase().database(), &clock, &hasher, &audit);
    if (!accounts.createFirstAdmin(username, password, &error))
        return false;
    ClinicConnection c;
    c.id = clinicId;
    c.name = QStringLiteral("Startup bench");
    c.pmsKind = PmsKind::Cliniko;
    c.baseUrlOverride = QStringLiteral("http://127.0.0.1:9");
    c.timeZoneOverride = QStringLiteral("Australia/Sydney");
    c.contactEmail = QStringLiteral("bench@routiq.invalid");
    c.createdAt = QDateTime::currentDateTimeUtc();
    if (!context->appDatabase().addClinicConnection(c, &error)) {
        std::fprintf(stderr, "startup_bench: %s\n", qPrintable(error.message));
        return false;
    }
    bool ok = false;
    QEventLoop loop;
    context->vault().setApiKey(clinicId, QStringLiteral("bench-key"), [&](const RoutiqError &e) {
        if (!e.isNull()) {
            loop.quit();
            return;
        }
        context->vault().databaseKey(clinicId, [&](const DatabaseKey &k, const RoutiqError &e2) {
            if (e2.isNull()) {
                BenchClinic::Options options;
                options.appointments = appointments;
                options.patients = std::max<qint64>(1, appointments * 6 / 100);
                BenchClinic clinic(options);
                ok = BenchClinic::writeCache(context->clinicDatabasePath(clinicId), k, clinic.all(),
                                             20000);
            }
            loop.quit();
        });
    });
    loop.exec();
    return ok;
}

// The reference of this run: a bare count(*) through the same driver, median of five.
double referenceMs(const QString &dir, const QString &keyFile)
{
    auto context = openContext(dir, keyFile);
    if (!context)
        return -1;
    SystemClock clock;
    FolderKeys keys(context.get(), &clock, PasswordHasher::Cost::interactive());
    RoutiqError error;
    const FolderKeys::Unwrapped unwrapped = keys.unlockWithPassword(username, password);
    if (!unwrapped.ok() || !context->unlock(unwrapped.key, &error))
        return -1;
    DatabaseKey key;
    QEventLoop loop;
    context->vault().databaseKey(clinicId, [&](const DatabaseKey &k, const RoutiqError &) {
        key = k;
        loop.quit();
    });
    loop.exec();
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto reader =
            ClinicDatabaseReader::open(context->clinicDatabasePath(clinicId), key, &error);
        if (!reader)
            return -1;
        QSqlQuery q(QSqlDatabase::database(reader->connectionName(), false));
        q.exec(QStringLiteral("SELECT count(*) FROM appointments"));
        q.next();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// One start: the moments the app wrote, in ms after the bench started the process.
std::map<QString, double> startOnce(const QString &routiq, const QString &dir,
                                    const QString &keyFile, const QString &timingsFile)
{
    QFile::remove(timingsFile);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    const qint64 spawnNs = monotonicNs();
    process.start(routiq, {QStringLiteral("--data-dir"), dir, QStringLiteral("--master-key-file"),
                           keyFile, QStringLiteral("--startup-timings"), timingsFile,
                           QStringLiteral("--benchmark-sign-in")});
    process.write((username + u'\n' + password + u'\n').toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(180000))
        process.kill();
    std::map<QString, double> moments;
    QFile file(timingsFile);
    if (!file.open(QIODevice::ReadOnly))
        return moments;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        const QString name = QString::fromLatin1(parts[0]);
        moments[name] = name == QLatin1String("vmhwm_kib")
                            ? parts[1].toDouble() / 1024.0
                            : double(parts[1].toLongLong() - spawnNs) / 1e6;
    }
    return moments;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Startup benchmark of the real app"));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("appointments"),
                                   QStringLiteral("Comma-separated cache sizes."),
                                   QStringLiteral("n,m"), QStringLiteral("40000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts per size."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption workDir(
        QStringLiteral("work-dir"), QStringLiteral("Where the folders are kept between runs."),
        QStringLiteral("dir"), QDir::temp().filePath(QStringLiteral("routiq-startup-bench")));
    const QCommandLineOption routiqOption(
        QStringLiteral("routiq"), QStringLiteral("The app binary (default: beside this one)."),
        QStringLiteral("file"));
    parser.addOptions({sizes, runsOption, workDir, routiqOption});
    parser.process(app);
    if (!SqlCipherSupport::ensureDriverAvailable().isNull()) {
        std::printf("startup_bench: no QSQLCIPHER driver\n");
        return 1;
    }
    const QString routiq =
        parser.isSet(routiqOption)
            ? parser.value(routiqOption)
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("routiq"));
    const int runs = std::clamp(parser.value(runsOption).toInt(), 1, 50);
    const QDir work(parser.value(workDir));
    QDir().mkpath(work.path());

    for (const QString &size : parser.value(sizes).split(u',', Qt::SkipEmptyParts)) {
        const qint64 appointments = std::max(1LL, size.toLongLong());
        const QString dir = work.filePath(QStringLiteral("folder-") + size);
        const QString keyFile =
            work.filePath(QStringLiteral("master-") + size + QStringLiteral(".key"));
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("routiq.db")))) {
            QDir(dir).removeRecursively();
            QElapsedTimer t;
            t.start();
            if (!buildFolder(dir, keyFile, appointments)) {
                std::printf("startup_bench: building the %s folder failed\n", qPrintable(size));
                return 1;
            }
            std::printf("folder with %lld appointments built once: %.1f s\n",
                        static_cast<long long>(appointments), double(t.elapsed()) / 1000);
        }
        const double reference = referenceMs(dir, keyFile);
        std::map<QString, std::vector<double>> all;
        for (int i = 0; i < runs; ++i)
            for (const auto &[name, value] :
                 startOnce(routiq, dir, keyFile, work.filePath(QStringLiteral("timings"))))
                all[name].push_back(value);
        std::printf("startup_bench: %lld appointments, %d starts of %s (offscreen)\n",
                    static_cast<long long>(appointments), runs, qPrintable(routiq));
        std::printf("reference: reader open + SELECT count(*)     %9.1f ms median\n", reference);
        const std::pair<const char *, const char *> lines[] = {
            {"main_entered", "process start -> main() entered"},
            {"sign_in_submitted", "  -> sign-in submitted (from the pipe)"},
            {"window_shown", "  -> main window shown (after the unlock)"},
            {"kpi_painted", "  -> first KPI figures painted"},
            {"full_index_ready", "  -> full index ready"},
            {"timeout", "  -> TIMED OUT (120 s)"},
            {"vmhwm_kib", "peak RSS (VmHWM, MB)"}};
        for (const auto &[key, label] : lines) {
            auto it = all.find(QString::fromLatin1(key));
            if (it == all.end())
                continue;
            std::vector<double> &v = it->second;
            std::sort(v.begin(), v.end());
            const double median = v[v.size() / 2];
            std::printf("%-44s %9.1f median, %9.1f max (%zu of %d starts)", label, median, v.back(),
                        v.size(), runs);
            if (reference > 0 && qstrcmp(key, "vmhwm_kib") != 0)
                std::printf("  x%.1f ref.", median / reference);
            std::printf("\n");
        }
    }
    return 0;
}
