// Known-answer tests for every construction the vault uses, each vector from a source independent of this
// project's code (KeePassXC style: the primitives are checked, then our format built from them).
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "crypto/KeySlot.h"
#include "crypto/KeySlotFile.h"
#include "crypto/MasterKey.h"
#include "crypto/PasswordHash.h"

#include <sodium.h>

using namespace veldwerk;
using namespace veldwerk::crypto;
using veldwerk::test::bytesOf;
using veldwerk::test::fromHex;
using veldwerk::test::toHex;

namespace {
std::array<unsigned char, SaltBytes> salt16(std::string_view s)
{
    std::array<unsigned char, SaltBytes> out{};
    std::copy(s.begin(), s.end(), out.begin());
    return out;
}
} // namespace

TEST_CASE("Argon2id matches the reference implementation", "[crypto][kat]")
{
    // Vectors from the PHC reference implementation's CLI (Debian package argon2 0~20171227), e.g.
    //   echo -n "correct horse battery" | argon2 "veldwerk-salt-16" -id -t 2 -m 6 -p 1 -l 32 -r
    // libsodium's crypto_pwhash is Argon2id v1.3 with parallelism 1 and memlimit in bytes (2^m KiB).
    const auto salt = salt16("veldwerk-salt-16");

    SECTION("64 KiB, 2 passes")
    {
        auto key = derivePasswordKey(bytesOf("correct horse battery"), salt, {2, 64 * 1024});
        REQUIRE(key);
        CHECK(toHex(key->span()) == "dccf7af47350bc6e86e8436c5accd4fc022b60bc888892bc2ac90b0927bf1830");
    }
    SECTION("the INTERACTIVE profile (64 MiB, 2 passes)")
    {
        const auto params = PasswordHashParams::forProfile(CostProfile::Interactive);
        REQUIRE(params == PasswordHashParams{2, 64u * 1024 * 1024});
        auto key = derivePasswordKey(bytesOf("correct horse battery"), salt, params);
        REQUIRE(key);
        CHECK(toHex(key->span()) == "842b8afa068abf0b1c513d11cb577844bfadf15692c146f3224de12779154f80");
    }
}

TEST_CASE("sub-keys match an independent BLAKE2b", "[crypto][kat]")
{
    // crypto_kdf_derive_from_key is BLAKE2b-256 keyed with the master key, salt = LE64(id) || 0^8,
    // personal = "Veldwerk" || 0^8. Vectors from Python's hashlib (its own BLAKE2 implementation):
    //   hashlib.blake2b(b'', digest_size=32, key=bytes(range(32)),
    //                   salt=id.to_bytes(8,'little')+bytes(8), person=b'Veldwerk'+bytes(8)).hexdigest()
    SecureBuffer raw(32);
    for (unsigned i = 0; i < 32; ++i)
        raw.data()[i] = static_cast<unsigned char>(i);
    const MasterKey key = MasterKey::fromBytes(std::move(raw));
    REQUIRE(key.valid());
    CHECK(toHex(key.derive(KeyPurpose::Database).span())
          == "7b81e5cfb99d5b6aea2245b3b2588d036be17419c864c02bf1dfe37174e37317");
    CHECK(toHex(key.derive(KeyPurpose::BlobKeyWrapping).span())
          == "754d7219cd5f322234c94d34bd2450c653fa324715faab2a9ab637cf73952b30");
    CHECK(toHex(key.derive(KeyPurpose::AuditMac).span())
          == "0d7605631110360c67f2000738577dec14cc7b230fc4f76c710d7fe7520ccb81");
}

TEST_CASE("crypto_secretbox matches published vectors", "[crypto][kat]")
{
    // XSalsa20-Poly1305 with an all-zero key and nonce. Vectors from the test suites of two independent
    // libsodium bindings: sodium-sys (Rust, MIT/Apache-2.0, tests/secretbox.rs: "test") and luasodium
    // (MIT, test-crypto_secretbox.lua: "yay"). Both imply the same first keystream bytes.
    const std::array<unsigned char, 32> key{};
    const std::array<unsigned char, 24> nonce{};
    auto seal = [&](std::string_view message) {
        std::vector<unsigned char> out(crypto_secretbox_MACBYTES + message.size());
        REQUIRE(crypto_secretbox_easy(out.data(), bytesOf(message).data(), message.size(), nonce.data(), key.data())
                == 0);
        return toHex(out);
    };
    CHECK(seal("test") == toHex(std::vector<unsigned char>{175, 153, 180, 147, 246, 123, 253, 41, 159, 169,
                                                           32,  114, 64,  251, 167, 179, 178, 91, 200, 139}));
    CHECK(seal("yay")
          == toHex(std::vector<unsigned char>{84, 131, 248, 12, 139, 116, 241, 128, 234, 239, 195, 4, 159, 62, 44, 3,
                                              191, 95, 194}));
}

TEST_CASE("a key slot file written by format version 1 opens forever", "[crypto][kat]")
{
    // The composite vector: master key 00..1f, passphrase "correct horse battery", salt "veldwerk-salt-16",
    // nonce 24 × 0x24, INTERACTIVE cost, policy 10 failures. Its parts are checked above; this vector pins the
    // byte layout (docs/vault-format.md) so that a vault made by this version opens in every later one.
    // Laid out field by field as docs/vault-format.md describes them.
    const std::string expected = std::string("564c44574b455953")      // magic "VLDWKEYS"
                                 + "0100" + "0a00" + "01" + "00"      // version 1, 10 failures, 1 slot, reserved
                                 + "01" + "01" + "0000"               // passphrase slot, Argon2id v1.3, reserved
                                 + "02000000" + "0000000400000000"    // opslimit 2, memlimit 64 MiB
                                 + "76656c647765726b2d73616c742d3136" // salt
                                 + "242424242424242424242424242424242424242424242424"                  // nonce
                                 + "bd5ec5dc63f88b6f9d6d2ad714333336"                                  // Poly1305 tag
                                 + "fb546a67b4fc3134f66ca84d043de82bc53e25e66cf97ecf8a72e0cc1791aad7"  // wrapped key
                                 + "6933c785af45e19a673b568c51d86cef0a8bff85dfe5903f177547d0ee74dbc7"; // BLAKE2b-256
    KeySlot slot;
    slot.kind = SlotKind::Passphrase;
    slot.params = PasswordHashParams::forProfile(CostProfile::Interactive);
    slot.salt = salt16("veldwerk-salt-16");
    slot.nonce.fill(0x24);
    SecureBuffer raw(32);
    for (unsigned i = 0; i < 32; ++i)
        raw.data()[i] = static_cast<unsigned char>(i);
    auto kek = derivePasswordKey(bytesOf("correct horse battery"), slot.salt, slot.params);
    REQUIRE(kek);
    REQUIRE(crypto_secretbox_easy(slot.wrapped.data(), raw.data(), raw.size(), slot.nonce.data(), kek->data()) == 0);

    KeySlotFile file;
    file.slots.push_back(slot);
    const auto bytes = serializeKeySlotFile(file);
    CHECK(toHex(bytes) == expected);

    // And the stored bytes, as a device would hold them, open with the passphrase.
    auto parsed = parseKeySlotFile(fromHex(expected));
    REQUIRE(parsed);
    CHECK(parsed->maxFailures == 10);
    NoKeyStore none;
    auto opened = openKeySlot(parsed->slots.front(), bytesOf("correct horse battery"), none);
    REQUIRE(opened);
    CHECK(opened->bytes().equals(raw));
}
