// The app on a disk that is full or read-only (simulated by tests/support/FaultPreload.c, loaded by CTest into
// this process for the directory VELDWERK_FAULT_DIR), and on a damaged database: a clear Dutch message on the
// screen, never a crash, nothing half-made left behind.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "UiDriver.h"
#include "app/session/Session.h"
#include "app/ui/AppShell.h"
#include "app/ui/VaultController.h"

#include <memory>

using namespace veldwerk;
using veldwerk::test::UiDriver;
using Screen = veldwerk::ui::VaultController::Screen;

namespace {

const QString Secret = QStringLiteral("de thee staat al klaar hoor");

std::filesystem::path faultDir()
{
    const QByteArray dir = qgetenv("VELDWERK_FAULT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    return std::filesystem::path(dir.toStdString());
}

// A first run through the screen on `dir`; returns the shell so the caller can look at the result.
std::unique_ptr<ui::AppShell> tryFirstRun(const std::filesystem::path &dir, const char *screenshot)
{
    auto shell = std::make_unique<ui::AppShell>(ui::AppShell::Options{QString::fromStdString(dir.string())});
    REQUIRE(shell->load());
    UiDriver ui(shell->window(), QStringLiteral(VELDWERK_SCREENSHOT_DIR));
    REQUIRE(shell->vault().screen() == Screen::FirstRun);
    ui.click("secretField");
    ui.type(Secret);
    ui.key(Qt::Key_Tab);
    ui.type(Secret);
    ui.key(Qt::Key_Return);
    REQUIRE(UiDriver::waitUntil([&] { return !shell->vault().busy() && !shell->vault().errorText().isEmpty(); }));
    ui.shot(screenshot);
    return shell;
}

} // namespace

TEST_CASE("a full disk on the first run says so and leaves nothing half-made", "[e2e][enospc]")
{
    const auto dir = faultDir();
    std::filesystem::remove_all(dir);
    auto shell = tryFirstRun(dir, "16-eerste-start-opslag-vol.png");
    CHECK(shell->vault().errorText().contains("vol"));
    CHECK(shell->vault().screen() == Screen::FirstRun);
    CHECK_FALSE(std::filesystem::exists(dir / "keyslots.vwk"));
    CHECK_FALSE(std::filesystem::exists(dir / "veldwerk.db"));
}

TEST_CASE("a read-only data directory on the first run says so", "[e2e][erofs]")
{
    const auto dir = faultDir();
    std::filesystem::remove_all(dir);
    auto shell = tryFirstRun(dir, "17-eerste-start-alleen-lezen.png");
    CHECK(shell->vault().errorText().contains("niet worden geschreven"));
    CHECK(shell->vault().screen() == Screen::FirstRun);
}

TEST_CASE("a damaged database leads to the problem screen, not to endless retries", "[e2e][damaged]")
{
    test::TempDir data;
    const auto dir = data / "vault";
    crypto::NoKeyStore none;
    REQUIRE(session::Session::create(session::DataDirectory(dir), none, test::bytesOf(Secret.toStdString()),
                                     crypto::CostProfile::Interactive, 10));
    auto db = test::readFile(dir / "veldwerk.db");
    db[60] ^= 0x20; // the first page: SQLCipher cannot read the schema
    test::writeFile(dir / "veldwerk.db", db);

    ui::AppShell shell(ui::AppShell::Options{QString::fromStdString(dir.string())});
    REQUIRE(shell.load());
    UiDriver ui(shell.window(), QStringLiteral(VELDWERK_SCREENSHOT_DIR));
    REQUIRE(shell.vault().screen() == Screen::Unlock);
    ui.click("unlockSecretField");
    ui.type(Secret);
    ui.key(Qt::Key_Return);
    REQUIRE(UiDriver::waitUntil([&] { return shell.vault().screen() == Screen::Problem; }));
    CHECK(shell.vault().problemText().contains("beschadigd"));
    CHECK(shell.vault().session() == nullptr);
    ui.shot("18-database-beschadigd.png");
}
