#pragma once

#include <QString>

namespace routiq::gui {

// `routiq --server CONNINFO` (or ROUTIQ_SERVER): the app as a viewer of the clinic server
// (ServerShell, issue 16). `user` prefills the sign-in; with ROUTIQ_PASSWORD_FILE set (a wall
// screen, a script) its first line is the password and the sign-in happens by itself.
struct ServerModeArguments
{
    QString conninfo;
    QString user;
    QString clinic;     // --clinic
    QString page;       // --page: dashboard or today
    QString screenshot; // --screenshot FILE (or the temp folder's when headless)
    int afterMs = 0;    // --after
};

// Runs the event loop; returns the process's exit status.
int runServerMode(const ServerModeArguments &arguments);

} // namespace routiq::gui
