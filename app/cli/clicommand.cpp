#include "clicommand.h"

#include "actinguserlogin.h"
#include "apikeyinput.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace routiq::cli {

void CliCommand::fail(const RoutiqError &error, int exitCode)
{
    RoutiqError e = error;
    if (!e.timestamp.isValid())
        e.timestamp = QDateTime::currentDateTimeUtc();
    std::fputs(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).constData(), stderr);
    std::fputc('\n', stderr);
    finishWith(exitCode);
}

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser skips the first element as the program name.
    if (parser.parse(QStringList{QStringLiteral("routiq-cli")} + args)) {
        if (parser.positionalArguments().isEmpty())
            return true;
        fail(badRequest(QStringLiteral("Unexpected argument '%1'.")
                            .arg(parser.positionalArguments().first())),
             2);
        return false;
    }
    fail(badRequest(parser.errorText()), 2);
    return false;
}

bool CliCommand::parseSyncArguments(const QStringList &args, QString *clinic, bool *watch)
{
    QCommandLineParser p;
    const QCommandLineOption clinicOption(QStringLiteral("clinic"), QStringLiteral("Clinic id."),
                                          QStringLiteral("ID"));
    const QCommandLineOption watchOption(QStringLiteral("watch"), QStringLiteral("Keep polling."));
    p.addOptions({clinicOption, watchOption});
    if (!parse(p, args))
        return false;
    if (!p.isSet(clinicOption)) {
        fail(badRequest(QStringLiteral("sync needs --clinic ID.")), 2);
        return false;
    }
    *clinic = p.value(clinicOption);
    *watch = p.isSet(watchOption);
    return true;
}

std::optional<PmsKind> CliCommand::pmsArgument(const QString &name)
{
    const auto kind = pmsKindFromName(name);
    if (!kind)
        fail(badRequest(QStringLiteral("Unknown PMS '%1': use cliniko or nookal.").arg(name)), 2);
    return kind;
}

std::optional<QString> CliCommand::readApiKey(const QString &file)
{
    const ApiKeyInput::Result input = ApiKeyInput::read(file);
    if (!input.warning.isEmpty())
        std::fprintf(stderr, "routiq-cli: warning: %s\n", qPrintable(input.warning));
    if (!input.key) {
        fail(badRequest(input.problem), 2);
        return std::nullopt;
    }
    return *input.key;
}

bool CliCommand::signIn(ActingUserLogin &login)
{
    RoutiqError error;
    int exitCode = 1;
    if (login.signIn(m_context.actingUser, &error, &exitCode))
        return true;
    fail(error, exitCode);
    return false;
}

RoutiqError CliCommand::badRequest(const QString &message)
{
    return RoutiqError::make(QStringLiteral("BAD_REQUEST"), message);
}

void CliCommand::finishWith(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Always asynchronous, so a command that fails inside start() still finishes after main()
    // has connected to it and entered the event loop.
    QTimer::singleShot(0, this, [this, exitCode] {
        if (!m_login) {
            emit finished(exitCode);
            return;
        }
        m_login->settle([this, exitCode] {
            QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
        });
    });
}

std::optional<RecordId> CliCommand::optionalId(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qlonglong id = text.toLongLong(ok);
    return *ok ? std::optional<RecordId>(id) : std::nullopt;
}

} // namespace routiq::cli
