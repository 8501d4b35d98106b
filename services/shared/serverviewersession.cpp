#include "serverviewersession.h"

#include "serverclinicreader.h"
#include "serverviewerfeed.h"
#include "session/clinicsession.h"

namespace routiq {

std::unique_ptr<ClinicSession> ServerViewerSession::make(const ClinicConnection &clinic,
                                                         const ServerConnInfo &server,
                                                         const ServerCredentials &credentials,
                                                         const Clock *clock,
                                                         const ServerChangeFeed::Options &feed)
{
    return std::make_unique<ClinicSession>(
        clinic, ServerClinicReader::opener(server, credentials, clinic.id),
        std::make_unique<ServerViewerFeed>(server, credentials, clinic.id, feed), clock);
}

} // namespace routiq
