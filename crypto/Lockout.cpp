#include "crypto/Lockout.h"

#include "crypto/ByteIo.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace veldwerk::crypto {

namespace {
constexpr std::array<unsigned char, 8> Magic = {'V', 'L', 'D', 'W', 'L', 'O', 'C', 'K'};
constexpr std::uint16_t FormatVersion = 1;
constexpr std::size_t ChecksumBytes = 16;
constexpr std::size_t FileBytes = Magic.size() + 2 + 4 + 1 + 1 + 8 + ChecksumBytes;
} // namespace

std::vector<unsigned char> serializeLockout(const LockoutState &state)
{
    ByteWriter w;
    w.bytes(Magic);
    w.u16(FormatVersion);
    w.u32(state.failures);
    w.u8(state.erased ? 1 : 0);
    w.u8(0);
    w.u64(static_cast<std::uint64_t>(state.nextAttemptMs));
    std::array<unsigned char, ChecksumBytes> sum{};
    crypto_generichash(sum.data(), sum.size(), w.buffer().data(), w.buffer().size(), nullptr, 0);
    w.bytes(sum);
    return std::move(w.buffer());
}

std::optional<LockoutState> parseLockout(std::span<const unsigned char> bytes)
{
    if (bytes.size() != FileBytes || !std::equal(Magic.begin(), Magic.end(), bytes.begin()))
        return std::nullopt;
    std::array<unsigned char, ChecksumBytes> sum{};
    crypto_generichash(sum.data(), sum.size(), bytes.data(), FileBytes - ChecksumBytes, nullptr, 0);
    if (sodium_memcmp(sum.data(), bytes.data() + FileBytes - ChecksumBytes, ChecksumBytes) != 0)
        return std::nullopt;

    ByteReader r(bytes.subspan(Magic.size()));
    std::uint16_t version = 0;
    std::uint8_t erased = 0;
    std::uint8_t reserved = 0;
    std::uint64_t next = 0;
    LockoutState state;
    if (!r.u16(version) || !r.u32(state.failures) || !r.u8(erased) || !r.u8(reserved) || !r.u64(next))
        return std::nullopt;
    if (version != FormatVersion || erased > 1 || reserved != 0)
        return std::nullopt;
    state.erased = erased == 1;
    state.nextAttemptMs = static_cast<std::int64_t>(next);
    return state;
}

std::chrono::milliseconds delayAfterFailures(std::uint32_t failures)
{
    using namespace std::chrono_literals;
    if (failures == 0)
        return 0ms;
    const std::uint32_t doublings = std::min<std::uint32_t>(failures - 1, 9);
    return std::min<std::chrono::milliseconds>(std::chrono::seconds(1u << doublings), 300s);
}

} // namespace veldwerk::crypto
