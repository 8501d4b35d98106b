#include "practiceinsightscommand.h"

#include "insights/clinicreader.h"
#include "insights/practiceinsightsjson.h"
#include "metrics/appointmentindex.h"
#include "secrets/keyvault.h"
#include "serveropen.h"
#include "session/cliniczone.h"
#include "session/insightsettingsservice.h"
#include "session/practiceinsightsanswer.h"
#include "shared/serverclinicreader.h"
#include "shared/serverconnection.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace routiq::cli {

namespace {

bool parseDays(const QString &text, int *out)
{
    bool ok = false;
    *out = text.toInt(&ok);
    return ok;
}

void printJson(const QJsonObject &o)
{
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
}

} // namespace

void PracticeInsightsCommand::start(const QStringList &args)
{
    if (!parseArgs(args))
        return;
    if (!context().server.isEmpty()) {
        runOnServer();
        return;
    }
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         if (!signIn(*m_login))
                             return;
                         run();
                     });
}

bool PracticeInsightsCommand::parseArgs(const QStringList &args)
{
    const QString what = args.value(0) + QLatin1Char(' ') + args.value(1);
    const bool hours = what == QLatin1String("practitioner hours");
    const bool lapsed = what == QLatin1String("insights lapsed");
    const bool forward = what == QLatin1String("insights forward");
    if (!hours && !lapsed && !forward) {
        fail(badRequest(QStringLiteral("Use 'insights lapsed|forward --clinic ID ...' or "
                                       "'practitioner hours --clinic ID ...'.")),
             2);
        return false;
    }
    QCommandLineParser p;
    const QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("Clinic id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption location(QStringLiteral("location"), QStringLiteral("Location id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption practitioner(QStringLiteral("practitioner"),
                                          QStringLiteral("Practitioner id."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json|table"),
                                    QStringLiteral("F"), QStringLiteral("json"));
    const QCommandLineOption minDays(QStringLiteral("min-days"), QStringLiteral("Days."),
                                     QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption maxDays(QStringLiteral("max-days"), QStringLiteral("Days."),
                                     QStringLiteral("N"), QStringLiteral("180"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Only the count."));
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("ISO weeks."),
                                   QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption show(QStringLiteral("show"), QStringLiteral("Print the hours."));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("New hours."),
                                 QStringLiteral("HOURS"));
    const QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Remove the hours."));
    p.addOptions({clinic, format});
    if (lapsed)
        p.addOptions({location, practitioner, minDays, maxDays, count});
    if (forward)
        p.addOptions({location, weeks});
    if (hours)
        p.addOptions({practitioner, show, set, clear});
    if (!parse(p, args.mid(2)))
        return false;
    if (!p.isSet(clinic)) {
        fail(badRequest(QStringLiteral("%1 needs --clinic ID.").arg(what)), 2);
        return false;
    }
    m_clinicId = p.value(clinic);
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("table")) {
        fail(badRequest(QStringLiteral("Unknown format '%1': use json or table.").arg(fmt)), 2);
        return false;
    }
    m_table = fmt == QLatin1String("table");
    bool okLocation = true, okPractitioner = true;
    if (lapsed) {
        m_mode = p.isSet(count) ? Mode::LapsedCount : Mode::Lapsed;
        m_lapsed.locationId = optionalId(p.value(location), &okLocation);
        m_lapsed.practitionerId = optionalId(p.value(practitioner), &okPractitioner);
        QString reason;
        if (!parseDays(p.value(minDays), &m_lapsed.minDays) ||
            !parseDays(p.value(maxDays), &m_lapsed.maxDays)) {
            fail(badRequest(QStringLiteral("--min-days and --max-days are whole numbers.")), 2);
            return false;
        }
        if (!LapsedPatientsFinder::validate(m_lapsed, &reason)) {
            fail(badRequest(reason), 2);
            return false;
        }
    }
    if (forward) {
        m_mode = Mode::Forward;
        m_forward.locationId = optionalId(p.value(location), &okLocation);
        QString reason;
        if (!parseDays(p.value(weeks), &m_forward.weeks) ||
            !ForwardBookingsCalculator::validate(m_forward, &reason)) {
            fail(badRequest(reason.isEmpty() ? QStringLiteral("--weeks is a whole number.")
                                             : reason),
                 2);
            return false;
        }
    }
    if (hours) {
        const int actions = int(p.isSet(show)) + int(p.isSet(set)) + int(p.isSet(clear));
        if (actions != 1) {
            fail(badRequest(QStringLiteral("practitioner hours takes one of --show, --set "
                                           "HOURS or --clear.")),
                 2);
            return false;
        }
        m_mode = p.isSet(show) ? Mode::HoursShow : p.isSet(set) ? Mode::HoursSet : Mode::HoursClear;
        m_practitionerId = optionalId(p.value(practitioner), &okPractitioner);
        if (m_mode != Mode::HoursShow && !m_practitionerId && okPractitioner) {
            fail(badRequest(QStringLiteral("--set and --clear need --practitioner ID.")), 2);
            return false;
        }
        m_hoursText = p.value(set);
    }
    if (!okLocation || !okPractitioner) {
        fail(badRequest(QStringLiteral("Location and practitioner ids are whole numbers.")), 2);
        return false;
    }
    return true;
}

bool PracticeInsightsCommand::allowsAllClinics()
{
    if (m_mode != Mode::LapsedCount && m_mode != Mode::Forward) {
        fail(badRequest(QStringLiteral("--clinic all works with 'insights lapsed --count' and "
                                       "'insights forward'; the list and the hours belong "
                                       "to one clinic.")),
             2);
        return false;
    }
    if ((m_mode == Mode::Forward ? m_forward.locationId : m_lapsed.locationId) ||
        m_lapsed.practitionerId) {
        fail(badRequest(QStringLiteral("Location and practitioner ids belong to one clinic: "
                                       "use them with --clinic ID, not --clinic all.")),
             2);
        return false;
    }
    return true;
}

void PracticeInsightsCommand::runOnServer()
{
    if (m_mode == Mode::HoursShow || m_mode == Mode::HoursSet || m_mode == Mode::HoursClear) {
        fail(badRequest(QStringLiteral("Working hours are kept on each PC so far, not on the "
                                       "server (docs/shared-mode.md).")),
             2);
        return;
    }
    if (m_clinicId == QLatin1String("all") && !allowsAllClinics())
        return;
    RoutiqError error;
    m_server = ServerOpen::connInfo(context(), &error);
    if (!m_server) {
        fail(error, 2);
        return;
    }
    // The clinics row-level security lets this account see; the server checks the rest.
    const auto visible = ServerOpen::visibleClinics(*m_server, &error);
    if (!visible) {
        fail(error);
        return;
    }
    for (const ClinicConnection &c : std::as_const(*visible))
        if (m_clinicId == QLatin1String("all") || c.id == m_clinicId)
            m_targets.append(c);
    if (m_targets.isEmpty()) {
        if (m_clinicId == QLatin1String("all"))
            fail(RoutiqError::make(QStringLiteral("NO_CLINIC"),
                                   QStringLiteral("There is no clinic this account may see.")));
        else
            fail(badRequest(QStringLiteral("There is no clinic with the id '%1' on this server "
                                           "that this account may see.")
                                .arg(m_clinicId)),
                 2);
        return;
    }
    nextTarget();
}

void PracticeInsightsCommand::run()
{
    if (m_clinicId == QLatin1String("all")) {
        if (!allowsAllClinics())
            return;
        // Every clinic this account may see, as for `metrics --clinic all`.
        QList<ClinicId> ids;
        const QList<ClinicConnection> all = m_app->appDatabase().clinicConnections();
        for (const ClinicConnection &c : all)
            ids.append(c.id);
        const QList<ClinicId> visible = m_login->policy().visibleClinics(m_login->user(), ids);
        for (const ClinicConnection &c : all)
            if (visible.contains(c.id))
                m_targets.append(c);
        if (m_targets.isEmpty()) {
            fail(RoutiqError::make(QStringLiteral("NO_CLINIC"),
                                   QStringLiteral("There is no clinic this account may see.")));
            return;
        }
        nextTarget();
        return;
    }
    const auto connection = m_app->appDatabase().clinicConnection(m_clinicId);
    if (!connection) {
        fail(badRequest(QStringLiteral("There is no clinic with the id '%1'.").arg(m_clinicId)), 2);
        return;
    }
    // Checked (and for the patient-level list, audited) before anything of the cache is read.
    RoutiqError denied;
    if (m_mode == Mode::Lapsed)
        denied = m_login->viewPatientLevel(
            m_clinicId, QStringLiteral("lapsed patients %1-%2 days location %3 practitioner %4")
                            .arg(m_lapsed.minDays)
                            .arg(m_lapsed.maxDays)
                            .arg(m_lapsed.locationId ? QString::number(*m_lapsed.locationId)
                                                     : QStringLiteral("all"),
                                 m_lapsed.practitionerId ? QString::number(*m_lapsed.practitionerId)
                                                         : QStringLiteral("all")));
    else
        denied = m_login->viewAggregates(m_clinicId);
    if (!denied.isNull()) {
        fail(denied);
        return;
    }
    if (m_mode == Mode::HoursShow || m_mode == Mode::HoursSet || m_mode == Mode::HoursClear) {
        // The practitioner id is checked against the cache when there is one (hours may be set
        // before the first sync).
        if (!QFileInfo::exists(m_app->clinicDatabasePath(m_clinicId))) {
            runHours(nullptr);
            return;
        }
        withCache(*connection, [this](const ClinicReader &r) { runHours(&r); });
        return;
    }
    m_targets = {*connection};
    nextTarget();
}

void PracticeInsightsCommand::nextTarget()
{
    const qsizetype done = m_mode == Mode::Forward ? m_forwardResults.size() : m_counts.size();
    if (done == m_targets.size()) {
        printResults();
        return;
    }
    const ClinicConnection connection = m_targets.at(done);
    withCache(connection, [this, connection](const ClinicReader &reader) {
        if (m_mode == Mode::Forward)
            runForward(connection, reader);
        else
            runLapsed(connection, reader);
    });
}

void PracticeInsightsCommand::withCache(const ClinicConnection &connection,
                                        std::function<void(const ClinicReader &)> work)
{
    if (m_server) {
        RoutiqError error;
        const auto reader = ServerClinicReader::open(*m_server, {}, connection.id, &error);
        const QString notSynced = QStringLiteral("Clinic '%1' has not finished its first sync "
                                                 "on the server yet: is its agent running?")
                                      .arg(connection.id);
        if (!reader || !PracticeInsightsAnswer::check(
                           *reader, connection,
                           m_mode == Mode::Forward ? m_forward.locationId : m_lapsed.locationId,
                           m_mode == Mode::Forward ? std::nullopt : m_lapsed.practitionerId, true,
                           notSynced, &error)) {
            fail(error, error.code == QLatin1String("BAD_REQUEST") ? 2 : 1);
            return;
        }
        work(*reader);
        return;
    }
    const QString path = m_app->clinicDatabasePath(connection.id);
    m_app->vault().databaseKey(
        connection.id,
        [this, path, connection, work](const DatabaseKey &key, const RoutiqError &keyError) {
            if (!keyError.isNull()) {
                fail(keyError);
                return;
            }
            const bool hours =
                m_mode == Mode::HoursShow || m_mode == Mode::HoursSet || m_mode == Mode::HoursClear;
            const std::optional<RecordId> location =
                hours ? std::nullopt
                      : (m_mode == Mode::Forward ? m_forward.locationId : m_lapsed.locationId);
            const std::optional<RecordId> practitioner =
                (m_mode == Mode::Lapsed || m_mode == Mode::LapsedCount) ? m_lapsed.practitionerId
                                                                        : m_practitionerId;
            RoutiqError error;
            const auto reader = PracticeInsightsAnswer::openCache(path, key, connection, location,
                                                                  practitioner, !hours, &error);
            if (!reader) {
                fail(error, error.code == QLatin1String("BAD_REQUEST") ? 2 : 1);
                return;
            }
            work(*reader);
        });
}

void PracticeInsightsCommand::runLapsed(const ClinicConnection &connection,
                                        const ClinicReader &reader)
{
    RoutiqError error;
    const auto list =
        PracticeInsightsAnswer::lapsed(reader, connection, m_lapsed, &m_clock, &error);
    if (!list) {
        fail(error);
        return;
    }
    if (m_mode == Mode::LapsedCount) {
        m_counts.append(*list);
        nextTarget();
        return;
    }
    // On the server: no notes (kept per PC so far); the server audits the names it hands out.
    std::optional<InsightSettingsService> settings;
    if (m_app)
        settings.emplace(InsightSettingsStore(m_app->appDatabase().database()), m_login->access(),
                         &m_clock);
    const auto details = PracticeInsightsAnswer::lapsedDetails(
        reader, connection, *list, settings ? &*settings : nullptr, actingUser(), &error);
    if (!details) {
        fail(error);
        return;
    }
    if (m_table)
        std::fputs(
            qPrintable(PracticeInsightsJson::lapsedTable(
                *list, &details->contacts, PracticeInsightsAnswer::practitionerNames(reader))),
            stdout);
    else
        printJson(PracticeInsightsJson::lapsed(*list, &details->contacts, &details->notes));
    succeed();
}

void PracticeInsightsCommand::runForward(const ClinicConnection &connection,
                                         const ClinicReader &reader)
{
    RoutiqError error;
    std::optional<InsightSettingsService> settings; // none on the server: no working hours
    if (m_app)
        settings.emplace(InsightSettingsStore(m_app->appDatabase().database()), m_login->access(),
                         &m_clock);
    const auto forward = PracticeInsightsAnswer::forward(reader, connection, m_forward,
                                                         settings ? &*settings : nullptr,
                                                         actingUser(), &m_clock, &error);
    if (!forward) {
        fail(error);
        return;
    }
    m_forwardResults.append(*forward);
    m_names.append(PracticeInsightsAnswer::practitionerNames(reader));
    nextTarget();
}

void PracticeInsightsCommand::printResults()
{
    if (m_clinicId != QLatin1String("all")) {
        if (m_mode == Mode::Forward && m_table)
            std::fputs(qPrintable(PracticeInsightsJson::forwardTable(m_forwardResults.first(),
                                                                     m_names.first())),
                       stdout);
        else if (m_mode == Mode::Forward)
            printJson(PracticeInsightsJson::forward(m_forwardResults.first(), m_names.first()));
        else
            printJson(PracticeInsightsJson::lapsedCount(m_counts.first()));
        succeed();
        return;
    }
    QList<ClinicId> ids;
    for (const ClinicConnection &c : m_targets)
        ids.append(c.id);
    if (m_mode == Mode::Forward) {
        const QJsonObject json = PracticeInsightsJson::forwardGroup(ids, m_forwardResults, m_names);
        if (m_table)
            std::fputs(qPrintable(PracticeInsightsJson::forwardTable(
                           PracticeInsightsJson::combinedForward(m_forwardResults), {})),
                       stdout);
        else
            printJson(json);
    } else {
        printJson(PracticeInsightsJson::lapsedCountGroup(ids, m_counts));
    }
    succeed();
}

void PracticeInsightsCommand::runHours(const ClinicReader *readerOrNull)
{
    InsightSettingsService settings(InsightSettingsStore(m_app->appDatabase().database()),
                                    m_login->access(), &m_clock);
    RoutiqError error;
    if (m_mode == Mode::HoursSet) {
        QString problem;
        const std::optional<WorkingHours> hours = WorkingHours::parse(m_hoursText, &problem);
        if (!hours) {
            fail(badRequest(problem), 2);
            return;
        }
        if (!settings.setWorkingHours(m_login->user(), m_clinicId, *m_practitionerId, *hours,
                                      &error)) {
            fail(error);
            return;
        }
    } else if (m_mode == Mode::HoursClear) {
        if (!settings.clearWorkingHours(m_login->user(), m_clinicId, *m_practitionerId, &error)) {
            fail(error);
            return;
        }
    }
    const std::optional<WorkingHoursMap> all =
        settings.workingHours(m_login->user(), m_clinicId, &error);
    if (!all) {
        fail(error);
        return;
    }
    const QHash<RecordId, QString> names =
        readerOrNull ? PracticeInsightsAnswer::practitionerNames(*readerOrNull)
                     : QHash<RecordId, QString>();
    QList<RecordId> ids = all->keys();
    if (m_practitionerId)
        ids = {*m_practitionerId};
    std::sort(ids.begin(), ids.end());
    QJsonArray rows;
    QString table;
    for (const RecordId id : ids) {
        const WorkingHours h = all->value(id);
        rows.append(QJsonObject{{QStringLiteral("practitionerId"), QString::number(id)},
                                {QStringLiteral("name"), names.value(id)},
                                {QStringLiteral("hours"), h.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(h.toString())}});
        table +=
            (names.value(id).isEmpty() ? QString::number(id) : names.value(id)).leftJustified(30) +
            (h.isEmpty() ? QStringLiteral("(no working hours set)") : h.toString()) +
            QLatin1Char('\n');
    }
    if (ids.isEmpty())
        table = QStringLiteral("(no working hours set; use --set \"Mon 08:00-17:00, ...\")\n");
    if (m_table)
        std::fputs(qPrintable(table), stdout);
    else
        printJson(QJsonObject{{QStringLiteral("clinicId"), m_clinicId},
                              {QStringLiteral("practitioners"), rows}});
    succeed();
}

} // namespace routiq::cli
