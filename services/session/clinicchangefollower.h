#pragma once

#include "domain/routiqerror.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace routiq {

// What a viewer's ClinicSession follows instead of syncing: the live changes of a store that
// someone else writes (the shared server's agent, issue 16). It runs on a thread of its own and
// reports, on the owner's thread, the local dates each change touched, whether the store can be
// reached, and each moment it was (for "last updated"). ServerViewerFeed (services/shared) is
// the server's.
class ClinicChangeFollower : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ClinicChangeFollower() override = default;

    virtual void start() = 0;
    // The two halves of a stop, as for the session's other threads.
    virtual void requestStop() = 0;
    virtual void waitStopped() = 0;

signals:
    // Changes committed since the last report, by the local dates they touched.
    void changed(const QList<QDate> &dates);
    // Following (true), or lost with `error` and retrying (false). The first true comes after
    // the follower knows where it starts: what was committed before is in a full read made
    // after it, what comes later is reported.
    void reachableChanged(bool reachable, const routiq::RoutiqError &error);
    // The store answered just now.
    void caughtUp();
};

} // namespace routiq
