#include "securitycommand.h"

#include "accountlisting.h"
#include "auditlisting.h"
#include "passwordinput.h"

#include "security/accountexpiry.h"
#include "security/auditverifier.h"
#include "session/cliniczone.h"

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
                         keepAuditHead(m_login.get());
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
    else if (group == QLatin1String("user") && sub == QLatin1String("passwd"))
        userPasswd(rest);
    else if (group == QLatin1String("audit") && sub == QLatin1String("verify"))
        auditVerify(rest);
    else if (group == QLatin1String("audit") && sub == QLatin1String("list"))
        auditList(rest);
    else if (group == QLatin1String("audit") && sub == QLatin1String("re-anchor"))
        auditReanchor(rest);
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
    const auto add = [this, actor](const AccountService::NewAccount &account) {
        RoutiqError addError;
        if (!m_login->accounts().addAccount(*actor, account, &addError)) {
            fail(addError);
            return;
        }
        std::printf("%s\n", qPrintable(AccountListing::added(roleName(account.role),
                                                             account.username, account.expiresAt)));
        succeed();
    };
    if (!p.isSet(expires)) {
        add(spec);
        return;
    }
    const QDate lastDay = QDate::fromString(p.value(expires), Qt::ISODate);
    if (!lastDay.isValid()) {
        fail(badRequest(QStringLiteral("--expires takes a date, YYYY-MM-DD.")), 2);
        return;
    }
    // The account works through its last day where the person works: it ends at the next
    // midnight in its clinics' zone (an admin's: every clinic's), not at midnight UTC.
    const QList<ClinicId> clinics = spec.role == Role::Admin ? QList<ClinicId>() : spec.clinics;
    ClinicZone::ofClinics(*m_app, clinics, [spec, lastDay, add](const QList<QTimeZone> &zones) {
        AccountService::NewAccount account = spec;
        account.expiresAt = AccountExpiry::endOf(lastDay, zones);
        add(account);
    });
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

void SecurityCommand::userPasswd(const QStringList &args)
{
    // The acting user's own password: --user's sign-in has just proven the current one. The
    // same AccountService::setPassword as the app's "My account", so the key slot follows and an
    // admin's "must change" flag is cleared.
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    const auto actor = signIn();
    if (!actor)
        return;
    const auto password = PasswordInput::read(
        "ROUTIQ_NEW_PASSWORD_FILE", QStringLiteral("New password for %1: ").arg(actor->username));
    if (!password) {
        fail(badRequest(
                 QStringLiteral("No password: set ROUTIQ_NEW_PASSWORD_FILE or run at a terminal.")),
             2);
        return;
    }
    if (!qEnvironmentVariableIsSet("ROUTIQ_NEW_PASSWORD_FILE")) {
        const auto again = PasswordInput::read("ROUTIQ_NEW_PASSWORD_FILE",
                                               QStringLiteral("The new password again: "));
        if (!again || *again != *password) {
            fail(badRequest(QStringLiteral("The two new passwords differ: nothing was changed.")),
                 2);
            return;
        }
    }
    RoutiqError error;
    if (!m_login->accounts().setPassword(*actor, actor->username, *password, &error)) {
        fail(error);
        return;
    }
    std::printf("Your new password is set (and your key slot sealed under it).\n");
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Account &a : *accounts)
        std::printf("%s\n",
                    qPrintable(AccountListing::line(a.username, roleName(a.role), a.disabled,
                                                    a.expiresAt, a.clinics, now)));
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
    // The log and its audit key are inside the encrypted app database, so reading them needs a
    // sign-in, whose own entry extends the chain past the anchor and the keychain counter; both
    // are left alone by this run (the next command moves them on).
    m_login->setAnchorUpdates(false);
    if (!signIn())
        return;
    AuditVerifier::AnchorReading anchor;
    anchor.saved = m_login->anchor().read(&anchor.error);
    m_login->counter().read([this, anchor](const AuditCounter::Reading &counter) {
        const AuditVerifier::Report report =
            AuditVerifier::check(m_login->audit(), anchor, counter);
        for (const QString &warning : report.warnings)
            std::fprintf(stderr, "routiq-cli: warning: %s.\n", qPrintable(warning));
        if (!report.ok) {
            fail(RoutiqError::make(report.code, report.message, report.details));
            return;
        }
        QString facts;
        for (const QString &note : report.notes)
            facts += QStringLiteral("; ") + note;
        std::printf("Audit log intact: %lld entries, every link%s verified%s.\n",
                    qlonglong(report.entries), m_login->audit().hasMacKey() ? " and MAC" : "",
                    qPrintable(facts));
        succeed();
    });
}

void SecurityCommand::auditReanchor(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    const auto actor = signIn();
    if (!actor)
        return;
    if (RoutiqError denied = m_login->policy().viewAudit(*actor); !denied.isNull()) {
        m_login->audit().record(*actor, AuditAction::AccessDenied, {},
                                QStringLiteral("permission=view_audit command=re-anchor"));
        fail(denied);
        return;
    }
    // Re-anchoring accepts the database's log as it now is (e.g. a restore the admin checked);
    // it never papers over a log that fails on its own.
    const AuditLog::Verification v = m_login->audit().verify();
    if (!v.ok) {
        fail(RoutiqError::make(
            v.code,
            QStringLiteral("The audit log fails on its own at entry %1, so it is not re-anchored.")
                .arg(v.firstBrokenSeq),
            v.reason));
        return;
    }
    RoutiqError anchorError;
    const auto previous = m_login->anchor().load(&anchorError);
    const QString was =
        previous ? QString::number(previous->seq)
                 : (anchorError.isNull() ? QStringLiteral("missing") : QStringLiteral("invalid"));
    m_login->counter().read([this, actor, was](const AuditCounter::Reading &counter) {
        const QString counterWas = counter.state == AuditCounter::State::Valid
                                       ? QString::number(counter.head.seq)
                                       : QStringLiteral("none");
        RoutiqError error;
        if (!m_login->audit().record(
                *actor, AuditAction::AuditReanchored, {},
                QStringLiteral("anchor_was=%1 counter_was=%2").arg(was, counterWas), &error)) {
            fail(error);
            return;
        }
        if (!m_login->anchor().reanchor(m_login->audit(), &error)) {
            fail(error);
            return;
        }
        m_login->counter().reset([this](const RoutiqError &resetError) {
            if (!resetError.isNull()) {
                fail(resetError);
                return;
            }
            std::printf("Re-anchored the audit log at entry %lld (%s and the keychain).\n",
                        qlonglong(m_login->audit().head().seq), AuditAnchor::kFileName);
            succeed();
        });
    });
}

void SecurityCommand::auditList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(AuditListing::sinceOption());
    if (!parse(p, args))
        return;
    RoutiqError sinceError;
    const auto from = AuditListing::since(p, &sinceError);
    if (!from) {
        fail(sinceError, 2);
        return;
    }
    const auto actor = signIn();
    if (!actor)
        return;
    RoutiqError error;
    const auto entries = m_login->audit().list(*actor, *from, &error);
    if (!entries) {
        fail(error);
        return;
    }
    AuditListing::print(*entries);
    succeed();
}

} // namespace routiq::cli
