#include "crypto/PasswordHash.h"

#include <sodium.h>

namespace veldwerk::crypto {

static_assert(SaltBytes == crypto_pwhash_SALTBYTES);

std::optional<CostProfile> parseCostProfile(std::string_view name)
{
    if (name == "interactive")
        return CostProfile::Interactive;
    if (name == "moderate")
        return CostProfile::Moderate;
    if (name == "sensitive")
        return CostProfile::Sensitive;
    return std::nullopt;
}

std::string_view costProfileName(CostProfile profile)
{
    switch (profile) {
    case CostProfile::Interactive:
        return "interactive";
    case CostProfile::Moderate:
        return "moderate";
    case CostProfile::Sensitive:
        return "sensitive";
    }
    return "moderate";
}

PasswordHashParams PasswordHashParams::forProfile(CostProfile profile)
{
    switch (profile) {
    case CostProfile::Interactive:
        return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
    case CostProfile::Moderate:
        return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
    case CostProfile::Sensitive:
        return {crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE, crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE};
    }
    return forProfile(CostProfile::Moderate);
}

bool PasswordHashParams::acceptable() const
{
    constexpr std::uint64_t maxMemory = 4ull * crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE;
    constexpr std::uint32_t maxOps = 16 * crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE;
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE && opsLimit <= maxOps
           && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE && memLimit <= maxMemory;
}

Result<SecureBuffer, VaultError> derivePasswordKey(std::span<const unsigned char> secret,
                                                   std::span<const unsigned char, SaltBytes> salt,
                                                   const PasswordHashParams &params)
{
    SecureBuffer key(DerivedKeyBytes);
    const int rc =
        crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(secret.data()), secret.size(), salt.data(),
                      params.opsLimit, static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        // crypto_pwhash fails only when it cannot allocate its memory or the limits are out of range.
        return fail(VaultError::make(VaultError::Code::OutOfMemory, "Argon2id kon zijn geheugen niet krijgen"));
    }
    return key;
}

} // namespace veldwerk::crypto
