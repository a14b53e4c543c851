#include "crypto/KeySlotFile.h"

#include "crypto/ByteIo.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace veldwerk::crypto {

namespace {

constexpr std::array<unsigned char, 8> Magic = {'V', 'L', 'D', 'W', 'K', 'E', 'Y', 'S'};
constexpr std::uint16_t FormatVersion = 1;
constexpr std::uint8_t KdfArgon2id13 = 1;
constexpr std::size_t ChecksumBytes = 32;
constexpr std::size_t HeaderBytes = Magic.size() + 2 + 2 + 1 + 1;

std::array<unsigned char, ChecksumBytes> checksum(std::span<const unsigned char> bytes)
{
    std::array<unsigned char, ChecksumBytes> out{};
    crypto_generichash(out.data(), out.size(), bytes.data(), bytes.size(), nullptr, 0);
    return out;
}

} // namespace

std::string_view describe(SlotFileProblem problem)
{
    switch (problem) {
    case SlotFileProblem::Truncated:
        return "truncated";
    case SlotFileProblem::BadMagic:
        return "not a Veldwerk key slot file";
    case SlotFileProblem::UnsupportedVersion:
        return "unsupported format version";
    case SlotFileProblem::BadChecksum:
        return "checksum mismatch";
    case SlotFileProblem::BadPolicy:
        return "lockout policy out of range";
    case SlotFileProblem::NoSlots:
        return "no key slots";
    case SlotFileProblem::TooManySlots:
        return "too many key slots";
    case SlotFileProblem::BadSlot:
        return "invalid key slot";
    case SlotFileProblem::TrailingBytes:
        return "unexpected bytes after the last slot";
    }
    return "unknown";
}

std::vector<unsigned char> serializeKeySlotFile(const KeySlotFile &file)
{
    ByteWriter w;
    w.bytes(Magic);
    w.u16(FormatVersion);
    w.u16(file.maxFailures);
    w.u8(static_cast<std::uint8_t>(file.slots.size()));
    w.u8(0); // reserved
    for (const KeySlot &slot : file.slots) {
        w.u8(static_cast<std::uint8_t>(slot.kind));
        w.u8(KdfArgon2id13);
        w.u16(0); // reserved
        w.u32(slot.params.opsLimit);
        w.u64(slot.params.memLimit);
        w.bytes(slot.salt);
        w.bytes(slot.nonce);
        w.bytes(slot.wrapped);
        if (slot.kind == SlotKind::KeyStorePin)
            w.bytes(slot.challenge);
    }
    const auto sum = checksum(w.buffer());
    w.bytes(sum);
    return std::move(w.buffer());
}

Result<KeySlotFile, SlotFileProblem> parseKeySlotFile(std::span<const unsigned char> bytes)
{
    if (bytes.size() < Magic.size())
        return fail(SlotFileProblem::Truncated);
    if (!std::equal(Magic.begin(), Magic.end(), bytes.begin()))
        return fail(SlotFileProblem::BadMagic);
    if (bytes.size() < HeaderBytes + ChecksumBytes)
        return fail(SlotFileProblem::Truncated);

    ByteReader header(bytes.subspan(Magic.size()));
    std::uint16_t version = 0;
    (void)header.u16(version);
    if (version != FormatVersion)
        return fail(SlotFileProblem::UnsupportedVersion);

    const auto body = bytes.first(bytes.size() - ChecksumBytes);
    const auto expected = checksum(body);
    if (sodium_memcmp(expected.data(), bytes.data() + body.size(), ChecksumBytes) != 0) {
        // A file cut short by a crash or a full disk fails here too, before any field is trusted.
        return fail(SlotFileProblem::BadChecksum);
    }

    KeySlotFile file;
    std::uint8_t count = 0;
    std::uint8_t reserved = 0;
    (void)header.u16(file.maxFailures);
    (void)header.u8(count);
    (void)header.u8(reserved);
    if (file.maxFailures < MinMaxFailures || file.maxFailures > MaxMaxFailures)
        return fail(SlotFileProblem::BadPolicy);
    if (count == 0)
        return fail(SlotFileProblem::NoSlots);
    if (count > MaxSlots)
        return fail(SlotFileProblem::TooManySlots);
    if (reserved != 0)
        return fail(SlotFileProblem::BadSlot);

    ByteReader r(body.subspan(HeaderBytes));
    for (std::uint8_t i = 0; i < count; ++i) {
        KeySlot slot;
        std::uint8_t kind = 0;
        std::uint8_t kdf = 0;
        std::uint16_t slotReserved = 0;
        if (!r.u8(kind) || !r.u8(kdf) || !r.u16(slotReserved) || !r.u32(slot.params.opsLimit)
            || !r.u64(slot.params.memLimit) || !r.bytes(slot.salt) || !r.bytes(slot.nonce) || !r.bytes(slot.wrapped)) {
            return fail(SlotFileProblem::Truncated);
        }
        if (kind != static_cast<std::uint8_t>(SlotKind::Passphrase)
            && kind != static_cast<std::uint8_t>(SlotKind::KeyStorePin)) {
            return fail(SlotFileProblem::BadSlot);
        }
        slot.kind = static_cast<SlotKind>(kind);
        if (slot.kind == SlotKind::KeyStorePin && !r.bytes(slot.challenge))
            return fail(SlotFileProblem::Truncated);
        if (kdf != KdfArgon2id13 || slotReserved != 0 || !slot.params.acceptable())
            return fail(SlotFileProblem::BadSlot);
        file.slots.push_back(slot);
    }
    if (r.remaining() != 0)
        return fail(SlotFileProblem::TrailingBytes);
    return file;
}

} // namespace veldwerk::crypto
