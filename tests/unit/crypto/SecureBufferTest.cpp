#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "crypto/SecureBuffer.h"

using veldwerk::crypto::SecureBuffer;

TEST_CASE("a secure buffer starts zeroed and owns its bytes alone", "[crypto]")
{
    SecureBuffer a(32);
    REQUIRE(a.size() == 32);
    for (unsigned char c : a.span())
        CHECK(c == 0);

    SECTION("moving leaves the source empty")
    {
        a.data()[0] = 7;
        SecureBuffer b(std::move(a));
        CHECK(b.size() == 32);
        CHECK(b.data()[0] == 7);
        CHECK(a.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is part of the contract
        CHECK(a.data() == nullptr);
    }
    SECTION("move assignment frees the old contents")
    {
        SecureBuffer b = SecureBuffer::random(16);
        b = std::move(a);
        CHECK(b.size() == 32);
    }
}

TEST_CASE("random buffers differ and equality is by content", "[crypto]")
{
    const SecureBuffer a = SecureBuffer::random(32);
    const SecureBuffer b = SecureBuffer::random(32);
    CHECK_FALSE(a.equals(b));
    const SecureBuffer c = SecureBuffer::copyOf(a.span());
    CHECK(a.equals(c));
    CHECK_FALSE(a.equals(SecureBuffer::copyOf(std::string_view("short"))));
    CHECK(SecureBuffer().equals(SecureBuffer()));
}

TEST_CASE("truncating wipes the bytes that fall off", "[crypto]")
{
    SecureBuffer a = SecureBuffer::copyOf(std::string_view("secret-passphrase"));
    unsigned char *raw = a.data();
    a.truncate(6);
    CHECK(a.view() == "secret");
    // The tail is still inside the allocation; it must hold zeros now.
    for (std::size_t i = 6; i < 17; ++i)
        CHECK(raw[i] == 0);
    a.truncate(100); // growing is not possible and does nothing
    CHECK(a.size() == 6);
}
