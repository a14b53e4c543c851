#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "crypto/SecretPolicy.h"

using namespace veldwerk::crypto;
using veldwerk::test::bytesOf;
using veldwerk::test::fromHex;

TEST_CASE("a passphrase needs twelve characters, counted as characters", "[crypto][policy]")
{
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("")) == SecretProblem::Empty);
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("elf tekens!")) == SecretProblem::TooShort); // 11
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("twaalf teken")) == SecretProblem::None);    // 12
    // "één één één" is 11 characters but 17 bytes: bytes must not count.
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n"))
          == SecretProblem::TooShort);
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n!"))
          == SecretProblem::None);
    // Emoji (4-byte UTF-8) count one each.
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("\xf0\x9f\x8c\xb3\xf0\x9f\x8c\xb3 boomhut!!!"))
          == SecretProblem::None);
}

TEST_CASE("a passphrase is well-formed text without control characters", "[crypto][policy]")
{
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("een\tlange zin hier")) == SecretProblem::ControlCharacter);
    CHECK(checkSecret(SecretKind::Passphrase, bytesOf("een lange zin hier\n")) == SecretProblem::ControlCharacter);
    SECTION("invalid UTF-8 is refused")
    {
        for (const char *hex : {"c0af", "e080af", "eda080", "f4908080", "ff", "c3", "80"}) {
            auto bytes = fromHex(std::string("41414141414141414141414141") + hex);
            INFO(hex);
            CHECK(checkSecret(SecretKind::Passphrase, bytes) == SecretProblem::NotUtf8);
            CHECK_FALSE(isValidUtf8(bytes));
        }
    }
    SECTION("over 1024 bytes is too long")
    {
        const std::string longOne(MaxSecretBytes + 1, 'a');
        CHECK(checkSecret(SecretKind::Passphrase, bytesOf(longOne)) == SecretProblem::TooLong);
        const std::string justFits(MaxSecretBytes, 'a');
        CHECK(checkSecret(SecretKind::Passphrase, bytesOf(justFits)) == SecretProblem::None);
    }
}

TEST_CASE("a PIN is exactly six digits", "[crypto][policy]")
{
    CHECK(checkSecret(SecretKind::Pin, bytesOf("123456")) == SecretProblem::None);
    CHECK(checkSecret(SecretKind::Pin, bytesOf("12345")) == SecretProblem::NotSixDigits);
    CHECK(checkSecret(SecretKind::Pin, bytesOf("1234567")) == SecretProblem::NotSixDigits);
    CHECK(checkSecret(SecretKind::Pin, bytesOf("12345a")) == SecretProblem::NotSixDigits);
    CHECK(checkSecret(SecretKind::Pin, bytesOf("\xd9\xa1\xd9\xa2\xd9\xa3")) == SecretProblem::NotSixDigits);
}
