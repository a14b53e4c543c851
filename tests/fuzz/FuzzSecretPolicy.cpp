// Fuzz target: the secret rules and their UTF-8 decoder, which read whatever arrives on the CLI's standard input.
// Property: never crash; a secret accepted as a passphrase is valid UTF-8.
#include "crypto/SecretPolicy.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace veldwerk::crypto;
    const std::span<const unsigned char> input(data, size);
    const bool valid = isValidUtf8(input);
    if (checkSecret(SecretKind::Passphrase, input) == SecretProblem::None && !valid)
        std::abort();
    if (checkSecret(SecretKind::Pin, input) == SecretProblem::None && size != PinDigits)
        std::abort();
    return 0;
}
