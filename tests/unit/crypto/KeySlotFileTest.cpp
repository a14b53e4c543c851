// The key slot and lockout files are read from disk, where a crash, a full disk or a curious person may have
// changed them: every malformed form must be refused cleanly.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Lockout.h"

#include <sodium.h>

using namespace veldwerk::crypto;

namespace {

KeySlotFile sampleFile(int slots = 1)
{
    KeySlotFile file;
    file.maxFailures = 7;
    for (int i = 0; i < slots; ++i) {
        KeySlot slot;
        slot.kind = i == 1 ? SlotKind::KeyStorePin : SlotKind::Passphrase;
        slot.params = PasswordHashParams::forProfile(CostProfile::Moderate);
        randombytes_buf(slot.salt.data(), slot.salt.size());
        randombytes_buf(slot.nonce.data(), slot.nonce.size());
        randombytes_buf(slot.wrapped.data(), slot.wrapped.size());
        randombytes_buf(slot.challenge.data(), slot.challenge.size());
        file.slots.push_back(slot);
    }
    return file;
}

// Rewrites the trailing BLAKE2b-256 so that a deliberate change passes the accident check.
void resum(std::vector<unsigned char> &bytes)
{
    crypto_generichash(bytes.data() + bytes.size() - 32, 32, bytes.data(), bytes.size() - 32, nullptr, 0);
}

} // namespace

TEST_CASE("a key slot file survives a round trip", "[crypto][format]")
{
    const KeySlotFile file = sampleFile(2);
    const auto parsed = parseKeySlotFile(serializeKeySlotFile(file));
    REQUIRE(parsed);
    CHECK(parsed->maxFailures == 7);
    REQUIRE(parsed->slots.size() == 2);
    CHECK(parsed->slots[0].kind == SlotKind::Passphrase);
    CHECK(parsed->slots[1].kind == SlotKind::KeyStorePin);
    CHECK(parsed->slots[0].salt == file.slots[0].salt);
    CHECK(parsed->slots[1].challenge == file.slots[1].challenge);
    CHECK(parsed->slots[0].params == file.slots[0].params);
}

TEST_CASE("a truncated key slot file is refused at every length", "[crypto][format]")
{
    const auto bytes = serializeKeySlotFile(sampleFile(2));
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        INFO("length " << n);
        CHECK_FALSE(parseKeySlotFile(std::span(bytes).first(n)));
    }
}

TEST_CASE("any flipped bit in a key slot file is noticed", "[crypto][format]")
{
    const auto bytes = serializeKeySlotFile(sampleFile(1));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            auto damaged = bytes;
            damaged[i] ^= static_cast<unsigned char>(1 << bit);
            INFO("byte " << i << " bit " << bit);
            CHECK_FALSE(parseKeySlotFile(damaged));
        }
    }
}

TEST_CASE("a well-summed but malformed key slot file is refused with a reason", "[crypto][format]")
{
    auto bytes = serializeKeySlotFile(sampleFile(1));

    SECTION("wrong magic")
    {
        bytes[0] = 'X';
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::BadMagic);
    }
    SECTION("a future format version")
    {
        bytes[8] = 2;
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::UnsupportedVersion);
    }
    SECTION("a lockout policy out of range")
    {
        bytes[10] = 0;
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::BadPolicy);
    }
    SECTION("no slots")
    {
        bytes[12] = 0;
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::NoSlots);
    }
    SECTION("more slots than allowed")
    {
        bytes[12] = 200;
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::TooManySlots);
    }
    SECTION("more slots than bytes")
    {
        bytes[12] = 2;
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::Truncated);
    }
    SECTION("an unknown slot kind")
    {
        bytes[14] = 9;
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::BadSlot);
    }
    SECTION("Argon2id cheaper than the floor")
    {
        bytes[18] = 1; // opslimit 1
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::BadSlot);
    }
    SECTION("Argon2id asking for absurd memory")
    {
        bytes[29] = 0x7f; // memlimit's high byte
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::BadSlot);
    }
    SECTION("bytes after the last slot")
    {
        bytes.insert(bytes.end() - 32, 0x00);
        resum(bytes);
        CHECK(parseKeySlotFile(bytes).error() == SlotFileProblem::TrailingBytes);
    }
}

TEST_CASE("the lockout file round-trips and refuses anything else", "[crypto][format]")
{
    const LockoutState state{4, false, 1'700'000'000'123};
    const auto bytes = serializeLockout(state);
    REQUIRE(parseLockout(bytes) == state);
    const LockoutState erased{0, true, 0};
    CHECK(parseLockout(serializeLockout(erased)) == erased);

    for (std::size_t n = 0; n < bytes.size(); ++n)
        CHECK_FALSE(parseLockout(std::span(bytes).first(n)));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto damaged = bytes;
        damaged[i] ^= 0x01;
        CHECK_FALSE(parseLockout(damaged));
    }
}

TEST_CASE("the delay grows with each failure and is capped", "[crypto][lockout]")
{
    using namespace std::chrono_literals;
    CHECK(delayAfterFailures(0) == 0ms);
    CHECK(delayAfterFailures(1) == 1s);
    CHECK(delayAfterFailures(2) == 2s);
    CHECK(delayAfterFailures(3) == 4s);
    CHECK(delayAfterFailures(9) == 256s);
    CHECK(delayAfterFailures(10) == 300s);
    CHECK(delayAfterFailures(1000) == 300s);
    for (std::uint32_t f = 1; f < 20; ++f)
        CHECK(delayAfterFailures(f + 1) >= delayAfterFailures(f));
}
