#include "crypto/MasterKey.h"

#include <sodium.h>

namespace veldwerk::crypto {

static_assert(MasterKey::Size == crypto_kdf_KEYBYTES);

namespace {
// crypto_kdf contexts are exactly 8 bytes; one context for the whole key hierarchy, the purpose is the id.
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "Veldwerk";
} // namespace

MasterKey MasterKey::generate()
{
    MasterKey key;
    key.m_key = SecureBuffer(Size);
    crypto_kdf_keygen(key.m_key.data());
    return key;
}

MasterKey MasterKey::fromBytes(SecureBuffer bytes)
{
    MasterKey key;
    if (bytes.size() == Size)
        key.m_key = std::move(bytes);
    return key;
}

SecureBuffer MasterKey::derive(KeyPurpose purpose) const
{
    SecureBuffer sub(32);
    crypto_kdf_derive_from_key(sub.data(), sub.size(), static_cast<std::uint64_t>(purpose), KdfContext, m_key.data());
    return sub;
}

} // namespace veldwerk::crypto
