#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "crypto/VaultError.h"

#include <span>
#include <string>

namespace veldwerk::crypto {

// A hardware-backed key the device will use but never reveal (Android Keystore, iOS Keychain with the Secure
// Enclave, a TPM). A keystore slot combines the PIN's Argon2id output with the keystore's response to a
// random challenge, so guessing the PIN needs this very device: that is what makes a 6-digit PIN acceptable.
class KeyStore {
public:
    virtual ~KeyStore() = default;

    // True when a device-bound key can be created and used here.
    virtual bool available() const = 0;
    // Short technical name for logs and `vault verify` ("none", "android-keystore", ...).
    virtual std::string name() const = 0;
    // Creates (or replaces) the device-bound key.
    virtual Result<void, VaultError> createKey() = 0;
    // Keyed response (an HMAC inside the hardware) to `challenge`.
    virtual Result<SecureBuffer, VaultError> respond(std::span<const unsigned char> challenge) = 0;
    // Destroys the device-bound key: part of crypto-erase.
    virtual void destroyKey() = 0;
};

// The keystore of machines without one (Linux desktops without Secret Service, the test machines). Never
// available, so the vault asks for a passphrase instead of a PIN.
class NoKeyStore final : public KeyStore {
public:
    bool available() const override { return false; }
    std::string name() const override { return "none"; }
    Result<void, VaultError> createKey() override
    {
        return fail(VaultError::make(VaultError::Code::KeyStoreUnavailable, "geen hardwaresleutelopslag"));
    }
    Result<SecureBuffer, VaultError> respond(std::span<const unsigned char>) override
    {
        return fail(VaultError::make(VaultError::Code::KeyStoreUnavailable, "geen hardwaresleutelopslag"));
    }
    void destroyKey() override {}
};

} // namespace veldwerk::crypto
