// Routiq's processes never write core dumps (they would hold keys and patient data).
#include "core/coredumps.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

using namespace routiq;

TEST_CASE("disabling core dumps sets the core size limit to zero and makes the process "
          "undumpable")
{
    // This test process gives up its own dumps: nothing else in the suite needs them.
    REQUIRE(CoreDumps::disable());
#if defined(__unix__) || defined(__APPLE__)
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    CHECK(limit.rlim_cur == 0);
    CHECK(limit.rlim_max == 0); // and it cannot be raised again
#endif
#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
    CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
#endif
}
