#include "metricscommand.h"

#include "metrics/appointmentindex.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsjson.h"
#include "metrics/metricstable.h"
#include "metrics/rangeresolver.h"
#include "secrets/keyvault.h"
#include "session/cliniczone.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

#include <cstdio>

namespace routiq::cli {

namespace {
std::optional<RecordId> parseId(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qlonglong id = text.toLongLong(ok);
    return *ok ? std::optional<RecordId>(id) : std::nullopt;
}

} // namespace

void MetricsCommand::start(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("Clinic id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption period(QStringLiteral("period"), QStringLiteral("week|month"),
                                    QStringLiteral("P"));
    const QCommandLineOption startDate(QStringLiteral("start"), QStringLiteral("YYYY-MM-DD"),
                                       QStringLiteral("DATE"));
    const QCommandLineOption endDate(QStringLiteral("end"), QStringLiteral("YYYY-MM-DD"),
                                     QStringLiteral("DATE"));
    const QCommandLineOption location(QStringLiteral("location"), QStringLiteral("Location id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption practitioner(QStringLiteral("practitioner"),
                                          QStringLiteral("Practitioner id."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json|table"),
                                    QStringLiteral("F"), QStringLiteral("json"));
    p.addOptions({clinic, period, startDate, endDate, location, practitioner, format});
    if (!parse(p, args.mid(1)))
        return;
    if (!p.isSet(clinic)) {
        fail(badRequest(QStringLiteral("metrics needs --clinic ID.")), 2);
        return;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("table")) {
        fail(badRequest(QStringLiteral("Unknown format '%1': use json or table.").arg(fmt)), 2);
        return;
    }
    RoutiqError error;
    // Dates win over the period, but an unknown period is still an error (metrics.md 11).
    // Without a period and without dates, the current week.
    const bool anyDate = p.isSet(startDate) || p.isSet(endDate);
    std::optional<MetricsRequest> request = RangeResolver::parseRequest(
        p.isSet(period) ? p.value(period) : (anyDate ? QString() : QStringLiteral("week")),
        p.value(startDate), p.value(endDate), p.value(clinic), &error);
    if (!request) {
        fail(error, 2);
        return;
    }
    bool ok = true;
    request->locationId = parseId(p.value(location), &ok);
    bool ok2 = true;
    request->practitionerId = parseId(p.value(practitioner), &ok2);
    if (!ok || !ok2) {
        fail(badRequest(QStringLiteral("Location and practitioner ids are whole numbers.")), 2);
        return;
    }
    const bool table = fmt == QLatin1String("table");
    const MetricsRequest req = *request;

    AppContext::open(
        {context().dataDir, context().masterKeyFile},
        [this, req, table](std::unique_ptr<AppContext> app, const RoutiqError &openError) {
            if (!app) {
                fail(openError);
                return;
            }
            m_app = std::move(app);
            m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
            if (!signIn(*m_login))
                return;
            if (const RoutiqError denied = m_login->viewAggregates(req.clinicId);
                !denied.isNull()) {
                fail(denied);
                return;
            }
            const auto connection = m_app->appDatabase().clinicConnection(req.clinicId);
            if (!connection) {
                fail(badRequest(
                         QStringLiteral("There is no clinic with the id '%1'.").arg(req.clinicId)),
                     2);
                return;
            }
            const QString path = m_app->clinicDatabasePath(connection->id);
            if (!QFileInfo::exists(path)) {
                fail(RoutiqError::make(QStringLiteral("CACHE_EMPTY"),
                                       QStringLiteral("Clinic '%1' has not been synced yet. Run "
                                                      "'routiq-cli sync --clinic %1' first.")
                                           .arg(connection->id)));
                return;
            }
            m_app->vault().databaseKey(connection->id, [this, req, table, path,
                                                        connection](const DatabaseKey &key,
                                                                    const RoutiqError &keyError) {
                if (!keyError.isNull()) {
                    fail(keyError);
                    return;
                }
                RoutiqError error;
                auto reader = ClinicDatabaseReader::open(path, key, &error);
                if (!reader) {
                    fail(error);
                    return;
                }
                const QList<Location> locations =
                    ReferenceData::locations(reader->connectionName());
                const QList<Practitioner> practitioners =
                    ReferenceData::practitioners(reader->connectionName());
                // Unknown filter ids are errors, like an unknown clinic (metrics.md 13).
                const Location *filterLocation = nullptr;
                if (req.locationId) {
                    for (const Location &l : locations)
                        if (l.id == *req.locationId)
                            filterLocation = &l;
                    if (!filterLocation) {
                        fail(badRequest(QStringLiteral("Clinic '%1' has no location %2.")
                                            .arg(req.clinicId)
                                            .arg(*req.locationId)),
                             2);
                        return;
                    }
                }
                if (req.practitionerId && std::none_of(practitioners.begin(), practitioners.end(),
                                                       [&](const Practitioner &pr) {
                                                           return pr.id == *req.practitionerId;
                                                       })) {
                    fail(badRequest(QStringLiteral("Clinic '%1' has no practitioner %2.")
                                        .arg(req.clinicId)
                                        .arg(*req.practitionerId)),
                         2);
                    return;
                }
                const QTimeZone zone = ClinicZone::forToday(locations, req.locationId, *connection);
                const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
                const std::optional<ResolvedRange> range =
                    RangeResolver::resolve(req, today, &error);
                if (!range) {
                    fail(error, 2);
                    return;
                }
                AppointmentIndex index;
                index.reset(reader->loadFacts(&error));
                if (!error.isNull()) {
                    fail(error);
                    return;
                }
                const MetricsCalculator calculator(index);
                const MetricsFilter filter = MetricsFilter::fromRequest(req);
                const ClinicMetrics current = calculator.compute(*range, filter);
                const QDateTime lastUpdated =
                    ReferenceData::lastSuccessfulSync(reader->connectionName());
                if (table) {
                    const ClinicMetrics previous = calculator.computePrevious(*range, filter);
                    std::fputs(qPrintable(MetricsTable::render(current, previous, req, *range,
                                                               lastUpdated)),
                               stdout);
                } else {
                    const QJsonObject json = MetricsJson::toJson(current, req, *range, lastUpdated);
                    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(),
                               stdout);
                }
                succeed();
            });
        });
}

} // namespace routiq::cli
