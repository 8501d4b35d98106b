#pragma once

#include "followprinter.h"

#include "session/metricsanswer.h"
#include "shared/serverchangefeed.h"
#include "shared/serverconninfo.h"

#include <QObject>

#include <memory>

namespace routiq {
class ServerClinicMetrics;
}

namespace routiq::cli {

// `--server … metrics --clinic ID|all [range] [--by practitioner] [--follow]`: the figures read
// from the server (ServerClinicMetrics), printed as `metrics` prints them (`all`: every clinic
// the account can see, with the group's roll-up); with --follow one compact line,
// then a line each time the figures change: the clinic's ServerChangeFeed says when to compute
// again. A lost connection is said on stderr ("reconnecting") and the feed catches up when the
// server is back; the figures are computed again then.
class ServerMetricsFollow : public QObject
{
    Q_OBJECT
public:
    // `table`: `--format table` (without --follow).
    ServerMetricsFollow(ServerConnInfo server, MetricsAnswer::Query query, bool follow,
                        bool table = false, QObject *parent = nullptr);
    ~ServerMetricsFollow() override;
    void start();

signals:
    // Once: the command is done (error null) or failed.
    void finished(const routiq::RoutiqError &error, int exitCode);

private:
    struct Answer
    {
        QList<MetricsAnswer::Target> targets;
        MetricsAnswer::Figures figures;
    };
    std::optional<Answer> figures(RoutiqError *error);
    std::optional<QJsonObject> answer(RoutiqError *error);
    // `--clinic all` and `--by practitioner` (without --follow): every clinic asked once.
    std::optional<Answer> answerMany(RoutiqError *error);
    void refresh();

    ServerConnInfo m_server;
    MetricsAnswer::Query m_query;
    bool m_follow;
    bool m_table = false;
    std::unique_ptr<ServerClinicMetrics> m_metrics;
    std::unique_ptr<ServerChangeFeed> m_feed;
    FollowPrinter m_printer;
};

} // namespace routiq::cli
