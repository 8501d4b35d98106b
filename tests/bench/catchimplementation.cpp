// Catch2's implementation without its main: the harness (tests/support/pgserver) FAILs in
// PgServer::shared(), which the shared bench links but never calls.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
