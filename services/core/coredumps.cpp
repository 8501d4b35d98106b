#include "coredumps.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace routiq {

bool CoreDumps::disable()
{
    bool ok = true;
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(__linux__)
#if defined(__SANITIZE_ADDRESS__)
    // LeakSanitizer stops the world with ptrace on its own threads: keep the process dumpable.
#else
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#endif
    return ok;
}

} // namespace routiq
