#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "crypto/VaultError.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace veldwerk::crypto {

// Argon2id cost profiles: libsodium's named limits. On this project's machines INTERACTIVE takes ~65 ms
// (64 MiB), MODERATE ~420 ms (256 MiB), SENSITIVE ~2.6 s (1 GiB). MODERATE is the default: closest to the
// ≈0.5 s DESIGN §6 asks for.
enum class CostProfile { Interactive, Moderate, Sensitive };

std::optional<CostProfile> parseCostProfile(std::string_view name);
std::string_view costProfileName(CostProfile profile);

struct PasswordHashParams {
    std::uint32_t opsLimit = 0;
    std::uint64_t memLimit = 0; // bytes

    static PasswordHashParams forProfile(CostProfile profile);
    // The floor is INTERACTIVE: a slot file claiming cheaper parameters is refused as damaged, so lowering the
    // cost needs write access to the file and gains nothing (the wrapped key was made with the real cost).
    // The ceiling keeps a hostile file from making unlock allocate unbounded memory.
    bool acceptable() const;

    friend bool operator==(const PasswordHashParams &, const PasswordHashParams &) = default;
};

inline constexpr std::size_t SaltBytes = 16;
inline constexpr std::size_t DerivedKeyBytes = 32;

// Argon2id v1.3 (crypto_pwhash, parallelism 1) of `secret` into a 32-byte key.
Result<SecureBuffer, VaultError> derivePasswordKey(std::span<const unsigned char> secret,
                                                   std::span<const unsigned char, SaltBytes> salt,
                                                   const PasswordHashParams &params);

} // namespace veldwerk::crypto
