#include "securitycommand.h"

#include "passwordinput.h"

#include <QCommandLineParser>

#include <cstdio>

namespace routiq::cli {

SecurityCommand::SecurityCommand(CliContext context, QString actingUser, QObject *parent)
    : CliCommand(std::move(context), parent), m_actingUser(std::move(actingUser))
{}

void SecurityCommand::start(const QStringList &args)
{
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this, args](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         run(args);
                     });
}

void SecurityCommand::run(const QStringList &args)
{
    const QString group = args.value(0);
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (group == QLatin1String("user") && sub == QLatin1String("add"))
        userAdd(rest);
    else if (group == QLatin1String("user") && sub == QLatin1String("list"))
        userList(rest);
    else if (group == QLatin1String("user") &&
             (sub == QLatin1String("disable") || sub == QLatin1String("enable") ||
              sub == QLatin1String("set-role")))
        userChange(sub, rest);
    else if (group == QLatin1String("user") && sub == QLatin1String("set-password"))
        userSetPassword(rest);
    else if (group == QLatin1String("audit") && sub == QLatin1String("verify"))
        auditVerify(rest);
    else if (group == QLatin1String("audit") && sub == QLatin1String("list"))
        auditList(rest);
    else
        fail(badRequest(QStringLiteral("Unknown %1 command '%2'. Run 'routiq-cli --help'.")
                            .arg(group, sub)),
             2);
}

std::optional<ActingUser> SecurityCommand::signIn()
{
    if (!CliCommand::signIn(*m_login))
        return std::nullopt;
    return m_login->user();
}

void SecurityCommand::userAdd(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("User name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("admin|staff|readonly"),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("Clinic id (repeat)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption expires(QStringLiteral("expires"), QStringLiteral("YYYY-MM-DD"),
                                     QStringLiteral("DATE"));
    p.addOptions({name, role, clinic, expires});
    if (!parse(p, args))
        return;
    if (!p.isSet(name) || !p.isSet(role)) {
        fail(badRequest(QStringLiteral("user add needs --name and --role.")), 2);
        return;
    }
    const auto parsedRole = roleFromName(p.value(role));
    if (!parsedRole) {
        fail(badRequest(QStringLiteral("Unknown role '%1': use admin, staff or readonly.")
                            .arg(p.value(role))),
             2);
        return;
    }
    RoutiqError error;
    const bool first = m_login->isNewFolder();
    const auto password = PasswordInput::read(
        "ROUTIQ_NEW_PASSWORD_FILE", QStringLiteral("New password for %1: ").arg(p.value(name)));
    if (!password) {
        fail(badRequest(
                 QStringLiteral("No password: set ROUTIQ_NEW_PASSWORD_FILE or run at a terminal.")),
             2);
        return;
    }
    if (first) {
        if (*parsedRole != Role::Admin) {
            fail(badRequest(
                     QStringLiteral("The first account must be the clinic admin (--role admin).")),
                 2);
            return;
        }
        const std::optional<QString> recovery =
            m_login->createFirstAdmin(p.value(name), *password, &error);
        if (!recovery) {
            fail(error);
            return;
        }
        std::printf("Created the clinic admin '%s'.\n\n", qPrintable(p.value(name)));
        printRecoveryKey(*recovery, p.value(name));
        succeed();
        return;
    }
    const auto actor = signIn();
    if (!actor)
        return;
    AccountService::NewAccount spec;
    spec.username = p.value(name);
    spec.password = *password;
    spec.role = *parsedRole;
    spec.clinics = p.values(clinic);
    if (p.isSet(expires)) {
        const QDate d = QDate::fromString(p.value(expires), Qt::ISODate);
        if (!d.isValid()) {
            fail(badRequest(QStringLiteral("--expires takes a date, YYYY-MM-DD.")), 2);
            return;
        }
        spec.expiresAt = QDateTime(d.addDays(1), QTime(0, 0), Qt::UTC);
    }
    if (!m_login->accounts().addAccount(*actor, spec, &error)) {
        fail(error);
        return;
    }
    std::printf("Added %s '%s'.\n", qPrintable(roleName(spec.role)), qPrintable(spec.username));
    succeed();
}

void SecurityCommand::printRecoveryKey(const QString &words, const QString &admin)
{
    std::printf("RECOVERY KEY (shown once; write it down or print it, and keep it away from this "
                "computer):\n\n    %s\n\n"
                "It opens this data folder when no password can: 'routiq-cli recover --name %s'.\n"
                "Without it, a forgotten admin password means the cached data cannot be read (it "
                "can be synced again from the PMS).\n",
                qPrintable(words), qPrintable(admin));
    std::fflush(stdout);
}

void SecurityCommand::userSetPassword(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("User name."),
                                  QStringLiteral("NAME"));
    p.addOption(name);
    if (!parse(p, args))
        return;
    if (!p.isSet(name)) {
        fail(badRequest(QStringLiteral("user set-password needs --name.")), 2);
        return;
    }
    const auto actor = signIn();
    if (!actor)
        return;
    const auto password = PasswordInput::read(
        "ROUTIQ_NEW_PASSWORD_FILE", QStringLiteral("New password for %1: ").arg(p.value(name)));
    if (!password) {
        fail(badRequest(
                 QStringLiteral("No password: set ROUTIQ_NEW_PASSWORD_FILE or run at a terminal.")),
             2);
        return;
    }
    RoutiqError error;
    if (!m_login->accounts().setPassword(*actor, p.value(name), *password, &error)) {
        fail(error);
        return;
    }
    std::printf("New password and key slot for '%s'.\n", qPrintable(p.value(name)));
    succeed();
}

void SecurityCommand::userList(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    const auto actor = signIn();
    if (!actor)
        return;
    RoutiqError error;
    const auto accounts = m_login->accounts().list(*actor, &error);
    if (!accounts) {
        fail(error);
        return;
    }
    for (const Account &a : *accounts)
        std::printf("%-20s %-9s %-9s %s\n", qPrintable(a.username), qPrintable(roleName(a.role)),
                    a.disabled ? "disabled" : "active",
                    qPrintable(a.clinics.join(QLatin1Char(','))));
    succeed();
}

void SecurityCommand::userChange(const QString &what, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("User name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Role."),
                                  QStringLiteral("ROLE"));
    p.addOptions({name, role});
    if (!parse(p, args))
        return;
    if (!p.isSet(name) || (what == QLatin1String("set-role") && !p.isSet(role))) {
        fail(badRequest(QStringLiteral("user %1 needs --name%2.")
                            .arg(what, what == QLatin1String("set-role")
                                           ? QStringLiteral(" and --role")
                                           : QString())),
             2);
        return;
    }
    const auto actor = signIn();
    if (!actor)
        return;
    RoutiqError error;
    bool ok = false;
    if (what == QLatin1String("set-role")) {
        const auto r = roleFromName(p.value(role));
        if (!r) {
            fail(badRequest(QStringLiteral("Unknown role '%1'.").arg(p.value(role))), 2);
            return;
        }
        ok = m_login->accounts().setRole(*actor, p.value(name), *r, &error);
    } else {
        ok = m_login->accounts().setDisabled(*actor, p.value(name),
                                             what == QLatin1String("disable"), &error);
    }
    if (!ok) {
        fail(error);
        return;
    }
    std::printf("Done: %s %s.\n", qPrintable(what), qPrintable(p.value(name)));
    succeed();
}

void SecurityCommand::auditVerify(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    // The anchor is read first and left alone; the log is inside the encrypted app database,
    // so reading it needs a sign-in (whose own entry extends the chain past the anchor).
    const AuditAnchor &anchor = m_login->anchor();
    RoutiqError anchorError;
    const std::optional<AuditLog::Head> saved = anchor.load(&anchorError);
    if (!anchorError.isNull()) {
        fail(anchorError);
        return;
    }
    m_login->setAnchorUpdates(false);
    if (!signIn())
        return;
    const AuditLog &log = m_login->audit();
    const AuditLog::Verification v = log.verify(saved);
    if (v.ok) {
        std::printf(
            "Audit log intact: %lld entries, every link verified%s.\n", qlonglong(v.entries),
            saved ? qPrintable(QStringLiteral(", entry %1 matches the anchor").arg(saved->seq))
                  : "");
        if (!saved && v.entries > 0)
            std::fprintf(stderr,
                         "routiq-cli: warning: the audit anchor %s is missing, so entries cut "
                         "off the end of the log could not be checked. The next command that "
                         "signs in writes it again.\n",
                         qPrintable(anchor.filePath()));
        succeed();
        return;
    }
    const qint64 last = log.head().seq;
    if (saved && v.firstBrokenSeq > last) {
        fail(RoutiqError::make(
            QStringLiteral("AUDIT_CHAIN_BROKEN"),
            QStringLiteral("The audit log was cut short: it ends at entry %1 but its anchor (%2) "
                           "says %3; entries from %4 on were removed.")
                .arg(last)
                .arg(QLatin1String(AuditAnchor::kFileName))
                .arg(saved->seq)
                .arg(v.firstBrokenSeq),
            v.reason));
        return;
    }
    fail(
        RoutiqError::make(QStringLiteral("AUDIT_CHAIN_BROKEN"),
                          QStringLiteral("The audit log was altered: the chain breaks at entry %1.")
                              .arg(v.firstBrokenSeq),
                          v.reason));
}

void SecurityCommand::auditList(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("ISO date/time (UTC)."),
                                   QStringLiteral("T"));
    p.addOption(since);
    if (!parse(p, args))
        return;
    QDateTime from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (p.isSet(since)) {
        from = QDateTime::fromString(p.value(since), Qt::ISODate);
        if (!from.isValid()) {
            fail(badRequest(QStringLiteral("--since takes an ISO date or date-time.")), 2);
            return;
        }
    }
    const auto actor = signIn();
    if (!actor)
        return;
    RoutiqError error;
    const auto entries = m_login->audit().list(*actor, from, &error);
    if (!entries) {
        fail(error);
        return;
    }
    for (const AuditEntry &e : *entries)
        std::printf("%6lld %s %-16s %-22s %s %s\n", qlonglong(e.seq),
                    qPrintable(e.atUtc.toString(Qt::ISODate)), qPrintable(e.userName),
                    qPrintable(e.action), qPrintable(e.objectId), qPrintable(e.details));
    succeed();
}

} // namespace routiq::cli
