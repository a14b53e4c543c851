#pragma once

#include <cstddef>
#include <span>

namespace veldwerk::crypto {

// Which secret the user sets (DESIGN §6): a 6-digit PIN is only safe when a hardware keystore slot is combined
// with it, because 10^6 guesses fall to an offline Argon2id attack in hours. Without a keystore the user
// sets a passphrase of at least 12 characters.
enum class SecretKind { Passphrase, Pin };

enum class SecretProblem {
    None,
    Empty,
    TooShort,         // passphrase under MinPassphraseCharacters
    TooLong,          // over MaxSecretBytes
    NotUtf8,          // invalid UTF-8 sequence
    ControlCharacter, // a control character (a pasted newline or tab) would be invisible and untypable later
    NotSixDigits,     // PIN is not exactly six ASCII digits
};

inline constexpr std::size_t MinPassphraseCharacters = 12;
inline constexpr std::size_t PinDigits = 6;
inline constexpr std::size_t MaxSecretBytes = 1024;

// Checks a secret (UTF-8 bytes, already NFC-normalised by the caller) against the rules of its kind.
// Characters are Unicode code points, so "één" counts three, not five.
SecretProblem checkSecret(SecretKind kind, std::span<const unsigned char> utf8);

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool isValidUtf8(std::span<const unsigned char> bytes);

} // namespace veldwerk::crypto
