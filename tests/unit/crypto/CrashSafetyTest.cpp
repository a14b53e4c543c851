// A secret change interrupted at any moment must leave the old or the new secret working, never neither
// (DESIGN §6). Children are forked to do the change and then die: at each write step in turn, and at random
// moments under SIGKILL.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "crypto/KeyVault.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>

using namespace veldwerk;
using namespace veldwerk::crypto;
using veldwerk::test::bytesOf;

namespace {

constexpr std::string_view OldSecret = "de oude lange zin voor de kluis";
constexpr std::string_view NewSecret = "de nieuwe lange zin voor de kluis";

int g_stepsToCrash = 0;
void crashAtStep(WriteStep)
{
    if (--g_stepsToCrash == 0)
        ::_exit(42); // as abrupt as a flat battery: no destructors, no flush
}

// Which of the two secrets opens the vault now (lockout reset first: the attempts of this test are not the
// point, and a killed child's counted attempt must not make the check wait).
struct Opens {
    bool oldOne = false;
    bool newOne = false;
};
Opens whoOpens(const std::filesystem::path &dir, const MasterKey &expected)
{
    std::filesystem::remove(dir / KeyVault::LockoutFileName);
    NoKeyStore none;
    KeyVault vault(dir, none);
    Opens o;
    if (auto k = vault.unlock(bytesOf(OldSecret))) {
        REQUIRE(k->bytes().equals(expected.bytes()));
        o.oldOne = true;
    }
    std::filesystem::remove(dir / KeyVault::LockoutFileName);
    if (auto k = vault.unlock(bytesOf(NewSecret))) {
        REQUIRE(k->bytes().equals(expected.bytes()));
        o.newOne = true;
    }
    return o;
}

} // namespace

TEST_CASE("a secret change cut off at any write step leaves one secret working", "[crypto][vault][crash]")
{
    // unlock counts the attempt (one write), resets the count (one write), then the slot file (one write);
    // each write has three crash points. Step 10 means: no crash at all.
    for (int step = 1; step <= 10; ++step) {
        test::TempDir tmp;
        const auto dir = tmp.path() / "vault";
        NoKeyStore none;
        KeyVault vault(dir, none);
        auto key = vault.create(bytesOf(OldSecret), CostProfile::Interactive);
        REQUIRE(key);

        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            g_stepsToCrash = step;
            KeyVault inChild(dir, none);
            inChild.setFaultHook(crashAtStep);
            const bool ok = static_cast<bool>(inChild.changeSecret(bytesOf(OldSecret), bytesOf(NewSecret)));
            ::_exit(ok ? 0 : 1);
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        const int code = WEXITSTATUS(status);
        INFO("crash at write step " << step << ", child exit " << code);
        CHECK((code == 42 || code == 0));

        const Opens o = whoOpens(dir, *key);
        CHECK((o.oldOne || o.newOne));
        CHECK_FALSE((o.oldOne && o.newOne)); // one slot file, one secret
        if (code == 0)
            CHECK(o.newOne);
    }
}

TEST_CASE("a secret change killed at random moments leaves one secret working", "[crypto][vault][crash]")
{
    test::TempDir tmp;
    const auto dir = tmp.path() / "vault";
    NoKeyStore none;
    KeyVault vault(dir, none);
    auto key = vault.create(bytesOf(OldSecret), CostProfile::Interactive, 100);
    REQUIRE(key);

    // Kill moments span about twice what one change takes on this machine now (~130 ms at INTERACTIVE cost when
    // idle, several times that on a busy CI runner), so that both outcomes occur however loaded the machine is.
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(vault.changeSecret(bytesOf(OldSecret), bytesOf(NewSecret)));
    REQUIRE(vault.changeSecret(bytesOf(NewSecret), bytesOf(OldSecret)));
    const auto oneChangeUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count() / 2;
    std::mt19937 rng(20261125);
    std::uniform_int_distribution<long long> delayUs(0, 2 * oneChangeUs);
    int killed = 0;
    int finished = 0;
    bool oldIsCurrent = true;
    for (int i = 0; i < 40; ++i) {
        const std::string_view from = oldIsCurrent ? OldSecret : NewSecret;
        const std::string_view to = oldIsCurrent ? NewSecret : OldSecret;
        std::filesystem::remove(dir / KeyVault::LockoutFileName);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            KeyVault inChild(dir, none);
            const bool ok = static_cast<bool>(inChild.changeSecret(bytesOf(from), bytesOf(to)));
            ::_exit(ok ? 0 : 1);
        }
        ::usleep(static_cast<useconds_t>(delayUs(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        if (WIFSIGNALED(status))
            ++killed;
        else
            ++finished;

        const Opens o = whoOpens(dir, *key);
        INFO("round " << i);
        REQUIRE((o.oldOne || o.newOne));
        oldIsCurrent = o.oldOne;
    }
    // Both outcomes must have been exercised, or the test proved nothing.
    CHECK(killed > 0);
    CHECK(finished > 0);
}
