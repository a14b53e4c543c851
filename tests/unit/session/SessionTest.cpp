#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "app/session/DataDirectory.h"
#include "app/session/SecretInput.h"
#include "app/session/Session.h"
#include "app/store/Migrations.h"

#include <sodium.h>

using namespace veldwerk;
using namespace veldwerk::session;
using Status = DataDirectory::Status;
using veldwerk::test::bytesOf;
using veldwerk::test::TempDir;

namespace {

constexpr std::string_view Secret = "zes woorden maken een goede zin";

struct Fixture {
    TempDir tmp;
    crypto::NoKeyStore keyStore;
    DataDirectory dir{tmp.path() / "vault"};
    crypto::KeyVault keys{tmp.path() / "vault", keyStore};

    std::unique_ptr<Session> create()
    {
        auto s = Session::create(dir, keyStore, bytesOf(Secret), crypto::CostProfile::Interactive, 10);
        if (!s)
            FAIL(s.error().message().toStdString());
        return std::move(s).value();
    }
};

} // namespace

TEST_CASE("a first run makes a vault that the next start opens", "[session]")
{
    Fixture f;
    CHECK(f.dir.inspect(f.keys) == Status::NoVault);
    QString deviceId;
    {
        auto s = f.create();
        deviceId = s->deviceId();
        CHECK(deviceId.size() == 36);
        CHECK(*s->database().userVersion() == store::latestSchemaVersion());
    }
    CHECK(f.dir.inspect(f.keys) == Status::Locked);
    CHECK_FALSE(std::filesystem::exists(f.dir.setupMarkerPath()));

    auto opened = Session::open(f.dir, f.keyStore, bytesOf(Secret));
    REQUIRE(opened);
    CHECK((*opened)->deviceId() == deviceId);
    auto problems = (*opened)->verify();
    REQUIRE(problems);
    CHECK(problems->empty());
}

TEST_CASE("a wrong secret is refused in Dutch, with the attempts left once few remain", "[session]")
{
    Fixture f;
    f.create();
    auto r = Session::open(f.dir, f.keyStore, bytesOf("niet de goede zin hoor"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message() == "Onjuist wachtwoord. Probeer het opnieuw.");
    auto early = Session::open(f.dir, f.keyStore, bytesOf(Secret));
    REQUIRE_FALSE(early);
    CHECK(early.error().message() == "Wacht even: probeer het over 1 seconde opnieuw.");

    crypto::VaultError e = crypto::VaultError::make(crypto::VaultError::Code::WrongSecret);
    e.attemptsLeft = 5;
    CHECK(SessionError::fromVault(e).message()
          == "Onjuist wachtwoord. Nog 5 pogingen voordat de gegevens op dit apparaat onleesbaar worden gemaakt.");
    e.attemptsLeft = 1;
    CHECK(SessionError::fromVault(e, true).message()
          == "Onjuiste pincode. Nog 1 poging; daarna worden de gegevens op dit apparaat onleesbaar gemaakt.");
}

TEST_CASE("the directory tells which screen to show", "[session]")
{
    Fixture f;
    f.create();

    SECTION("key slots gone: the database is not ours to delete")
    {
        std::filesystem::remove(f.keys.slotFilePath());
        CHECK(f.dir.inspect(f.keys) == Status::KeysMissing);
        CHECK(f.dir.databaseExists());
        auto again = Session::create(f.dir, f.keyStore, bytesOf(Secret), crypto::CostProfile::Interactive, 10);
        REQUIRE_FALSE(again);
        CHECK(f.dir.databaseExists());
    }
    SECTION("database gone")
    {
        std::filesystem::remove(f.dir.databasePath());
        CHECK(f.dir.inspect(f.keys) == Status::DatabaseMissing);
        auto r = Session::open(f.dir, f.keyStore, bytesOf(Secret));
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == SessionError::Kind::DatabaseMissing);
        CHECK_FALSE(f.dir.databaseExists()); // not silently recreated empty
    }
    SECTION("key slots damaged")
    {
        test::writeFile(f.keys.slotFilePath(), bytesOf("garbage"));
        CHECK(f.dir.inspect(f.keys) == Status::KeysDamaged);
        auto r = Session::open(f.dir, f.keyStore, bytesOf(Secret));
        REQUIRE_FALSE(r);
        CHECK(r.error().message().contains("beschadigd"));
    }
    SECTION("crypto-erased")
    {
        REQUIRE(f.keys.cryptoErase());
        CHECK(f.dir.inspect(f.keys) == Status::Erased);
        // Starting over: the unreadable database makes way for a new vault.
        auto fresh =
            Session::create(f.dir, f.keyStore, bytesOf("een nieuwe lange zin"), crypto::CostProfile::Interactive, 10);
        REQUIRE(fresh);
        CHECK(f.dir.inspect(f.keys) == Status::Locked);
    }
    SECTION("not a directory")
    {
        TempDir other;
        test::writeFile(other / "file", bytesOf("x"));
        DataDirectory bad(other / "file");
        CHECK(bad.inspect(f.keys) == Status::Unusable);
    }
}

TEST_CASE("an interrupted first run is cleaned up, never half-used", "[session]")
{
    Fixture f;
    f.create();
    // What a kill between writing the keys and finishing the database leaves: the marker is still there.
    test::writeFile(f.dir.setupMarkerPath(), {});
    CHECK(f.dir.inspect(f.keys) == Status::NoVault);
    CHECK_FALSE(std::filesystem::exists(f.keys.slotFilePath()));
    CHECK_FALSE(f.dir.databaseExists());
}

TEST_CASE("setting aside moves every vault file and keeps them", "[session]")
{
    Fixture f;
    f.create();
    std::filesystem::remove(f.keys.slotFilePath());
    REQUIRE(f.dir.inspect(f.keys) == Status::KeysMissing);
    auto aside = f.dir.setAside();
    REQUIRE(aside);
    const std::filesystem::path folder = aside->toStdString();
    CHECK(std::filesystem::exists(folder / DataDirectory::DatabaseFileName));
    CHECK(f.dir.inspect(f.keys) == Status::NoVault);
}

TEST_CASE("a secret typed as composed or decomposed characters is the same secret", "[session]")
{
    Fixture f;
    // "café-terras zin" with é as U+00E9, and as e + U+0301.
    QString composed = QString::fromUtf8("caf\xc3\xa9-terras is een zin");
    QString decomposed = QString::fromUtf8("cafe\xcc\x81-terras is een zin");
    const crypto::SecureBuffer a = takeSecret(composed);
    const crypto::SecureBuffer b = takeSecret(decomposed);
    CHECK(a.equals(b));
    CHECK(composed.isEmpty());
    const crypto::SecureBuffer c =
        normalizeSecret(crypto::SecureBuffer::copyOf(std::string_view("cafe\xcc\x81-terras is een zin")));
    CHECK(c.equals(a));
    const crypto::SecureBuffer ascii = normalizeSecret(crypto::SecureBuffer::copyOf(std::string_view("plain ascii")));
    CHECK(ascii.view() == "plain ascii");
}

TEST_CASE("every error has a Dutch sentence", "[session]")
{
    using C = crypto::VaultError::Code;
    for (C code : {C::WrongSecret, C::TooEarly, C::Erased, C::NoVault, C::AlreadyExists, C::SlotDamaged,
                   C::SecretRejected, C::Io, C::OutOfMemory, C::KeyStoreUnavailable, C::CryptoFailure}) {
        auto e = crypto::VaultError::make(code);
        e.secretProblem = crypto::SecretProblem::TooShort;
        const QString text = SessionError::fromVault(e).message();
        INFO(static_cast<int>(code));
        CHECK(text.size() > 10);
    }
    using S = store::StoreError::Code;
    for (S code : {S::NotSqlCipher, S::WrongKeyOrNotDatabase, S::Corrupt, S::Busy, S::Constraint, S::Full, S::ReadOnly,
                   S::CantOpen, S::Io, S::TooNew, S::Misuse, S::Other}) {
        CHECK(SessionError::fromStore(store::StoreError::make(code, "x")).message().size() > 10);
    }
    CHECK(SessionError::fromVault(crypto::VaultError::io(ENOSPC, "/data", "write")).message().contains("vol"));
    CHECK(SessionError::make(SessionError::Kind::SecretMismatch).message() == "De twee wachtwoorden zijn niet gelijk.");
}
