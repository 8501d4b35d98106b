#include "serversecuritycommand.h"

#include "accountlisting.h"
#include "auditlisting.h"
#include "passwordinput.h"
#include "serversignin.h"

#include "security/accountexpiry.h"
#include "shared/serveraccounts.h"
#include "shared/serverauditlog.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <cstdio>

namespace routiq::cli {

namespace {

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), QStringLiteral("User name."), QStringLiteral("NAME")};
}

QCommandLineOption clinicOption()
{
    return {QStringLiteral("clinic"), QStringLiteral("Clinic id (repeat)."), QStringLiteral("ID")};
}

std::optional<QString> newPassword(const QString &name)
{
    return PasswordInput::read("ROUTIQ_NEW_PASSWORD_FILE",
                               QStringLiteral("New password for %1: ").arg(name));
}

} // namespace

ServerSecurityCommand::ServerSecurityCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

ServerSecurityCommand::~ServerSecurityCommand() = default;

void ServerSecurityCommand::start(const QStringList &args)
{
    run(args);
}

void ServerSecurityCommand::run(const QStringList &args)
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
    else if (group == QLatin1String("user") &&
             (sub == QLatin1String("grant") || sub == QLatin1String("revoke")))
        userClinics(sub, rest);
    else if (group == QLatin1String("user") &&
             (sub == QLatin1String("set-password") || sub == QLatin1String("passwd")))
        userSetPassword(sub, rest);
    else if (group == QLatin1String("audit") && sub == QLatin1String("list"))
        auditList(rest);
    else if (group == QLatin1String("audit") || group == QLatin1String("user"))
        fail(badRequest(QStringLiteral("'%1 %2' does not work with --server (docs/shared-mode.md): "
                                       "user add|list|disable|enable|set-role|grant|revoke|"
                                       "set-password|passwd and audit list do.")
                            .arg(group, sub)),
             2);
}

bool ServerSecurityCommand::signIn()
{
    RoutiqError error;
    m_session = ServerSignIn::open(context(), &error);
    if (!m_session) {
        fail(error, errorExitStatus(error.typedCode()));
        return false;
    }
    return true;
}

// A refusal by AccessPolicy: audited on the server like the local one, then the command fails.
bool ServerSecurityCommand::allowed(const RoutiqError &denied, const QString &what)
{
    if (denied.isNull())
        return true;
    ServerAuditLog(m_session->database())
        .record(AuditAction::AccessDenied, {}, {}, QJsonObject{{QStringLiteral("command"), what}},
                nullptr);
    fail(denied);
    return false;
}

void ServerSecurityCommand::userAdd(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name = nameOption();
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("admin|staff|readonly|agent"),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption clinic = clinicOption();
    const QCommandLineOption expires(QStringLiteral("expires"), QStringLiteral("YYYY-MM-DD"),
                                     QStringLiteral("DATE"));
    p.addOptions({name, role, clinic, expires});
    if (!parse(p, args))
        return;
    if (!p.isSet(name) || !p.isSet(role)) {
        fail(badRequest(QStringLiteral("user add needs --name and --role.")), 2);
        return;
    }
    if (!ServerAccounts::isValidRole(p.value(role))) {
        fail(badRequest(QStringLiteral("Unknown role '%1': use admin, staff, readonly or agent.")
                            .arg(p.value(role))),
             2);
        return;
    }
    const QDate lastDay =
        p.isSet(expires) ? QDate::fromString(p.value(expires), Qt::ISODate) : QDate();
    if (p.isSet(expires) && !lastDay.isValid()) {
        fail(badRequest(QStringLiteral("--expires takes a date, YYYY-MM-DD.")), 2);
        return;
    }
    if (!ServerAccounts::isValidName(p.value(name))) {
        fail(badRequest(QStringLiteral("'%1' is not an account name: lower-case letters, digits, "
                                       "'_', '.', '-', starting with a letter.")
                            .arg(p.value(name).left(80))),
             2);
        return;
    }
    if (!signIn() ||
        !allowed(m_policy.manageUsers(m_session->actingUser()), QStringLiteral("user add")))
        return;
    const auto password = newPassword(p.value(name));
    if (!password) {
        fail(badRequest(
                 QStringLiteral("No password: set ROUTIQ_NEW_PASSWORD_FILE or run at a terminal.")),
             2);
        return;
    }
    const ServerAccounts accounts(m_session->database());
    RoutiqError error;
    std::optional<QDateTime> end;
    if (lastDay.isValid()) {
        // As on one PC: the account works through its last day where the person works, to the
        // next midnight in its clinics' zones (an admin's: every clinic's).
        const bool admin = p.value(role) == QLatin1String("admin");
        const auto zones = accounts.clinicZones(admin ? QStringList() : p.values(clinic), &error);
        if (!zones) {
            fail(error);
            return;
        }
        end = AccountExpiry::endOf(lastDay, *zones);
        if (*end <= QDateTime::currentDateTimeUtc()) {
            fail(badRequest(QStringLiteral("--expires %1 is over already: give the account's "
                                           "last day, today or later.")
                                .arg(lastDay.toString(Qt::ISODate))),
                 2);
            return;
        }
    }
    if (!accounts.create(p.value(name), p.value(role), *password, p.values(clinic), &error, end)) {
        fail(error);
        return;
    }
    std::printf("%s\n", qPrintable(AccountListing::added(p.value(role), p.value(name), end)));
    succeed();
}

void ServerSecurityCommand::userList(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    if (!signIn() ||
        !allowed(m_policy.manageUsers(m_session->actingUser()), QStringLiteral("user list")))
        return;
    RoutiqError error;
    const auto accounts = ServerAccounts(m_session->database()).list(&error);
    if (!accounts) {
        fail(error);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ServerAccount &a : *accounts)
        std::printf("%s\n", qPrintable(AccountListing::line(a.username, a.role, !a.canLogin,
                                                            a.expiresAt, a.clinics, now)));
    succeed();
}

void ServerSecurityCommand::userChange(const QString &what, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name = nameOption();
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Role."),
                                  QStringLiteral("ROLE"));
    p.addOptions({name, role});
    if (!parse(p, args))
        return;
    const bool setRole = what == QLatin1String("set-role");
    if (!p.isSet(name) || (setRole && !p.isSet(role))) {
        fail(badRequest(QStringLiteral("user %1 needs --name%2.")
                            .arg(what, setRole ? QStringLiteral(" and --role") : QString())),
             2);
        return;
    }
    if (setRole && !ServerAccounts::isValidRole(p.value(role))) {
        fail(badRequest(QStringLiteral("Unknown role '%1'.").arg(p.value(role))), 2);
        return;
    }
    if (!signIn() ||
        !allowed(m_policy.manageUsers(m_session->actingUser()), QStringLiteral("user ") + what))
        return;
    const ServerAccounts accounts(m_session->database());
    RoutiqError error;
    const bool ok =
        setRole ? accounts.setRole(p.value(name), p.value(role), &error)
                : accounts.setDisabled(p.value(name), what == QLatin1String("disable"), &error);
    if (!ok) {
        fail(error);
        return;
    }
    std::printf("Done: %s %s.\n", qPrintable(what), qPrintable(p.value(name)));
    succeed();
}

void ServerSecurityCommand::userClinics(const QString &what, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name = nameOption();
    const QCommandLineOption clinic = clinicOption();
    p.addOptions({name, clinic});
    if (!parse(p, args))
        return;
    if (!p.isSet(name) || !p.isSet(clinic)) {
        fail(badRequest(QStringLiteral("user %1 needs --name and --clinic.").arg(what)), 2);
        return;
    }
    if (!signIn() ||
        !allowed(m_policy.manageUsers(m_session->actingUser()), QStringLiteral("user ") + what))
        return;
    RoutiqError error;
    if (!ServerAccounts(m_session->database())
             .setClinics(p.value(name), p.values(clinic), what == QLatin1String("grant"), &error)) {
        fail(error);
        return;
    }
    std::printf("Done: %s %s.\n", qPrintable(what), qPrintable(p.value(name)));
    succeed();
}

void ServerSecurityCommand::userSetPassword(const QString &what, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name = nameOption();
    const bool own = what == QLatin1String("passwd");
    if (!own)
        p.addOption(name);
    if (!parse(p, args))
        return;
    if (!own && !p.isSet(name)) {
        fail(badRequest(QStringLiteral("user set-password needs --name.")), 2);
        return;
    }
    if (!signIn())
        return;
    const QString target = own ? m_session->account().username : p.value(name);
    if (!own && !allowed(m_policy.manageUsers(m_session->actingUser()),
                         QStringLiteral("user set-password")))
        return;
    const auto password = newPassword(target);
    if (!password) {
        fail(badRequest(
                 QStringLiteral("No password: set ROUTIQ_NEW_PASSWORD_FILE or run at a terminal.")),
             2);
        return;
    }
    RoutiqError error;
    if (!ServerAccounts(m_session->database()).setPassword(target, *password, &error)) {
        fail(error);
        return;
    }
    if (own)
        std::printf("Your new password is set.\n");
    else
        std::printf("New password for '%s'.\n", qPrintable(target));
    succeed();
}

void ServerSecurityCommand::auditList(const QStringList &args)
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
    if (!signIn() ||
        !allowed(m_policy.viewAudit(m_session->actingUser()), QStringLiteral("audit list")))
        return;
    const ServerAuditLog log(m_session->database());
    RoutiqError error;
    const auto entries = log.list(*from, &error);
    if (!entries) {
        fail(error);
        return;
    }
    AuditListing::print(*entries);
    if (!log.record(AuditAction::AuditViewed, {}, {}, {}, &error)) {
        fail(error);
        return;
    }
    succeed();
}

} // namespace routiq::cli
