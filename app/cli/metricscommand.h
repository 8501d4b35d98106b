#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"

namespace routiq::cli {

// `metrics --clinic ID [--period week|month] [--start D --end D] [--location ID]
// [--practitioner ID] [--format json|table]` as --user: ClinicMetrics from the cache, exactly as
// shared/brief/metrics.md defines them. Bad requests print a JSON error and exit non-zero.
class MetricsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
