// Catch2 runner for the unit tests: libsodium must be initialised before any test runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "crypto/Sodium.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    if (!veldwerk::crypto::initialize()) {
        std::fputs("libsodium failed to initialise\n", stderr);
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
