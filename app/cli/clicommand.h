#pragma once

#include "domain/ids.h"
#include "domain/pmskind.h"
#include "domain/routiqerror.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace routiq::cli {

class ActingUserLogin;

// What every command gets from the global options.
struct CliContext
{
    QString dataDir;
    QString masterKeyFile; // empty = the OS keychain
    QString actingUser;    // --user: the account commands that need one act as
    QString server;        // --server / ROUTIQ_SERVER: the shared server's conninfo (issue 16)
};

// One routiq-cli command. Commands are asynchronous (keychain jobs, network, sync threads run on
// the event loop that main() starts): start() begins the work and `finished` reports the exit
// code once, later.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    explicit CliCommand(CliContext context, QObject *parent = nullptr)
        : QObject(parent), m_context(std::move(context))
    {}

    virtual void start(const QStringList &args) = 0;

signals:
    void finished(int exitCode);

protected:
    const CliContext &context() const { return m_context; }
    // Parses `args` (after the command words) with `parser`; on a bad option fails the command
    // with a BAD_REQUEST error and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &args);
    // A BAD_REQUEST error with this message.
    static RoutiqError badRequest(const QString &message);
    // `sync --clinic ID [--watch]`, the same flags in the single-PC mode and for the server's
    // agent: false after failing the command (a bad option, no --clinic).
    bool parseSyncArguments(const QStringList &args, QString *clinic, bool *watch);
    // The PMS named by --pms (cliniko, nookal); null after failing the command.
    std::optional<PmsKind> pmsArgument(const QString &name);
    // The API key from --api-key-file FILE (or - for standard input) through ApiKeyInput, a
    // warning on stderr (e.g. a file others may read); null after failing the command.
    std::optional<QString> readApiKey(const QString &file);
    // An optional record id given as text: null when empty; *ok false when not a number.
    static std::optional<RecordId> optionalId(const QString &text, bool *ok);
    // Prints the typed error as JSON on stderr and finishes with `exitCode`.
    void fail(const RoutiqError &error, int exitCode = 1);
    void succeed() { finishWith(0); }
    // Signs in the --user account through `login`; on failure prints the error and finishes
    // (NO_ACCOUNT / LOGIN_REQUIRED exit 2, a refused login exit 1) and returns false.
    bool signIn(ActingUserLogin &login);
    void finishWith(int exitCode);
    // The command's acting-user login (it must outlive the command's finishing): finishing then
    // waits for it to anchor the audit log and write the keychain's audit counter, so entries
    // this run wrote are counted outside the data folder before the process exits.
    void keepAuditHead(ActingUserLogin *login) { m_login = login; }

private:
    CliContext m_context;
    ActingUserLogin *m_login = nullptr;
    bool m_finished = false;
};

} // namespace routiq::cli
