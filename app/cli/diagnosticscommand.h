#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "session/appcontext.h"
#include "session/diagnosticsbundle.h"

namespace routiq::cli {

// `diagnostics --out FILE.zip` (as --user): the diagnostics bundle (DiagnosticsBundle) for a
// support person. The sync state of each clinic the user may see comes from its cache's
// checkpoints and from the support log (no sync runs here, so budget and circuit are the app's
// to show); the audit log is verified as `audit verify` does, without moving its anchor.
// Prints {"bundle": path, "clinics": n, "audit": "ok"|code} and exits 0 once written.
class DiagnosticsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    void collect();
    void nextClinic();
    void verifyAuditAndWrite();

    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
    QString m_out;
    QList<ClinicConnection> m_pending;
    QJsonObject m_clinicSchemas;
    DiagnosticsBundle::Contents m_contents;
};

} // namespace routiq::cli
