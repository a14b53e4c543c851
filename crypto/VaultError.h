#pragma once

#include "crypto/SecretPolicy.h"

#include <chrono>
#include <string>

namespace veldwerk::crypto {

// Everything that can go wrong with the key vault, typed so that the app and the CLI can each say it in
// their own words. Never carries secret material.
struct VaultError {
    enum class Code {
        WrongSecret,         // the secret did not open any slot; attemptsLeft and retryAfter are set
        TooEarly,            // a lockout delay is running; retryAfter is set
        Erased,              // too many failures: the key slots were destroyed (now or earlier)
        NoVault,             // no key slot file in the directory
        AlreadyExists,       // create() on a directory that already holds a vault
        SlotDamaged,         // the key slot file is truncated, altered by accident or of an unknown format
        SecretRejected,      // the new secret breaks the rules; secretProblem says which
        Io,                  // reading or writing a file failed; sysError and path say which
        OutOfMemory,         // Argon2id could not get its memory
        KeyStoreUnavailable, // a keystore-bound slot cannot be opened on this device
        CryptoFailure,       // libsodium reported an internal failure
    };

    Code code = Code::CryptoFailure;
    SecretProblem secretProblem = SecretProblem::None;
    int attemptsLeft = 0;
    std::chrono::milliseconds retryAfter{0};
    int sysError = 0; // errno for Io
    std::string path; // file involved, for Io and SlotDamaged
    std::string detail;

    static VaultError make(Code code, std::string detail = {})
    {
        VaultError e;
        e.code = code;
        e.detail = std::move(detail);
        return e;
    }
    static VaultError io(int sysError, std::string path, std::string detail)
    {
        VaultError e = make(Code::Io, std::move(detail));
        e.sysError = sysError;
        e.path = std::move(path);
        return e;
    }
};

} // namespace veldwerk::crypto
