#pragma once

#include "common/Result.h"
#include "crypto/KeyStore.h"
#include "crypto/MasterKey.h"
#include "crypto/PasswordHash.h"

#include <array>
#include <cstdint>
#include <span>

namespace veldwerk::crypto {

enum class SlotKind : std::uint8_t {
    Passphrase = 1,  // KEK = Argon2id(passphrase)
    KeyStorePin = 2, // KEK = BLAKE2b(Argon2id(PIN), keystore response to the slot's challenge)
};

inline constexpr std::size_t NonceBytes = 24;      // crypto_secretbox_NONCEBYTES
inline constexpr std::size_t WrappedKeyBytes = 48; // MAC (16) + master key (32)
inline constexpr std::size_t ChallengeBytes = 32;

// One way to unwrap the device master key: the key, sealed with crypto_secretbox (XSalsa20-Poly1305) under a
// key-encryption key derived from the user's secret. The Argon2id parameters travel with the slot so that
// a slot made on a slow device still opens after the defaults change.
struct KeySlot {
    SlotKind kind = SlotKind::Passphrase;
    PasswordHashParams params;
    std::array<unsigned char, SaltBytes> salt{};
    std::array<unsigned char, NonceBytes> nonce{};
    std::array<unsigned char, WrappedKeyBytes> wrapped{};
    std::array<unsigned char, ChallengeBytes> challenge{}; // KeyStorePin only
};

// Wraps `key` under `secret` with fresh salt and nonce. Uses the keystore when it is available.
Result<KeySlot, VaultError> sealKeySlot(const MasterKey &key, std::span<const unsigned char> secret,
                                        const PasswordHashParams &params, KeyStore &keyStore);

// Unwraps the master key; WrongSecret when the secret (or the slot) is wrong: the two cannot be told apart,
// that is the point of an authenticated wrap.
Result<MasterKey, VaultError> openKeySlot(const KeySlot &slot, std::span<const unsigned char> secret,
                                          KeyStore &keyStore);

} // namespace veldwerk::crypto
