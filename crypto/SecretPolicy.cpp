#include "crypto/SecretPolicy.h"

#include <cstdint>
#include <optional>

namespace veldwerk::crypto {

namespace {

// Decodes one UTF-8 code point starting at `i`, rejecting overlong forms, surrogates and values past U+10FFFF
// (RFC 3629 §3). Returns the code point and advances `i`, or nullopt for an invalid sequence.
std::optional<std::uint32_t> decodeCodePoint(std::span<const unsigned char> s, std::size_t &i)
{
    const unsigned char lead = s[i];
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    std::size_t length = 0;
    std::uint32_t cp = 0;
    std::uint32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
        minimum = 0x10000;
    } else {
        return std::nullopt;
    }
    if (i + length > s.size())
        return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char c = s[i + k];
        if ((c & 0xC0) != 0x80)
            return std::nullopt;
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return std::nullopt;
    i += length;
    return cp;
}

bool isControl(std::uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029;
}

} // namespace

bool isValidUtf8(std::span<const unsigned char> bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        if (!decodeCodePoint(bytes, i))
            return false;
    }
    return true;
}

SecretProblem checkSecret(SecretKind kind, std::span<const unsigned char> utf8)
{
    if (utf8.empty())
        return SecretProblem::Empty;
    if (utf8.size() > MaxSecretBytes)
        return SecretProblem::TooLong;

    if (kind == SecretKind::Pin) {
        if (utf8.size() != PinDigits)
            return SecretProblem::NotSixDigits;
        for (unsigned char c : utf8) {
            if (c < '0' || c > '9')
                return SecretProblem::NotSixDigits;
        }
        return SecretProblem::None;
    }

    std::size_t characters = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto cp = decodeCodePoint(utf8, i);
        if (!cp)
            return SecretProblem::NotUtf8;
        if (isControl(*cp))
            return SecretProblem::ControlCharacter;
        ++characters;
    }
    if (characters < MinPassphraseCharacters)
        return SecretProblem::TooShort;
    return SecretProblem::None;
}

} // namespace veldwerk::crypto
