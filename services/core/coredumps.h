#pragma once

namespace routiq {

// Keeps the process out of core dumps. A dump of Routiq holds what it holds in memory: the
// database keys, API keys, the typed password while it is checked, patient names on screen —
// written to disk (or to systemd-coredump) where anyone who can read crash files can read them.
// Call first thing in main(), for the app and the CLI.
class CoreDumps
{
public:
    // Linux: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 (the latter also refuses ptrace attaches by
    // other processes of the same user, and gives /proc/self to root; skipped in sanitizer
    // builds, whose leak checker ptraces its own process). macOS: RLIMIT_CORE 0. Windows: no
    // core files exist; Windows Error Reporting is configured system-wide. True when every
    // step this platform has worked.
    static bool disable();
};

} // namespace routiq
