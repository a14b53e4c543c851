#include "crypto/Sodium.h"

#include <sodium.h>

namespace veldwerk::crypto {

bool initialize()
{
    // sodium_init() returns 1 when already initialised, which is fine; only -1 is a failure.
    return sodium_init() >= 0;
}

} // namespace veldwerk::crypto
