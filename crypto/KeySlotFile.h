#pragma once

#include "common/Result.h"
#include "crypto/KeySlot.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace veldwerk::crypto {

inline constexpr std::uint16_t DefaultMaxFailures = 10;
inline constexpr std::uint16_t MinMaxFailures = 3;
inline constexpr std::uint16_t MaxMaxFailures = 100;
inline constexpr std::size_t MaxSlots = 4;

// The key slot file (docs/vault-format.md): the vault's policy and its slots, with a BLAKE2b-256 checksum at
// the end. The checksum tells accidental damage ("the file is damaged") from a wrong secret; it is not a
// defence against deliberate change, which the authenticated wrap of each slot already gives.
struct KeySlotFile {
    std::uint16_t maxFailures = DefaultMaxFailures;
    std::vector<KeySlot> slots;
};

enum class SlotFileProblem {
    Truncated,
    BadMagic,
    UnsupportedVersion,
    BadChecksum,
    BadPolicy,
    NoSlots,
    TooManySlots,
    BadSlot,
    TrailingBytes,
};

std::string_view describe(SlotFileProblem problem);

std::vector<unsigned char> serializeKeySlotFile(const KeySlotFile &file);
// Parses untrusted bytes: never reads out of bounds, never allocates more than MaxSlots slots.
Result<KeySlotFile, SlotFileProblem> parseKeySlotFile(std::span<const unsigned char> bytes);

} // namespace veldwerk::crypto
