#include "servermetricsfollow.h"

#include "serveropen.h"

#include "shared/serverclinicmetrics.h"

#include <QJsonDocument>

#include <cstdio>

namespace routiq::cli {

ServerMetricsFollow::ServerMetricsFollow(ServerConnInfo server, MetricsAnswer::Query query,
                                         bool follow, bool table, QObject *parent)
    : QObject(parent), m_server(std::move(server)), m_query(std::move(query)), m_follow(follow),
      m_table(table)
{}

ServerMetricsFollow::~ServerMetricsFollow() = default;

std::optional<ServerMetricsFollow::Answer> ServerMetricsFollow::answerMany(RoutiqError *error)
{
    // The clinics of the question: every one this account can see (row-level security), or
    // the one --by practitioner names; the roll-up asks each for the same dates.
    QList<MetricsAnswer::Target> targets;
    if (MetricsAnswer::isRollup(m_query)) {
        const auto visible = ServerOpen::visibleClinics(m_server, error);
        if (!visible)
            return std::nullopt;
        for (const ClinicConnection &c : *visible)
            targets.append({c, {}, {}});
        if (targets.isEmpty()) {
            *error = RoutiqError::make(QStringLiteral("NO_CLINIC"),
                                       QStringLiteral("There is no clinic on this server that "
                                                      "this account may see."));
            return std::nullopt;
        }
        if (!MetricsAnswer::resolveRollupDates(&m_query, QDateTime::currentDateTimeUtc(), error))
            return std::nullopt;
    } else {
        MetricsAnswer::Target one;
        one.connection.id = m_query.request.clinicId;
        targets.append(one);
    }
    MetricsAnswer::Figures figures;
    for (const MetricsAnswer::Target &t : std::as_const(targets)) {
        const auto metrics = ServerClinicMetrics::open(m_server, t.connection.id, error);
        if (!metrics)
            return std::nullopt;
        MetricsRequest request = m_query.request;
        request.clinicId = t.connection.id;
        if (m_query.byPractitioner) {
            const auto table =
                metrics->practitionerTable(request, QDateTime::currentDateTimeUtc(), error);
            const auto names = table ? metrics->practitionerNames(error) : std::nullopt;
            if (!table || !names)
                return std::nullopt;
            figures.tables.append(*table);
            figures.names.append(*names);
        } else {
            const auto snapshot = metrics->compute(request, QDateTime::currentDateTimeUtc(), error);
            if (!snapshot)
                return std::nullopt;
            figures.snapshots.append(*snapshot);
        }
    }
    return Answer{targets, figures};
}

std::optional<ServerMetricsFollow::Answer> ServerMetricsFollow::figures(RoutiqError *error)
{
    if (MetricsAnswer::isRollup(m_query) || m_query.byPractitioner)
        return answerMany(error);
    if (!m_metrics)
        m_metrics = ServerClinicMetrics::open(m_server, m_query.request.clinicId, error);
    if (!m_metrics)
        return std::nullopt;
    const auto snapshot =
        m_metrics->compute(m_query.request, QDateTime::currentDateTimeUtc(), error);
    if (!snapshot) {
        if (!error->is(ErrorCode::BadRequest))
            m_metrics.reset(); // opened again next time (a lost connection)
        return std::nullopt;
    }
    Answer one;
    MetricsAnswer::Target target;
    target.connection.id = m_query.request.clinicId;
    one.targets.append(target);
    one.figures.snapshots.append(*snapshot);
    return one;
}

std::optional<QJsonObject> ServerMetricsFollow::answer(RoutiqError *error)
{
    const auto a = figures(error);
    if (!a)
        return std::nullopt;
    return MetricsAnswer::toJson(a->targets, m_query, a->figures);
}

void ServerMetricsFollow::start()
{
    if (m_follow && (MetricsAnswer::isRollup(m_query) || m_query.byPractitioner)) {
        emit finished(RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                        QStringLiteral("--follow prints one clinic's figures.")),
                      2);
        return;
    }
    if (m_follow) {
        // Subscribed before the first figures: a change committed meanwhile is not missed.
        ServerChangeFeed::Options options;
        m_feed = std::make_unique<ServerChangeFeed>(m_server, m_query.request.clinicId, options);
        // Only the changed dates are read again (ChangedDays), then the figures computed.
        connect(m_feed.get(), &ServerChangeFeed::changed, this,
                [this](const QList<ServerChangeFeed::Change> &changes) {
                    RoutiqError error;
                    if (m_metrics && !m_metrics->apply(ServerChangeFeed::datesOf(changes), &error))
                        m_metrics.reset(); // opened (and read) again by refresh()
                    refresh();
                });
        connect(m_feed.get(), &ServerChangeFeed::stateChanged, this,
                [this, wasLost = false](ServerChangeFeed::State state,
                                        const RoutiqError &error) mutable {
                    if (state == ServerChangeFeed::State::Reconnecting) {
                        if (!std::exchange(wasLost, true))
                            std::fprintf(stderr,
                                         "routiq-cli: reconnecting to the server (%s); the "
                                         "figures below may be out of date.\n",
                                         qPrintable(error.message));
                        std::fflush(stderr);
                    } else if (state == ServerChangeFeed::State::Live && wasLost) {
                        wasLost = false;
                        std::fprintf(stderr, "routiq-cli: reconnected.\n");
                        std::fflush(stderr);
                        m_metrics.reset();
                        refresh();
                    }
                });
        m_feed->start();
        if (m_feed->state() != ServerChangeFeed::State::Live) {
            emit finished(RoutiqError::make(QStringLiteral("SERVER_UNREACHABLE"),
                                            QStringLiteral("Could not follow the server's "
                                                           "changes.")),
                          1);
            return;
        }
    }
    RoutiqError error;
    const auto a = figures(&error);
    if (!a) {
        emit finished(error, error.is(ErrorCode::BadRequest) ? 2 : 1);
        return;
    }
    if (!m_follow) {
        if (m_table)
            std::fputs(qPrintable(MetricsAnswer::toTable(a->targets, m_query, a->figures)), stdout);
        else
            std::fputs(QJsonDocument(MetricsAnswer::toJson(a->targets, m_query, a->figures))
                           .toJson(QJsonDocument::Indented)
                           .constData(),
                       stdout);
        emit finished({}, 0);
        return;
    }
    m_printer.print(MetricsAnswer::toJson(a->targets, m_query, a->figures));
}

void ServerMetricsFollow::refresh()
{
    RoutiqError error;
    const auto json = answer(&error);
    if (!json) {
        std::fprintf(stderr, "routiq-cli: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.code));
        std::fflush(stderr);
        return;
    }
    m_printer.print(*json);
}

} // namespace routiq::cli
