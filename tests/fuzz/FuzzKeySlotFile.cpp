// Fuzz target: the key slot file parser (bytes from disk that a crash, a full disk or an attacker may have
// shaped). Property: never crash, and whatever parses re-serialises to the very same bytes.
// An odd first byte asks for the trailing checksum to be made valid first: a fuzzer cannot forge BLAKE2b, and an
// attacker with write access can, so the structure behind the checksum must be fuzzed as well.
#include "crypto/KeySlotFile.h"

#include <sodium.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::vector<unsigned char> input(data + 1, data + size);
    if ((data[0] & 1) && input.size() >= 32)
        crypto_generichash(input.data() + input.size() - 32, 32, input.data(), input.size() - 32, nullptr, 0);
    auto parsed = veldwerk::crypto::parseKeySlotFile(input);
    if (parsed) {
        const auto again = veldwerk::crypto::serializeKeySlotFile(*parsed);
        if (again != input)
            std::abort();
    }
    return 0;
}
