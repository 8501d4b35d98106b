#pragma once

#include "domain/clinicconnection.h"
#include "serverchangefeed.h"
#include "serverconnection.h"
#include "serverconninfo.h"

#include <memory>

namespace routiq {

class ClinicSession;
class Clock;

// The app's session of one clinic in shared mode: a viewer ClinicSession reading through
// ServerClinicReader and following ServerViewerFeed, both as the signed-in account.
class ServerViewerSession
{
public:
    static std::unique_ptr<ClinicSession> make(const ClinicConnection &clinic,
                                               const ServerConnInfo &server,
                                               const ServerCredentials &credentials,
                                               const Clock *clock,
                                               const ServerChangeFeed::Options &feed = {});
};

} // namespace routiq
