// The application as a professional meets it, driven offscreen through real input: first run, restart, a wrong
// secret and its delay, the right secret, the idle lock, the suspend lock, settings and language, and the
// screens for a damaged or erased vault. Every screen is saved to build/.../screenshots for people to look at.
#include <catch2/catch.hpp>

#include "AppHarness.h"
#include "TestSupport.h"
#include "UiDriver.h"
#include "app/session/Session.h"
#include "app/ui/AppShell.h"
#include "app/ui/IdleWatcher.h"
#include "app/ui/Preferences.h"
#include "app/ui/VaultController.h"
#include "crypto/KeyVault.h"

#include <QSettings>

#include <memory>

using namespace veldwerk;
using namespace veldwerk::test;

namespace {

const QString Secret = QStringLiteral("koffie bij de familie Jansen");

// A vault made directly (cheap cost), for tests that begin at a later screen.
void makeVault(const std::filesystem::path &dir)
{
    crypto::NoKeyStore none;
    REQUIRE(session::Session::create(session::DataDirectory(dir), none, test::bytesOf(Secret.toStdString()),
                                     crypto::CostProfile::Interactive, 10));
}

} // namespace

TEST_CASE("first run, restart, a wrong secret with its delay, the right one, and the locks", "[e2e]")
{
    TempDir data;
    const auto dir = data / "vault";
    QSettings().setValue(QStringLiteral("security/idleLockSeconds"), 2);
    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("nl"));

    {
        App app(dir);
        REQUIRE(app.vault().screen() == Screen::FirstRun);
        app.ui->shot("01-eerste-start.png");

        // Too short: refused on the spot, with the rule in the message.
        app.ui->click("secretField");
        app.ui->type("te kort");
        app.ui->key(Qt::Key_Return); // Enter moves on to the confirmation field
        CHECK(app.ui->require("confirmField")->hasActiveFocus());
        app.ui->type("te kort");
        app.ui->key(Qt::Key_Return);
        REQUIRE(UiDriver::waitUntil([&] { return app.vault().errorText().contains("minstens 12 tekens"); }));
        CHECK(app.text("secretField").isEmpty()); // the typed secret does not linger in the field
        app.ui->shot("02-eerste-start-te-kort.png");

        // Two different entries.
        app.ui->click("secretField");
        app.ui->type(Secret);
        app.ui->key(Qt::Key_Tab);
        app.ui->type(Secret + QStringLiteral("!"));
        app.ui->key(Qt::Key_Return);
        REQUIRE(UiDriver::waitUntil([&] { return app.vault().errorText().contains("niet gelijk"); }));
        app.ui->shot("03-eerste-start-niet-gelijk.png");

        // The real thing, with the mouse on the button this time.
        app.ui->click("secretField");
        app.ui->type(Secret);
        app.ui->click("confirmField");
        app.ui->type(Secret);
        app.ui->click("createButton");
        REQUIRE(app.waitFor(Screen::Home));
        CHECK(app.vault().session() != nullptr);
        app.ui->shot("04-start.png");
    }

    // Restart: the unlock screen.
    App app(dir);
    REQUIRE(app.vault().screen() == Screen::Unlock);
    app.ui->shot("05-ontgrendelen.png");

    SECTION("a wrong secret is refused, and the right one waits out the delay")
    {
        app.unlockWith(QStringLiteral("koffie bij de familie Janssen"));
        REQUIRE(UiDriver::waitUntil([&] { return app.vault().errorText().startsWith("Onjuist wachtwoord."); }));
        CHECK(app.vault().errorText() == "Onjuist wachtwoord. Probeer het opnieuw.");
        CHECK(app.vault().attemptsLeft() == 9);
        REQUIRE(app.vault().secondsUntilRetry() >= 1);
        CHECK_FALSE(app.ui->require("unlockSecretField")->isEnabled());
        CHECK_FALSE(app.ui->require("unlockButton")->isEnabled());
        app.ui->shot("06-onjuist-wachtwoord.png");

        // Typing the right secret during the delay does nothing: the field does not take input.
        app.ui->type(Secret);
        app.ui->key(Qt::Key_Return);
        UiDriver::pause(200);
        CHECK(app.vault().screen() == Screen::Unlock);

        REQUIRE(UiDriver::waitUntil([&] { return app.vault().secondsUntilRetry() == 0; }, 3000));
        REQUIRE(app.ui->require("unlockSecretField")->isEnabled());
        app.unlockWith(Secret);
        REQUIRE(app.waitFor(Screen::Home));

        // Left alone for the idle time (2 s in this test): locked, keys gone.
        REQUIRE(app.waitFor(Screen::Unlock, 6000));
        CHECK(app.vault().session() == nullptr);
        CHECK(app.vault().errorText().isEmpty());
        app.ui->shot("07-vergrendeld-na-inactiviteit.png");

        // Unlock again; the wrong attempt from before no longer counts.
        app.unlockWith(Secret);
        REQUIRE(app.waitFor(Screen::Home));
        CHECK(app.vault().failedAttempts() == 0);
    }

    SECTION("activity keeps the app open; idleness locks it")
    {
        app.unlockWith(Secret);
        REQUIRE(app.waitFor(Screen::Home));
        for (int i = 0; i < 8; ++i) { // 3.2 s of use, longer than the idle time
            app.ui->moveMouse();
            UiDriver::pause(400);
        }
        CHECK(app.vault().screen() == Screen::Home);
        REQUIRE(app.waitFor(Screen::Unlock, 6000));
    }

    SECTION("sending the app to the background locks it")
    {
        app.unlockWith(Secret);
        REQUIRE(app.waitFor(Screen::Home));
        app.shell->idleWatcher().handleApplicationState(Qt::ApplicationInactive); // another window: no lock
        CHECK(app.vault().screen() == Screen::Home);
        app.shell->idleWatcher().handleApplicationState(Qt::ApplicationSuspended);
        REQUIRE(app.waitFor(Screen::Unlock, 1000));
        CHECK(app.vault().session() == nullptr);
    }

    SECTION("the lock button locks at once")
    {
        app.unlockWith(Secret);
        REQUIRE(app.waitFor(Screen::Home));
        app.ui->click("lockButton");
        REQUIRE(app.waitFor(Screen::Unlock, 1000));
        CHECK(app.vault().session() == nullptr);
    }

    SECTION("settings: the language switches at once, and back")
    {
        QSettings().setValue(QStringLiteral("security/idleLockSeconds"), 300);
        app.shell->preferences().setIdleLockSeconds(300);
        app.unlockWith(Secret);
        REQUIRE(app.waitFor(Screen::Home));
        CHECK(app.text("lockButton") == "Vergrendelen");
        app.ui->click("settingsButton");
        app.settle();
        app.ui->require("settingsPage");
        app.ui->shot("08-instellingen.png");
        app.ui->click("languageEnglish");
        REQUIRE(UiDriver::waitUntil([&] { return app.shell->preferences().effectiveLanguage() == "en"; }));
        app.ui->shot("09-settings-english.png");
        app.ui->click("backButton");
        app.settle();
        REQUIRE(UiDriver::waitUntil([&] { return app.text("lockButton") == "Lock"; }));
        CHECK(app.text("todayLabel").startsWith(QLocale(QLocale::English).dayName(QDate::currentDate().dayOfWeek())));
        app.ui->shot("10-home-english.png");
        app.ui->click("lockButton");
        REQUIRE(app.waitFor(Screen::Unlock, 1000));
        CHECK(app.text("unlockButton") == "Unlock");
        app.ui->shot("11-unlock-english.png");
        app.shell->preferences().setLanguage(QStringLiteral("nl"));
        REQUIRE(UiDriver::waitUntil([&] { return app.text("unlockButton") == "Ontgrendelen"; }));
        app.shell->window()->resize(800, 1280); // a tablet held upright
        app.ui->shot("12-ontgrendelen-staand.png");
    }
}

TEST_CASE("a damaged key file shows what happened and sets the old files aside on request", "[e2e]")
{
    TempDir data;
    const auto dir = data / "vault";
    makeVault(dir);
    auto slots = test::readFile(dir / crypto::KeyVault::SlotFileName);
    slots[30] ^= 0x04;
    test::writeFile(dir / crypto::KeyVault::SlotFileName, slots);

    App app(dir);
    REQUIRE(app.vault().screen() == Screen::Problem);
    CHECK(app.text("problemText").contains("beschadigd"));
    app.ui->shot("13-sleutelbestand-beschadigd.png");

    app.ui->click("startOverButton");
    app.ui->require("confirmButton");
    app.ui->shot("14-apart-zetten-bevestigen.png");
    app.ui->click("confirmButton");
    REQUIRE(app.waitFor(Screen::FirstRun, 2000));
    // Nothing was deleted: the damaged files sit in a folder of their own.
    bool found = false;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        found = found
                || (entry.is_directory() && entry.path().filename().string().starts_with("apart-gezet-")
                    && std::filesystem::exists(entry.path() / "veldwerk.db"));
    CHECK(found);
}

TEST_CASE("an erased vault says so and can begin anew", "[e2e]")
{
    TempDir data;
    const auto dir = data / "vault";
    makeVault(dir);
    crypto::NoKeyStore none;
    crypto::KeyVault keys(dir, none);
    REQUIRE(keys.cryptoErase());

    App app(dir);
    REQUIRE(app.vault().screen() == Screen::Erased);
    app.ui->shot("15-kluis-gewist.png");
    app.ui->click("startOverButton");
    app.ui->click("confirmButton");
    REQUIRE(app.waitFor(Screen::FirstRun, 2000));
    CHECK_FALSE(std::filesystem::exists(dir / "veldwerk.db"));
}
