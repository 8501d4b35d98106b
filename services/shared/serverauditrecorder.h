#pragma once

#include "security/auditrecorder.h"
#include "serverconnection.h"

#include <memory>

namespace routiq {

// AuditedAccess's recorder in shared mode: each entry goes to the server's audit_log, as the
// signed-in account (the server sets actor and time), over a connection of the thread that
// records (the app's GUI thread: exports are recorded before the file is written). The
// connection opens at the first entry and again after it was lost; with the server out of
// reach the entry is not recorded, so AuditedAccess refuses the export (fail closed).
class ServerAuditRecorder final : public AuditRecorder
{
public:
    ServerAuditRecorder(ServerConnInfo server, ServerCredentials credentials);
    ~ServerAuditRecorder() override;

    // `objectId` is the clinic AuditedAccess names ("all": every clinic shown), kept in the
    // entry's clinic_id; `details` goes into its detail as {"details": …}.
    bool record(const ActingUser &who, AuditAction action, const QString &objectId,
                const QString &details, RoutiqError *error) override;

private:
    ServerConnInfo m_server;
    ServerCredentials m_credentials;
    std::unique_ptr<ServerConnection> m_connection;
};

} // namespace routiq
