#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "crypto/KeyVault.h"

#include <sodium.h>

using namespace veldwerk;
using namespace veldwerk::crypto;
using namespace std::chrono_literals;
using veldwerk::test::bytesOf;
using veldwerk::test::TempDir;

namespace {

constexpr std::string_view Secret = "een lange zin voor de kluis";
constexpr std::string_view Other = "een andere lange zin";

// A clock the test moves by hand, so delays are checked without waiting for them.
struct FakeClock {
    std::int64_t now = 1'800'000'000'000;
    std::function<std::int64_t()> fn()
    {
        return [this] { return now; };
    }
};

struct Fixture {
    TempDir dir;
    NoKeyStore keyStore;
    FakeClock clock;
    KeyVault vault{dir.path() / "vault", keyStore};
    Fixture() { vault.setClock(clock.fn()); }
};

} // namespace

TEST_CASE("a new vault opens with its secret and gives the same master key", "[crypto][vault]")
{
    Fixture f;
    CHECK(f.vault.state() == KeyVault::State::Absent);
    CHECK(f.vault.secretKind() == SecretKind::Passphrase);
    auto created = f.vault.create(bytesOf(Secret), CostProfile::Interactive);
    REQUIRE(created);
    CHECK(f.vault.state() == KeyVault::State::Ready);
    auto opened = f.vault.unlock(bytesOf(Secret));
    REQUIRE(opened);
    CHECK(opened->bytes().equals(created->bytes()));
    CHECK(f.vault.lockout().failures == 0);

    SECTION("a second create is refused and changes nothing")
    {
        const auto before = test::readFile(f.vault.slotFilePath());
        auto again = f.vault.create(bytesOf(Other), CostProfile::Interactive);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == VaultError::Code::AlreadyExists);
        CHECK(test::readFile(f.vault.slotFilePath()) == before);
    }
}

TEST_CASE("a too short secret is refused before anything is written", "[crypto][vault]")
{
    Fixture f;
    auto created = f.vault.create(bytesOf("kort"), CostProfile::Interactive);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == VaultError::Code::SecretRejected);
    CHECK(created.error().secretProblem == SecretProblem::TooShort);
    CHECK_FALSE(std::filesystem::exists(f.vault.slotFilePath()));
}

TEST_CASE("a wrong secret is refused and the delay grows", "[crypto][vault][lockout]")
{
    Fixture f;
    REQUIRE(f.vault.create(bytesOf(Secret), CostProfile::Interactive));

    auto first = f.vault.unlock(bytesOf(Other));
    REQUIRE_FALSE(first);
    CHECK(first.error().code == VaultError::Code::WrongSecret);
    CHECK(first.error().attemptsLeft == 9);
    CHECK(first.error().retryAfter == 1s);

    SECTION("even the right secret waits out the delay")
    {
        auto early = f.vault.unlock(bytesOf(Secret));
        REQUIRE_FALSE(early);
        CHECK(early.error().code == VaultError::Code::TooEarly);
        CHECK(early.error().retryAfter == 1s);
        CHECK(f.vault.lockout().failures == 1); // a refused early attempt is not counted
        f.clock.now += 1000;
        REQUIRE(f.vault.unlock(bytesOf(Secret)));
        CHECK(f.vault.lockout().failures == 0);
        CHECK(f.vault.lockout().retryAfter == 0ms);
    }
    SECTION("each further failure doubles the wait")
    {
        f.clock.now += 1000;
        auto second = f.vault.unlock(bytesOf(Other));
        CHECK(second.error().retryAfter == 2s);
        CHECK(second.error().attemptsLeft == 8);
        f.clock.now += 2000;
        auto third = f.vault.unlock(bytesOf(Other));
        CHECK(third.error().retryAfter == 4s);
        CHECK(f.vault.lockout().retryAfter == 4s);
    }
    SECTION("a clock set back does not stretch the wait beyond the policy")
    {
        f.clock.now -= 86'400'000;
        CHECK(f.vault.lockout().retryAfter == 1s);
    }
}

TEST_CASE("after the last allowed failure the keys are destroyed", "[crypto][vault][lockout]")
{
    Fixture f;
    REQUIRE(f.vault.create(bytesOf(Secret), CostProfile::Interactive, 3));
    for (int i = 1; i <= 2; ++i) {
        auto r = f.vault.unlock(bytesOf(Other));
        REQUIRE(r.error().code == VaultError::Code::WrongSecret);
        CHECK(r.error().attemptsLeft == 3 - i);
        f.clock.now += 10'000;
    }
    auto last = f.vault.unlock(bytesOf(Other));
    REQUIRE_FALSE(last);
    CHECK(last.error().code == VaultError::Code::Erased);
    CHECK(f.vault.state() == KeyVault::State::Erased);
    CHECK_FALSE(std::filesystem::exists(f.vault.slotFilePath()));
    CHECK_FALSE(std::filesystem::exists(f.vault.slotFilePath().string() + ".new"));

    // The right secret cannot bring back what is gone.
    f.clock.now += 1'000'000;
    auto right = f.vault.unlock(bytesOf(Secret));
    REQUIRE_FALSE(right);
    CHECK(right.error().code == VaultError::Code::Erased);

    SECTION("a new vault can be made after the erase")
    {
        auto fresh = f.vault.create(bytesOf(Other), CostProfile::Interactive);
        REQUIRE(fresh);
        CHECK(f.vault.state() == KeyVault::State::Ready);
        CHECK(f.vault.unlock(bytesOf(Other)));
    }
}

TEST_CASE("an attempt cut off half-way still counts", "[crypto][vault][lockout]")
{
    Fixture f;
    REQUIRE(f.vault.create(bytesOf(Secret), CostProfile::Interactive, 3));
    // What a kill during Argon2id leaves behind: the attempt counted in advance, never settled.
    REQUIRE(writeFileAtomically(f.vault.lockoutFilePath(), serializeLockout({3, false, 0})));
    auto r = f.vault.unlock(bytesOf(Secret));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::Code::Erased);
}

TEST_CASE("a tampered slot is refused as a wrong secret, never yields a key", "[crypto][vault]")
{
    Fixture f;
    REQUIRE(f.vault.create(bytesOf(Secret), CostProfile::Interactive));
    auto bytes = test::readFile(f.vault.slotFilePath());
    // Flip one bit of the wrapped key and fix the checksum, as an attacker would.
    bytes[14 + 56 + 20] ^= 0x01;
    crypto_generichash(bytes.data() + bytes.size() - 32, 32, bytes.data(), bytes.size() - 32, nullptr, 0);
    test::writeFile(f.vault.slotFilePath(), bytes);
    CHECK(f.vault.state() == KeyVault::State::Ready);
    auto r = f.vault.unlock(bytesOf(Secret));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::Code::WrongSecret);
}

TEST_CASE("a damaged or truncated slot file is reported as damaged", "[crypto][vault]")
{
    Fixture f;
    REQUIRE(f.vault.create(bytesOf(Secret), CostProfile::Interactive));
    auto bytes = test::readFile(f.vault.slotFilePath());

    SECTION("truncated")
    {
        bytes.resize(bytes.size() / 2);
    }
    SECTION("one bit flipped by accident")
    {
        bytes[40] ^= 0x10;
    }
    SECTION("empty")
    {
        bytes.clear();
    }
    test::writeFile(f.vault.slotFilePath(), bytes);
    CHECK(f.vault.state() == KeyVault::State::Damaged);
    auto r = f.vault.unlock(bytesOf(Secret));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::Code::SlotDamaged);
    CHECK(f.vault.lockout().failures == 0);                 // a damaged file is not the user's mistake
    CHECK(test::readFile(f.vault.slotFilePath()) == bytes); // and it is left as it was
}

TEST_CASE("changing the secret rewraps the same master key", "[crypto][vault]")
{
    Fixture f;
    auto key = f.vault.create(bytesOf(Secret), CostProfile::Interactive);
    REQUIRE(key);

    SECTION("with the right old secret")
    {
        REQUIRE(f.vault.changeSecret(bytesOf(Secret), bytesOf(Other)));
        CHECK(f.vault.unlock(bytesOf(Secret)).error().code == VaultError::Code::WrongSecret);
        f.clock.now += 10'000;
        auto opened = f.vault.unlock(bytesOf(Other));
        REQUIRE(opened);
        CHECK(opened->bytes().equals(key->bytes()));
        CHECK(f.vault.readSlotFile()->slots.front().params == PasswordHashParams::forProfile(CostProfile::Interactive));
    }
    SECTION("with a new cost")
    {
        REQUIRE(f.vault.changeSecret(bytesOf(Secret), bytesOf(Other), CostProfile::Moderate));
        CHECK(f.vault.readSlotFile()->slots.front().params == PasswordHashParams::forProfile(CostProfile::Moderate));
    }
    SECTION("a wrong old secret changes nothing and counts as a failure")
    {
        const auto before = test::readFile(f.vault.slotFilePath());
        auto r = f.vault.changeSecret(bytesOf("dit is niet het wachtwoord"), bytesOf(Other));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == VaultError::Code::WrongSecret);
        CHECK(test::readFile(f.vault.slotFilePath()) == before);
        CHECK(f.vault.lockout().failures == 1);
    }
    SECTION("a new secret that breaks the rules is refused before the old one is tried")
    {
        auto r = f.vault.changeSecret(bytesOf(Secret), bytesOf("kort"));
        REQUIRE_FALSE(r);
        CHECK(r.error().secretProblem == SecretProblem::TooShort);
        CHECK(f.vault.lockout().failures == 0);
    }
}

TEST_CASE("an empty secret is refused without counting", "[crypto][vault]")
{
    Fixture f;
    REQUIRE(f.vault.create(bytesOf(Secret), CostProfile::Interactive));
    auto r = f.vault.unlock({});
    REQUIRE_FALSE(r);
    CHECK(r.error().secretProblem == SecretProblem::Empty);
    CHECK(f.vault.lockout().failures == 0);
}

TEST_CASE("no profile is cheaper than INTERACTIVE", "[crypto][vault]")
{
    for (auto profile : {CostProfile::Interactive, CostProfile::Moderate, CostProfile::Sensitive})
        CHECK(PasswordHashParams::forProfile(profile).acceptable());
    CHECK_FALSE(PasswordHashParams{1, 64u << 20}.acceptable());
    CHECK_FALSE(PasswordHashParams{2, 32u << 20}.acceptable());
    CHECK(parseCostProfile("moderate") == CostProfile::Moderate);
    CHECK_FALSE(parseCostProfile("cheap"));
}

TEST_CASE("sub-keys differ per purpose and master keys are random", "[crypto]")
{
    const MasterKey a = MasterKey::generate();
    const MasterKey b = MasterKey::generate();
    CHECK_FALSE(a.bytes().equals(b.bytes()));
    CHECK_FALSE(a.derive(KeyPurpose::Database).equals(a.derive(KeyPurpose::AuditMac)));
    CHECK(a.derive(KeyPurpose::Database).equals(a.derive(KeyPurpose::Database)));
    CHECK_FALSE(MasterKey::fromBytes(SecureBuffer(31)).valid());
}
