// Issue 8, logging hygiene: patient names never reach a log line or an error message, through
// a full sync, live changes, a drill-down list and PMS failures, in the app's stack and in
// routiq-cli. Issue 18: nor the support log file (logs/routiq.jsonl), which carries the sync
// run ids the errors name, nor the diagnostics bundle, which does carry the sync state.
#include "e2etestsupport.h"
#include "securityfixture.h"
#include "testapp.h"

#include "core/clock.h"
#include "security/auditedaccess.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace routiq;

namespace {

// Unusual names: quotes, diacritics, SQL, format placeholders, markup, CJK.
const QList<QPair<QString, QString>> &seededNames()
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("Zoë"), QStringLiteral("O'Brien-Ñúñez")},
        {QStringLiteral("Robert'); DROP TABLE patients;--"), QStringLiteral("Tablesworth")},
        {QStringLiteral("田中"), QStringLiteral("太郎")},
        {QStringLiteral("Ørjan \"Hammer\""), QStringLiteral("Åkesson")},
        {QStringLiteral("Perc%1ent"), QStringLiteral("Form%sat")},
        {QStringLiteral("<b>Bold</b>"), QStringLiteral("Markupova")},
    };
    return names;
}

// Every name part, and the "First Last" the drill-down shows.
QStringList forbiddenText()
{
    QStringList text;
    for (const auto &[first, last] : seededNames())
        text << first << last << first + QLatin1Char(' ') + last;
    return text;
}

// Every patient gets a seeded name, and some appointments notes that mention one.
SimulatedClinic seededClinic()
{
    SimulatedClinic clinic = test::smallClinic(30, 300);
    const auto &names = seededNames();
    for (int i = 0; i < clinic.patients.size(); ++i) {
        clinic.patients[i].firstName = names.at(i % names.size()).first;
        clinic.patients[i].lastName = names.at(i % names.size()).second;
    }
    for (int i = 0; i < clinic.appointments.size(); i += 7)
        clinic.appointments[i].notes = QStringLiteral("Called ") + names.at(i % names.size()).first;
    return clinic;
}

// Captures every message from every thread while alive, with all categories at debug level.
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (!s_self)
            return;
        QMutexLocker lock(&s_self->m_mutex);
        s_self->m_lines << QString::fromUtf8(context.category ? context.category : "") +
                               QStringLiteral(": ") + message;
    }

    static inline LogCapture *s_self = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

// The first name found in `text`, or an empty string.
QString leakIn(const QString &text)
{
    for (const QString &name : forbiddenText())
        if (text.contains(name))
            return name;
    return {};
}

void checkErrors(const QList<RoutiqError> &errors)
{
    for (const RoutiqError &e : errors) {
        INFO("error " << e.code.toStdString() << ": " << e.message.toStdString() << " / "
                      << e.details.toStdString());
        CHECK(leakIn(e.code + e.message + e.details).isEmpty());
    }
}

void checkLogs(const LogCapture &capture)
{
    const QStringList lines = capture.lines();
    for (const QString &line : lines) {
        const QString leak = leakIn(line);
        INFO("log line: " << line.toStdString());
        CHECK(leak.isEmpty());
    }
}

ClinicConnection connectionFor(const ClinikoSimulator &sim)
{
    ClinicConnection c;
    c.id = QStringLiteral("hygiene");
    c.name = QStringLiteral("Hygiene clinic");
    c.pmsKind = PmsKind::Cliniko;
    c.baseUrlOverride = sim.baseUrl().toString();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    return c;
}

// Every error a session reports, in any of its error signals.
struct ErrorSink
{
    QList<RoutiqError> errors;

    void watch(ClinicSession *session)
    {
        auto add = [this](const RoutiqError &e) {
            errors << e;
        };
        QObject::connect(session, &ClinicSession::failed, session, add);
        QObject::connect(session, &ClinicSession::notice, session, add);
        QObject::connect(session, &ClinicSession::requestFailed, session, add);
        QObject::connect(session, &ClinicSession::appointmentListFailed, session,
                         [add](quint64, const RoutiqError &e) { add(e); });
    }
};

// From the first patients page the simulator served on, every request misbehaves this way: the
// failing answers (a truncated page cut through patient rows among them) carry names.
QMetaObject::Connection faultAfterFirstPatientsPage(ClinikoSimulator &sim,
                                                    SimulatorFault::Kind kind)
{
    auto armed = std::make_shared<bool>(true);
    return QObject::connect(&sim, &ClinikoSimulator::requestServed, &sim,
                            [&sim, kind, armed](const QString &path, int status) {
                                if (*armed && status == 200 &&
                                    path.endsWith(QLatin1String("/patients"))) {
                                    *armed = false;
                                    sim.injectFault(kind, 1000);
                                }
                            });
}

template <typename Pred>
bool waitFor(QSignalSpy &spy, Pred pred, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    while (timer.elapsed() < timeoutMs) {
        for (; seen < spy.count(); ++seen)
            if (pred(spy.at(seen)))
                return true;
        spy.wait(qMax<int>(1, int(timeoutMs - timer.elapsed())));
    }
    return false;
}

} // namespace

TEST_CASE("seeded patient names appear in no log line and no error through a full sync, live "
          "changes, a drill-down list and PMS failures")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(seededClinic());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    const LogCapture capture;
    ErrorSink sink;
    // The drill-down goes through the app's guard, so its audit entries are checked too.
    test::SecurityFixture security;
    const AuditedAccess guard(&security.accounts->policy(), security.audit.get());
    ActingUser reader = security.admin();
    reader.role = Role::ReadOnly;
    reader.clinics = {QStringLiteral("hygiene")};
    QTemporaryDir dir;
    const DatabaseKey key = DatabaseKey::generate();
    SystemClock clock;
    const ClinicConnection connection = connectionFor(sim);
    auto makeSession = [&](const QString &file, SyncEngine::Options options) {
        auto session = std::make_unique<ClinicSession>(
            connection, dir.filePath(file), key,
            PmsAdapterFactory::forConnection(connection, sim.apiKey(), &clock), &clock, options);
        sink.watch(session.get());
        session->setAccessGuard(&guard);
        return session;
    };

    // A full backfill, then live changes that touch seeded patients and notes.
    auto session = makeSession(QStringLiteral("live.db"), SyncEngine::Options{});
    QSignalSpy passes(session.get(), &ClinicSession::passCompleted);
    QSignalSpy commits(session.get(), &ClinicSession::changesCommitted);
    session->start();
    REQUIRE(waitFor(
        passes, [](const QList<QVariant> &a) { return a.at(1).toBool(); }, 120000));
    const SimAppointment model = sim.clinic().appointments.last();
    const RecordId added =
        sim.addAppointment(model.patientId, model.practitionerId, model.businessId,
                           model.appointmentTypeId, QDateTime::currentDateTimeUtc().addSecs(3600));
    REQUIRE(added != 0);
    REQUIRE(sim.editAppointmentNotes(added, QStringLiteral("Zoë O'Brien-Ñúñez rang back")));
    REQUIRE(sim.cancelAppointment(model.id, 50, QStringLiteral("田中 太郎 is unwell")));
    REQUIRE(sim.archivePatient(sim.clinic().patients.at(1).id));
    session->pollNow();
    REQUIRE(waitFor(
        commits,
        [added](const QList<QVariant> &a) {
            return a.at(0).value<ChangeSet>().upsertedAppointmentIds.contains(added);
        },
        30000));

    // The drill-down list does carry the names (so they went through the whole stack).
    QSignalSpy lists(session.get(), &ClinicSession::appointmentListReady);
    const QTimeZone zone(sim.clinic().business(model.businessId)->timeZoneId.toUtf8());
    const QDate day = model.startsAt.toTimeZone(zone).date();
    session->requestAppointmentList(security.admin(),
                                    {day.addDays(-3), day.addDays(1), {}, {}, true, true}, 7);
    REQUIRE(lists.wait(30000));
    const auto rows = lists.at(0).at(1).value<QList<AppointmentListRow>>();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(std::any_of(rows.begin(), rows.end(), [](const AppointmentListRow &r) {
        return !leakIn(r.patientName).isEmpty();
    }));
    // Refusals: a read-only user, and a request without a user.
    QSignalSpy refused(session.get(), &ClinicSession::appointmentListFailed);
    session->requestAppointmentList(reader, {day, day, {}, {}, false, true}, 8);
    session->requestAppointmentList({day, day, {}, {}, false, true}, 9);
    REQUIRE(waitFor(
        refused, [](const QList<QVariant> &a) { return a.at(0).toULongLong() == 9; }, 30000));
    session->stop();
    session.reset();

    // PMS failures in the middle of the patients: the error answers, the retries, the failed
    // passes. Each on a fresh cache so the patients pages are really read.
    for (const SimulatorFault::Kind kind :
         {SimulatorFault::Kind::TruncatedJson, SimulatorFault::Kind::MalformedJson,
          SimulatorFault::Kind::HtmlPage, SimulatorFault::Kind::Unauthorized,
          SimulatorFault::Kind::ServerError}) {
        INFO("fault " << int(kind));
        const QMetaObject::Connection hook = faultAfterFirstPatientsPage(sim, kind);
        SyncEngine::Options once;
        once.keepPolling = false;
        auto failing = makeSession(QStringLiteral("fault%1.db").arg(int(kind)), once);
        QSignalSpy finished(failing.get(), &ClinicSession::syncFinished);
        failing->start();
        REQUIRE(finished.wait(120000));
        CHECK_FALSE(finished.at(0).at(0).toBool());
        failing->stop();
        QObject::disconnect(hook);
        sim.clearFaults();
    }

    const QStringList lines = capture.lines();
    INFO(lines.size() << " log lines, " << sink.errors.size() << " errors captured");
    // The capture works across threads and at debug level, and errors did happen.
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &l) {
        return l.startsWith(QLatin1String("routiq.pms: ")) && l.contains(QLatin1String("GET"));
    }));
    CHECK(sink.errors.size() >= 5);
    checkErrors(sink.errors);
    checkLogs(capture);

    RoutiqError error;
    const auto entries = security.audit->list(security.admin(), {}, &error);
    REQUIRE(entries);
    CHECK(std::any_of(entries->begin(), entries->end(), [](const AuditEntry &e) {
        return e.action == QLatin1String("patient_level.view");
    }));
    for (const AuditEntry &e : *entries) {
        INFO("audit entry " << e.action.toStdString() << " " << e.details.toStdString());
        CHECK(leakIn(e.userName + e.objectId + e.details).isEmpty());
    }
}

TEST_CASE("routiq-cli sync and metrics print no patient name, also when the PMS fails")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(seededClinic());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    QFile key(dir.filePath(QStringLiteral("key.txt")));
    REQUIRE(key.open(QIODevice::WriteOnly));
    key.write(sim.apiKey().toUtf8());
    key.close();
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    QStringList output;
    auto run = [&](const QStringList &args) {
        QString out, err;
        const int code = cli.run(args, &out, &err);
        output << out << err;
        return code;
    };
    for (const char *id : {"good", "bad"})
        REQUIRE(run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"),
                     QLatin1String(id), QStringLiteral("--name"), QLatin1String(id),
                     QStringLiteral("--pms"), QStringLiteral("cliniko"),
                     QStringLiteral("--api-key-file"), key.fileName(), QStringLiteral("--base-url"),
                     sim.baseUrl().toString(), QStringLiteral("--contact-email"),
                     QStringLiteral("t@routiq.invalid")}) == 0);
    REQUIRE(run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("good")}) == 0);
    REQUIRE(run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("good"),
                 QStringLiteral("--format"), QStringLiteral("table")}) == 0);

    const QMetaObject::Connection hook =
        faultAfterFirstPatientsPage(sim, SimulatorFault::Kind::TruncatedJson);
    CHECK(run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("bad")}) != 0);
    QObject::disconnect(hook);
    CHECK(test::Cli::errorCode(output.last()).startsWith(QStringLiteral("CLINIKO_")));

    for (const QString &text : output) {
        INFO(text.toStdString());
        CHECK(leakIn(text).isEmpty());
    }

    // The support log: every line JSON with the fields a support person filters on, no seeded
    // name, no API key; the failed sync's "reference" is the run id of its lines.
    QFile log(QDir(cli.dataDir).filePath(QStringLiteral("logs/routiq.jsonl")));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    CHECK_FALSE(logText.contains(sim.apiKey().toUtf8()));
    QSet<QString> runs;
    int lines = 0;
    for (const QByteArray &line : logText.split('\n')) {
        if (line.isEmpty())
            continue;
        ++lines;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        INFO("log file line: " << line.toStdString());
        CHECK(leakIn(QString::fromUtf8(line)).isEmpty());
        CHECK(leakIn(o.value(QStringLiteral("message")).toString()).isEmpty());
        for (const char *field : {"time", "level", "category", "thread", "message"})
            CHECK(o.contains(QLatin1String(field)));
        if (o.contains(QStringLiteral("run")))
            runs.insert(o.value(QStringLiteral("clinic")).toString() + u'/' +
                        o.value(QStringLiteral("run")).toString());
    }
    CHECK(lines > 3);
    const QJsonObject failure = [&] {
        for (const QString &line : output.last().split(u'\n'))
            if (const auto o = QJsonDocument::fromJson(line.toUtf8()).object();
                o.contains(QStringLiteral("code")))
                return o;
        return QJsonObject();
    }();
    const QString details = failure.value(QStringLiteral("details")).toString();
    INFO("failure details: " << details.toStdString());
    const auto reference =
        QRegularExpression(QStringLiteral("reference ([0-9a-f]{8})")).match(details);
    REQUIRE(reference.hasMatch());
    CHECK(runs.contains(QStringLiteral("bad/") + reference.captured(1)));
    CHECK(std::any_of(runs.cbegin(), runs.cend(),
                      [](const QString &r) { return r.startsWith(QLatin1String("good/")); }));

    // The diagnostics bundle: the sync state of both clinics, the bad one's failure with its
    // reference, and neither a seeded name nor the API key in any of its files.
    const QString bundle = dir.filePath(QStringLiteral("diagnostics.zip"));
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("diagnostics"), QStringLiteral("--out"), bundle}, &out, &err) ==
            0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), bundle});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    const QStringList names =
        QString::fromUtf8(unzip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    CHECK(names.contains(QStringLiteral("sync-health.json")));
    CHECK(names.contains(QStringLiteral("log-tail.jsonl")));
    CHECK(names.contains(QStringLiteral("versions.json")));
    CHECK(names.contains(QStringLiteral("audit.json")));
    QHash<QString, QByteArray> files;
    for (const QString &name : names) {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), bundle, name});
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitCode() == 0);
        files.insert(name, p.readAllStandardOutput());
        INFO("bundle file " << name.toStdString());
        CHECK(leakIn(QString::fromUtf8(files.value(name))).isEmpty());
        CHECK_FALSE(files.value(name).contains(sim.apiKey().toUtf8()));
    }
    CHECK(files.value(QStringLiteral("log-tail.jsonl")).contains(reference.captured(1).toUtf8()));
    const QJsonArray health =
        QJsonDocument::fromJson(files.value(QStringLiteral("sync-health.json"))).array();
    REQUIRE(health.size() == 2);
    for (const QJsonValue &v : health) {
        const QJsonObject clinic = v.toObject();
        const QString id = clinic.value(QStringLiteral("clinicId")).toString();
        INFO("clinic " << id.toStdString());
        const QJsonArray resources = clinic.value(QStringLiteral("resources")).toArray();
        if (id == QLatin1String("good")) {
            CHECK(resources.size() == 5);
            CHECK(clinic.value(QStringLiteral("lastSuccessfulSync")).isString());
            CHECK(clinic.value(QStringLiteral("dataAgeSecs")).isDouble());
            for (const QJsonValue &r : resources)
                CHECK(r.toObject().value(QStringLiteral("backfillComplete")).toBool());
        } else {
            const QJsonArray errors = clinic.value(QStringLiteral("errorsLast24h")).toArray();
            REQUIRE_FALSE(errors.isEmpty());
            CHECK(errors.at(0).toObject().value(QStringLiteral("reference")).toString() ==
                  reference.captured(1));
        }
    }
    CHECK(QJsonDocument::fromJson(files.value(QStringLiteral("audit.json")))
              .object()
              .value(QStringLiteral("ok"))
              .toBool());
}
