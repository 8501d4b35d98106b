#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"

namespace routiq::cli {

// `insights no-show --clinic ID [--days N] [--format json|table]` as --user: every upcoming
// booking of the next N days (default 14) with its no-show risk and reasons, from the model in
// the clinic's cache (trained there first when missing or due). Patient-level: staff and admin
// only; the view and a refusal are both audited.
class InsightsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    void run(const QString &clinicId);

    SystemClock m_clock;
    int m_days = 14;
    bool m_table = false;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
