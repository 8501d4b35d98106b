#include "servermetricsfollow.h"

#include "shared/serverclinicmetrics.h"

#include <QJsonDocument>

#include <cstdio>

namespace routiq::cli {

ServerMetricsFollow::ServerMetricsFollow(ServerConnInfo server, MetricsAnswer::Query query,
                                         bool follow, QObject *parent)
    : QObject(parent), m_server(std::move(server)), m_query(std::move(query)), m_follow(follow)
{}

ServerMetricsFollow::~ServerMetricsFollow() = default;

std::optional<QJsonObject> ServerMetricsFollow::answer(RoutiqError *error)
{
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
    MetricsAnswer::Target target;
    target.connection.id = m_query.request.clinicId;
    MetricsAnswer::Figures figures;
    figures.snapshots.append(*snapshot);
    return MetricsAnswer::toJson({target}, m_query, figures);
}

void ServerMetricsFollow::start()
{
    if (MetricsAnswer::isRollup(m_query) || m_query.byPractitioner) {
        emit finished(RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                        QStringLiteral("With --server, metrics takes one clinic "
                                                       "(not 'all', not --by) so far.")),
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
    const auto json = answer(&error);
    if (!json) {
        emit finished(error, error.is(ErrorCode::BadRequest) ? 2 : 1);
        return;
    }
    if (!m_follow) {
        std::fputs(QJsonDocument(*json).toJson(QJsonDocument::Indented).constData(), stdout);
        emit finished({}, 0);
        return;
    }
    m_printer.print(*json);
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
