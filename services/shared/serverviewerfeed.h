#pragma once

#include "core/workerthread.h"
#include "domain/ids.h"
#include "serverchangefeed.h"
#include "serverconnection.h"
#include "serverconninfo.h"
#include "session/clinicchangefollower.h"

namespace routiq {

// A viewer's follower of one clinic on the shared server: a ServerChangeFeed as the signed-in
// account, on a thread of its own (its connects can wait for the server's timeout, never the
// window). Its states become reachableChanged (Live: true; Reconnecting: false with the error),
// its changes the dates they touched, its every read caughtUp.
class ServerViewerFeed final : public ClinicChangeFollower
{
    Q_OBJECT
public:
    ServerViewerFeed(ServerConnInfo server, ServerCredentials credentials, ClinicId clinic,
                     ServerChangeFeed::Options options = {}, QObject *parent = nullptr);
    ~ServerViewerFeed() override;

    void start() override;
    void requestStop() override;
    void waitStopped() override;

private:
    struct InThread;

    ServerConnInfo m_server;
    ServerCredentials m_credentials;
    ClinicId m_clinic;
    ServerChangeFeed::Options m_options;
    WorkerThread m_thread;
    InThread *m_context = nullptr; // lives in m_thread
};

} // namespace routiq
