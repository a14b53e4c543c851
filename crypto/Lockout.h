#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace veldwerk::crypto {

// Failed-unlock bookkeeping, kept in its own small file beside the key slots. DESIGN §6: restoring an old
// copy of this file resets it, so it is a courtesy that slows a casual attacker and protects against a
// curious finder; the real bound on guessing is the keystore binding (where the platform has one) and the
// passphrase's strength.
struct LockoutState {
    std::uint32_t failures = 0;     // failed (or interrupted) attempts since the last success
    bool erased = false;            // the key slots were destroyed after too many failures
    std::int64_t nextAttemptMs = 0; // Unix time in ms before which no attempt is accepted

    friend bool operator==(const LockoutState &, const LockoutState &) = default;
};

std::vector<unsigned char> serializeLockout(const LockoutState &state);
// Parses untrusted bytes; nullopt for anything that is not a well-formed lockout file.
std::optional<LockoutState> parseLockout(std::span<const unsigned char> bytes);

// The delay after `failures` consecutive failures: none before the first, then 1 s, 2 s, 4 s, … capped at
// five minutes. Long enough to make guessing slow, short enough that a typo costs a second.
std::chrono::milliseconds delayAfterFailures(std::uint32_t failures);

} // namespace veldwerk::crypto
