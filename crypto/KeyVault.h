#pragma once

#include "common/Result.h"
#include "crypto/FileIo.h"
#include "crypto/KeySlotFile.h"
#include "crypto/KeyStore.h"
#include "crypto/Lockout.h"
#include "crypto/MasterKey.h"
#include "crypto/PasswordHash.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>

namespace veldwerk::crypto {

// The key files of one vault directory: the key slot file and the lockout state. Creates the device master
// key, unwraps it with the user's secret (with growing delays and crypto-erase after too many failures),
// and rewraps it when the secret changes. Knows nothing of the database that the key opens.
class KeyVault {
public:
    static constexpr const char *SlotFileName = "keyslots.vwk";
    static constexpr const char *LockoutFileName = "lockout.vwl";

    enum class State {
        Absent,  // no key slot file: a new vault can be made here
        Ready,   // a well-formed key slot file
        Erased,  // crypto-erased after too many failures
        Damaged, // a key slot file that cannot be parsed
    };

    struct LockoutInfo {
        std::uint32_t failures = 0;
        int maxFailures = DefaultMaxFailures;
        int attemptsLeft = DefaultMaxFailures;
        std::chrono::milliseconds retryAfter{0};
    };

    KeyVault(std::filesystem::path directory, KeyStore &keyStore);

    // Tests replace the wall clock (Unix ms) to check the delays without waiting for them.
    void setClock(std::function<std::int64_t()> nowMs);
    // Tests crash at a chosen step of a key file write.
    void setFaultHook(FaultHook hook) { m_faultHook = hook; }

    const std::filesystem::path &directory() const { return m_directory; }
    std::filesystem::path slotFilePath() const { return m_directory / SlotFileName; }
    std::filesystem::path lockoutFilePath() const { return m_directory / LockoutFileName; }

    State state() const;
    // A PIN where the keystore can bind it to this device, a passphrase everywhere else.
    SecretKind secretKind() const;

    // Makes a new master key and its first slot. Refused when a vault (even a damaged one) is present.
    Result<MasterKey, VaultError> create(std::span<const unsigned char> secret, CostProfile profile,
                                         std::uint16_t maxFailures = DefaultMaxFailures);
    Result<MasterKey, VaultError> unlock(std::span<const unsigned char> secret);
    // Verifies the old secret (an attempt like any unlock) and rewraps the same master key under the new one.
    // Nothing else changes, so the database and media stay as they are.
    Result<void, VaultError> changeSecret(std::span<const unsigned char> oldSecret,
                                          std::span<const unsigned char> newSecret,
                                          std::optional<CostProfile> profile = std::nullopt);

    LockoutInfo lockout() const;
    Result<KeySlotFile, VaultError> readSlotFile() const;

    // Destroys every way to the master key: the slot file is overwritten and removed, the keystore key is
    // destroyed, and the lockout file remembers why (so the app can say so).
    Result<void, VaultError> cryptoErase();
    // Removes the key files and the lockout state: for a vault whose creation never completed (app/session), or
    // to begin anew after a crypto-erase.
    void removeKeyFiles();

private:
    LockoutState readLockout() const;
    Result<void, VaultError> writeLockout(const LockoutState &state) const;
    Result<MasterKey, VaultError> attempt(std::span<const unsigned char> secret, KeySlotFile *slotsOut);
    std::int64_t now() const { return m_now(); }

    std::filesystem::path m_directory;
    KeyStore &m_keyStore;
    std::function<std::int64_t()> m_now;
    FaultHook m_faultHook = nullptr;
};

} // namespace veldwerk::crypto
