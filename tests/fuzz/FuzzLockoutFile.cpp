// Fuzz target: the lockout file parser. Property: never crash; a parsed state re-serialises identically.
// An odd first byte makes the trailing checksum valid first, so the fields behind it are reached too.
#include "crypto/Lockout.h"

#include <sodium.h>

#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::vector<unsigned char> input(data + 1, data + size);
    if ((data[0] & 1) && input.size() >= 16)
        crypto_generichash(input.data() + input.size() - 16, 16, input.data(), input.size() - 16, nullptr, 0);
    const auto parsed = veldwerk::crypto::parseLockout(input);
    if (parsed && veldwerk::crypto::serializeLockout(*parsed) != input)
        std::abort();
    return 0;
}
