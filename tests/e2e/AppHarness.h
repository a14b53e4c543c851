#pragma once

// One start of the real application for the end-to-end tests: the same AppShell that main() builds, on a given data
// directory, with a UiDriver on its window.

#include "UiDriver.h"
#include "app/ui/AppShell.h"
#include "app/ui/VaultController.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>

namespace veldwerk::test {

using Screen = veldwerk::ui::VaultController::Screen;

inline const QString ScreenshotDir = QStringLiteral(VELDWERK_SCREENSHOT_DIR);

// One start of the application: the same AppShell main() builds, on a given data directory.
struct App {
    std::unique_ptr<ui::AppShell> shell;
    std::unique_ptr<UiDriver> ui;

    explicit App(const std::filesystem::path &dir)
    {
        shell = std::make_unique<ui::AppShell>(ui::AppShell::Options{QString::fromStdString(dir.string())});
        REQUIRE(shell->load());
        ui = std::make_unique<UiDriver>(shell->window(), ScreenshotDir);
    }
    ui::VaultController &vault() { return shell->vault(); }
    bool waitFor(Screen s, int ms = 8000)
    {
        return UiDriver::waitUntil([&] { return vault().screen() == s && !vault().busy(); }, ms);
    }
    QString text(const QString &objectName) const { return ui->require(objectName)->property("text").toString(); }
    // Page pushes and pops animate; a person waits for them to settle before the next tap, and so does the test.
    void settle()
    {
        REQUIRE(UiDriver::waitUntil([&] { return !ui->require("homeStack")->property("busy").toBool(); }));
    }

    void unlockWith(const QString &secret)
    {
        ui->click("unlockSecretField");
        ui->type(secret);
        ui->key(Qt::Key_Return);
    }
};

} // namespace veldwerk::test
