#include "serverauditrecorder.h"

#include "serverauditlog.h"

#include <QJsonObject>

namespace routiq {

ServerAuditRecorder::ServerAuditRecorder(ServerConnInfo server, ServerCredentials credentials)
    : m_server(std::move(server)), m_credentials(std::move(credentials))
{}

ServerAuditRecorder::~ServerAuditRecorder() = default;

bool ServerAuditRecorder::record(const ActingUser &, AuditAction action, const QString &objectId,
                                 const QString &details, RoutiqError *error)
{
    RoutiqError failure;
    if (!m_connection)
        m_connection = ServerConnection::open(m_server, m_credentials, &failure);
    if (m_connection) {
        const bool everyClinic = objectId == QLatin1String("all");
        if (ServerAuditLog(m_connection->database())
                .record(action, everyClinic ? ClinicId() : objectId,
                        everyClinic ? objectId : QString(),
                        QJsonObject{{QStringLiteral("details"), details}}, &failure))
            return true;
        if (failure.is(ErrorCode::ServerUnreachable))
            m_connection.reset(); // a new one at the next entry
    }
    if (error)
        *error = failure;
    return false;
}

} // namespace routiq
