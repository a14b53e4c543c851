#include "crypto/KeySlot.h"

#include <sodium.h>

namespace veldwerk::crypto {

static_assert(NonceBytes == crypto_secretbox_NONCEBYTES);
static_assert(WrappedKeyBytes == crypto_secretbox_MACBYTES + MasterKey::Size);
static_assert(crypto_secretbox_KEYBYTES == DerivedKeyBytes);

namespace {

// The key-encryption key of a slot. For keystore slots the Argon2id output alone is useless without the
// device's response, and the response alone is useless without the PIN.
Result<SecureBuffer, VaultError> slotKek(const KeySlot &slot, std::span<const unsigned char> secret, KeyStore &keyStore)
{
    auto stretched = derivePasswordKey(secret, slot.salt, slot.params);
    if (!stretched)
        return stretched;
    if (slot.kind == SlotKind::Passphrase)
        return std::move(stretched).value();

    auto response = keyStore.respond(slot.challenge);
    if (!response)
        return fail(response.error());
    static constexpr unsigned char personal[crypto_generichash_blake2b_PERSONALBYTES] = "Veldwerk-kek-hw";
    SecureBuffer kek(DerivedKeyBytes);
    crypto_generichash_blake2b_salt_personal(kek.data(), kek.size(), response->data(), response->size(),
                                             stretched->data(), stretched->size(), nullptr, personal);
    return kek;
}

} // namespace

Result<KeySlot, VaultError> sealKeySlot(const MasterKey &key, std::span<const unsigned char> secret,
                                        const PasswordHashParams &params, KeyStore &keyStore)
{
    KeySlot slot;
    slot.kind = keyStore.available() ? SlotKind::KeyStorePin : SlotKind::Passphrase;
    slot.params = params;
    randombytes_buf(slot.salt.data(), slot.salt.size());
    randombytes_buf(slot.nonce.data(), slot.nonce.size());
    if (slot.kind == SlotKind::KeyStorePin)
        randombytes_buf(slot.challenge.data(), slot.challenge.size());

    auto kek = slotKek(slot, secret, keyStore);
    if (!kek)
        return fail(kek.error());
    if (crypto_secretbox_easy(slot.wrapped.data(), key.bytes().data(), key.bytes().size(), slot.nonce.data(),
                              kek->data())
        != 0) {
        return fail(VaultError::make(VaultError::Code::CryptoFailure, "crypto_secretbox_easy"));
    }
    return slot;
}

Result<MasterKey, VaultError> openKeySlot(const KeySlot &slot, std::span<const unsigned char> secret,
                                          KeyStore &keyStore)
{
    auto kek = slotKek(slot, secret, keyStore);
    if (!kek)
        return fail(kek.error());
    SecureBuffer plain(MasterKey::Size);
    if (crypto_secretbox_open_easy(plain.data(), slot.wrapped.data(), slot.wrapped.size(), slot.nonce.data(),
                                   kek->data())
        != 0) {
        return fail(VaultError::make(VaultError::Code::WrongSecret));
    }
    return MasterKey::fromBytes(std::move(plain));
}

} // namespace veldwerk::crypto
