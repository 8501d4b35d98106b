#include "clicommands.h"

#include "agentsynccommand.h"
#include "cliniccheckcommand.h"
#include "cliniccommand.h"
#include "diagnosticscommand.h"
#include "insightscommand.h"
#include "keycommand.h"
#include "metricscommand.h"
#include "practiceinsightscommand.h"
#include "securitycommand.h"
#include "servelauncher.h"
#include "serverclinicaddcommand.h"
#include "serverclinicscommand.h"
#include "servercommand.h"
#include "serverimportcommand.h"
#include "serversecuritycommand.h"
#include "synccommand.h"

#include "routiqversion.h"

#include <QTextStream>

#include <cstdio>

namespace routiq::cli {

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table{
        {"clinic", "clinic add|list|remove|check ...",
         "Manage clinic connections (Cliniko, Nookal); add/remove: admins; check --clinic ID: "
         "the cache's integrity check."},
        {"sync", "sync --clinic ID [--watch]",
         "Backfill or catch up a clinic's cache; --watch keeps polling. With --server: the "
         "clinic's sync agent (one per clinic: a second one waits)."},
        {"metrics",
         "metrics --clinic ID|all [--period week|month] [--start D --end D] [--by practitioner] "
         "[--follow]",
         "Print ClinicMetrics as JSON or a table; 'all' combines every clinic you may see; "
         "--follow prints a JSON line each time the figures change."},
        {"insights", "insights no-show|lapsed|forward --clinic ID [--format json|table]",
         "No-show risk of upcoming bookings and the lapsed-patient worklist (staff and admin; "
         "'lapsed --count' for all), forward bookings and utilisation."},
        {"practitioner",
         "practitioner hours --clinic ID [--practitioner ID] --show|--set H|--clear",
         "Working hours per weekday, e.g. --set \"Mon 08:00-17:00, Tue 08:00-12:30\" (admins "
         "change them)."},
        {"user", "user add --name NAME --role admin|staff|readonly [--clinic ID]...",
         "Accounts: add (the first, the admin, needs no --user), list, disable, enable, set-role, "
         "set-password; passwd changes your own."},
        {"agent-slot", "agent-slot add|remove",
         "Admins: let 'sync --watch' run unattended on this OS account (secret in its keychain or "
         "the --master-key-file vault; whoever reads it reads the data)."},
        {"rekey", "rekey",
         "Admins: a new data key; every cache and the app database re-keyed, every key slot "
         "sealed to it (resumable if interrupted)."},
        {"recover", "recover --name ADMIN",
         "Forgotten passwords: the recovery key (ROUTIQ_RECOVERY_KEY_FILE or a prompt) sets a new "
         "password for an admin."},
        {"diagnostics", "diagnostics --out FILE.zip",
         "A bundle for support: versions, schema versions, each clinic's sync state, the last "
         "log lines and the audit verify result; no patient data, no keys."},
        {"serve", "serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]",
         "The REST API and live channel from the cache (docs/api.md); loopback unless TLS."},
        {"server", "--server CONNINFO server init | [--user ADMIN] server import --data-dir DIR",
         "Shared mode: create or migrate the PostgreSQL server's schema and group roles "
         "(docs/shared-mode.md); needs a role that may create roles. Then, with --server: "
         "'user ...' (also grant|revoke --clinic, role agent) and 'audit list' on the server's "
         "accounts (--user signs in as that login role), 'clinic add' (on the agent's computer: "
         "the PMS key into its keychain), 'clinic list|remove', 'sync' (the agent) and 'metrics "
         "[--follow]'. 'server "
         "import' (the set-up role) moves a single-PC folder in: its clinics, accounts (new "
         "passwords, printed once) and audit log."},
        {"audit", "audit verify|list [--since T]|re-anchor",
         "Verify (chain, MACs, anchor, keychain counter) or list the audit log; re-anchor "
         "(admins) after an investigation."},
    };
    return table;
}

QString usageText()
{
    QString text;
    QTextStream out(&text);
    out << "Usage: routiq-cli [--data-dir DIR] <command> [options]\n\n"
        << "Routiq " << ROUTIQ_VERSION
        << " command-line agent: the same services as the app, no GUI.\n\n"
        << "Global options:\n"
        << "  --data-dir DIR   where the encrypted databases live (or ROUTIQ_DATA_DIR)\n"
        << "  --master-key-file FILE  headless servers: keep keys in a vault sealed with this\n"
        << "                   0600 key file (outside the data dir) instead of the OS keychain\n"
        << "  --server CONNINFO  shared mode: the PostgreSQL server (or ROUTIQ_SERVER), e.g.\n"
        << "                   \"host=db.clinic.lan dbname=routiq sslmode=verify-full\"; the\n"
        << "                   password from PGPASSFILE or a service file, never here\n"
        << "  --user NAME      act as this account (password: ROUTIQ_PASSWORD_FILE or a prompt);\n"
        << "                   every command but 'user add' of the first admin and 'recover'\n"
        << "                   needs it: the data folder opens only with a sign-in\n"
        << "  -h, --help       show this help\n"
        << "  -v, --version    show the version\n\n"
        << "Commands:\n";
    for (const CommandInfo &c : commands()) {
        out << "  " << QString::fromLatin1(c.usage).leftJustified(62) << "\n      " << c.summary;
        out << "\n";
    }
    out << "\nFirst run: routiq-cli user add --name NAME --role admin (its password from\n"
        << "ROUTIQ_NEW_PASSWORD_FILE or a prompt), then e.g.\n"
        << "  ROUTIQ_PASSWORD_FILE=~/admin.pw routiq-cli --user NAME clinic add ...\n"
        << "Roles: admin (everything), staff and readonly (their --clinic clinics only).\n";
    return text;
}

std::unique_ptr<CliCommand> makeCommand(const CliContext &context, const QStringList &args,
                                        int *exitCode)
{
    const QString name = args.value(0);
    if (name == QLatin1String("server") && args.value(1) == QLatin1String("import"))
        return std::make_unique<ServerImportCommand>(context);
    if (name == QLatin1String("server"))
        return std::make_unique<ServerCommand>(context);
    // Shared mode so far (docs/shared-mode.md): `server init`, the accounts and the audit
    // list, `sync` (the agent), `metrics` and `clinic add|list|remove`. A
    // command that would quietly use the local folder instead is refused.
    if (!context.server.isEmpty() &&
        (name == QLatin1String("user") || name == QLatin1String("audit")))
        return std::make_unique<ServerSecurityCommand>(context);
    if (!context.server.isEmpty()) {
        if (name == QLatin1String("sync"))
            return std::make_unique<AgentSyncCommand>(context);
        if (name == QLatin1String("metrics"))
            return std::make_unique<MetricsCommand>(context);
        if (name == QLatin1String("clinic") && args.value(1) == QLatin1String("add"))
            return std::make_unique<ServerClinicAddCommand>(context);
        if (name == QLatin1String("clinic"))
            return std::make_unique<ServerClinicsCommand>(context);
        if (name == QLatin1String("insights") &&
            (args.value(1) == QLatin1String("lapsed") || args.value(1) == QLatin1String("forward")))
            return std::make_unique<PracticeInsightsCommand>(context);
        std::fprintf(stderr,
                     "routiq-cli: '%s' does not work with --server yet; 'server init|import', "
                     "'user ...', 'audit list', 'sync', 'metrics', 'clinic add|list|remove' and "
                     "'insights lapsed|forward' do "
                     "(docs/shared-mode.md).\n",
                     qPrintable(name));
        *exitCode = 2;
        return nullptr;
    }
    if (name == QLatin1String("clinic") && args.value(1) == QLatin1String("check"))
        return std::make_unique<ClinicCheckCommand>(context);
    if (name == QLatin1String("clinic"))
        return std::make_unique<ClinicCommand>(context);
    if (name == QLatin1String("sync"))
        return std::make_unique<SyncCommand>(context);
    if (name == QLatin1String("diagnostics"))
        return std::make_unique<DiagnosticsCommand>(context);
    if (name == QLatin1String("serve"))
        return makeServeCommand(context, exitCode);
    if (name == QLatin1String("metrics"))
        return std::make_unique<MetricsCommand>(context);
    if (name == QLatin1String("practitioner") ||
        (name == QLatin1String("insights") &&
         (args.value(1) == QLatin1String("lapsed") || args.value(1) == QLatin1String("forward"))))
        return std::make_unique<PracticeInsightsCommand>(context);
    if (name == QLatin1String("insights"))
        return std::make_unique<InsightsCommand>(context);
    if (name == QLatin1String("user") || name == QLatin1String("audit"))
        return std::make_unique<SecurityCommand>(context, context.actingUser);
    if (name == QLatin1String("recover") || name == QLatin1String("agent-slot") ||
        name == QLatin1String("rekey"))
        return std::make_unique<KeyCommand>(context);
    for (const CommandInfo &c : commands()) {
        if (name == QLatin1String(c.name)) {
            std::fprintf(stderr, "routiq-cli: '%s' is not available in this build yet.\n", c.name);
            *exitCode = 2;
            return nullptr;
        }
    }
    std::fprintf(stderr, "routiq-cli: unknown command '%s'. Run 'routiq-cli --help'.\n",
                 qPrintable(name));
    *exitCode = 2;
    return nullptr;
}

} // namespace routiq::cli
