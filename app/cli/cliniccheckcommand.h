#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"

namespace routiq::cli {

// `clinic check --clinic ID` (as --user, who may view the clinic): the cache's integrity check
// on demand (issue 17; the app runs it in the background, never on the open). Prints
// {"clinicId", "status": "ok" | "damaged", "setAside"?} and exits 0 when sound, 1 when damaged.
// A damaged cache that no writer has open is set aside (a sync downloads it again); one a
// writer holds is left to that writer's own check.
class ClinicCheckCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    void check(const QString &clinicId);

    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
};

} // namespace routiq::cli
