#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "domain/clinicconnection.h"

#include <QJsonArray>

#include <memory>

namespace routiq {
class AppContext;
class ServerConnection;
} // namespace routiq

namespace routiq::cli {

// `routiq-cli --server CONNINFO --user ADMIN server import --data-dir DIR` (issue 16): moves a
// single-PC data folder into the shared server, run by the set-up role (CONNINFO's role, which
// owns the database). The folder is opened like every local command (the folder's admin signs
// in with --user and ROUTIQ_PASSWORD_FILE); then each clinic's cache goes over in one server
// transaction (ServerClinicImport), then the accounts and the audit log in one more
// (ServerFolderImport). A second import is refused before anything is written (ALREADY_IMPORTED:
// a clinic or an account of the folder is on the server already). Prints one JSON report, with
// each account's initial password once. The PMS API keys stay in the folder's keychain: the
// report names the clinics whose agent needs `clinic add` with the key on its machine.
class ServerImportCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit ServerImportCommand(CliContext context, QObject *parent = nullptr);
    ~ServerImportCommand() override;
    void start(const QStringList &args) override;

private:
    void opened();
    void importNext();
    void importAccounts();

    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login;
    std::unique_ptr<ServerConnection> m_server;
    QString m_dataDir;
    QString m_serverDescription;
    QList<ClinicConnection> m_clinics;
    int m_next = 0;
    QJsonArray m_clinicReports;
};

} // namespace routiq::cli
