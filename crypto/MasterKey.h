#pragma once

#include "crypto/SecureBuffer.h"

#include <cstdint>

namespace veldwerk::crypto {

// What a sub-key is for. The numbers are the crypto_kdf subkey ids: never renumber, never reuse.
enum class KeyPurpose : std::uint64_t {
    Database = 1,        // SQLCipher raw key
    BlobKeyWrapping = 2, // wraps the per-blob keys of media
    AuditMac = 3,        // MAC of the local audit chain
};

// The device master key (DESIGN §6): 32 random bytes made at first run, stored only wrapped in key slots.
// All working keys are derived from it, so a change of secret re-wraps this key and re-encrypts nothing.
class MasterKey {
public:
    static constexpr std::size_t Size = 32;

    static MasterKey generate();
    // Takes ownership of exactly Size bytes (returns an empty key for any other size; check valid()).
    static MasterKey fromBytes(SecureBuffer bytes);

    bool valid() const { return m_key.size() == Size; }
    const SecureBuffer &bytes() const { return m_key; }

    // crypto_kdf_derive_from_key (BLAKE2b keyed with the master key, salt = subkey id, personal = "Veldwerk").
    SecureBuffer derive(KeyPurpose purpose) const;

private:
    SecureBuffer m_key;
};

} // namespace veldwerk::crypto
