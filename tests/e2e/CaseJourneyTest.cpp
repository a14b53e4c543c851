// The case records through the real UI, offscreen, with real clicks and keys: a professional adds a family, a
// child, a parent, a consent, a trajectory, a visit and three notes, restarts the app and finds everything; and a
// newcomer walks through the demo caseload. Every screen is saved for people to look at.
#include <catch2/catch.hpp>

#include "AppHarness.h"
#include "TestSupport.h"
#include "app/demo/DemoCaseload.h"
#include "app/session/Session.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace veldwerk;
using namespace veldwerk::test;

namespace {

const QString Secret = QStringLiteral("thee met de familie Bakker");

std::unique_ptr<session::Session> makeVault(const std::filesystem::path &dir)
{
    crypto::NoKeyStore none;
    auto s = session::Session::create(session::DataDirectory(dir), none, bytesOf(Secret.toStdString()),
                                      crypto::CostProfile::Interactive, 10);
    REQUIRE(s);
    return std::move(s).value();
}

void openUnlocked(App &app)
{
    REQUIRE(app.vault().screen() == Screen::Unlock);
    app.unlockWith(Secret);
    REQUIRE(app.waitFor(Screen::Home));
    app.settle();
}

// Fills a field of an open dialog: click it, select what is there, type over it.
void fill(App &app, const QString &objectName, const QString &text)
{
    QQuickItem *field = app.ui->require(objectName);
    app.ui->click(field);
    QTest::keyClick(app.shell->window(), Qt::Key_A, Qt::ControlModifier);
    app.ui->key(Qt::Key_Backspace);
    app.ui->type(text);
}

void save(App &app)
{
    app.ui->click("dialogSave");
    UiDriver::pause(100);
}

} // namespace

TEST_CASE("a family with a child, a trajectory, a visit and three notes, found again after a restart", "[e2e][cases]")
{
    TempDir data;
    const auto dir = data / "vault";
    makeVault(dir);
    const QString canary = QStringLiteral("KANARIE-ui-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        App app(dir);
        openUnlocked(app);
        app.ui->shot("20-vandaag-leeg.png");

        // Nieuw gezin.
        app.ui->click("newFamilyButton");
        app.ui->require("familyName");
        fill(app, "familyNameInput", QStringLiteral("Gezin Bakker"));
        fill(app, "familyAddressInput", QStringLiteral("Lindelaan 14"));
        fill(app, "familyAreaInput", QStringLiteral("Zwolle-Zuid"));
        app.ui->shot("21-nieuw-gezin.png");
        save(app);
        app.settle();
        app.ui->require("familyPage");

        // Kind, with a date in the future first: refused in Dutch next to the field.
        app.ui->click("addChildButton");
        fill(app, "childNameInput", QStringLiteral("Noah"));
        fill(app, "childDateInput", QDate::currentDate().addDays(3).toString(QStringLiteral("dd-MM-yyyy")));
        save(app);
        REQUIRE(UiDriver::waitUntil(
            [&] { return app.ui->require("childDate")->property("error").toString().contains("toekomst"); }));
        app.ui->shot("22-kind-datum-in-toekomst.png");
        fill(app, "childDateInput", QStringLiteral("12-03-2024"));
        save(app);
        REQUIRE(UiDriver::waitUntil([&] { return !app.ui->find(QStringLiteral("childDialog")); }));

        app.ui->click("addCaregiverButton");
        fill(app, "caregiverNameInput", QStringLiteral("Sanne Bakker"));
        save(app);

        app.ui->click("recordConsentButton");
        save(app); // filmen, given by the first member (Sanne), today
        REQUIRE(UiDriver::waitUntil([&] { return app.text("filmingStatus") == "Filmen is toegestaan."; }));

        app.ui->click("newTrajectoryButton");
        fill(app, "trajectoryEndInput", QDate::currentDate().addMonths(2).toString(QStringLiteral("dd-MM-yyyy")));
        fill(app, "trajectoryResponsibleInput", QStringLiteral("Marieke Hoekstra"));
        save(app);
        app.settle();
        app.ui->require("trajectoryPage");
        app.ui->shot("23-traject.png");

        // Een bezoek, vandaag.
        app.ui->click("planVisitButton");
        fill(app, "visitTimeInput", QStringLiteral("10:00"));
        save(app);
        app.ui->click(app.ui->requirePrefix(QStringLiteral("trajectoryVisit-")));
        app.settle();
        app.ui->require("visitPage");
        app.ui->click("startVisitButton");

        // Drie notities: met de knop, met Ctrl+Enter, over Noah met een label.
        app.ui->click("noteComposer");
        app.ui->type(QStringLiteral("Noah speelt geconcentreerd met de blokken. ") + canary);
        app.ui->click("saveNoteButton");
        app.ui->click("about-Noah");
        app.ui->click("tag-positief moment");
        app.ui->click("noteComposer");
        app.ui->type(QStringLiteral("Sanne benoemt wat Noah doet; Noah kijkt haar aan en lacht."));
        QTest::keyClick(app.shell->window(), Qt::Key_Return, Qt::ControlModifier);
        app.ui->click("noteComposer");
        app.ui->type(QStringLiteral("Afspraak: volgende keer opname van het eten."));
        app.ui->click("saveNoteButton");
        REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("note-")) == 3; }));
        CHECK(app.ui->require("undoButton")->isVisible());
        app.ui->shot("24-bezoek-drie-notities.png");

        // An edit of the first note, then undone.
        app.ui->click("note-0");
        QTest::keyClick(app.shell->window(), Qt::Key_End, Qt::ControlModifier);
        app.ui->type(QStringLiteral(" Typfout!"));
        UiDriver::pause(500); // saved as typed
        app.ui->click("undoButton");
        REQUIRE(UiDriver::waitUntil(
            [&] { return !app.ui->require("note-0")->property("text").toString().contains("Typfout"); }));
        app.ui->click("finishVisitButton");
        app.ui->shot("25-bezoek-afgerond.png");
    }

    // Restart: everything is there.
    App app(dir);
    openUnlocked(app);
    REQUIRE(app.ui->countPrefix(QStringLiteral("visit-")) == 1);
    app.ui->shot("26-vandaag-na-herstart.png");
    app.ui->click("caseloadSearch");
    app.ui->type(QStringLiteral("noah"));
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("family-")) == 1; }));
    app.ui->click(app.ui->requirePrefix(QStringLiteral("family-")));
    app.settle();
    app.ui->require("familyPage");
    CHECK(app.ui->countPrefix(QStringLiteral("trajectory-")) == 1);
    CHECK(app.ui->countPrefix(QStringLiteral("timeline-")) == 1);
    CHECK(app.text("filmingStatus") == "Filmen is toegestaan.");
    app.ui->shot("27-gezin-na-herstart.png");
    app.ui->click(app.ui->requirePrefix(QStringLiteral("timeline-")));
    app.settle();
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("note-")) == 3; }));
    CHECK(app.ui->require("note-0")->property("text").toString().startsWith("Noah speelt geconcentreerd"));
    CHECK(app.ui->require("note-1")->property("text").toString().contains("Sanne benoemt"));
    app.ui->shot("28-bezoek-na-herstart.png");

    SECTION("the canary typed into a note is nowhere in plaintext")
    {
        app.vault().lock();
        CHECK_FALSE(treeContains(dir, canary.toStdString()));
        CHECK_FALSE(treeContains(QDir::tempPath().toStdString(), canary.toStdString()));
        CHECK_FALSE(treeContains(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation).toStdString(),
                                 canary.toStdString()));
    }
}

TEST_CASE("a newcomer walks through the demo caseload", "[e2e][cases]")
{
    TempDir data;
    const auto dir = data / "vault";
    {
        auto session = makeVault(dir);
        auto loaded = demo::DemoCaseload::load(session->cases(), demo::DemoCaseload::bundled(), QDate::currentDate());
        REQUIRE(loaded);
    }
    App app(dir);
    openUnlocked(app);
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("visit-")) == 4; }));
    CHECK(app.ui->countPrefix(QStringLiteral("family-")) == 6);
    app.ui->shot("30-demo-vandaag.png");

    // The Ouderschapsdiagnostiek family: a weekly evaluation written through the screen.
    app.ui->click("caseloadSearch");
    app.ui->type(QStringLiteral("De Boer"));
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("family-")) == 1; }));
    app.ui->click(app.ui->requirePrefix(QStringLiteral("family-")));
    app.settle();
    CHECK(app.text("filmingStatus") == "Er is geen toestemming om te filmen.");
    app.ui->shot("31-demo-gezin.png");
    app.ui->click(app.ui->requirePrefix(QStringLiteral("trajectory-")));
    app.settle();
    REQUIRE(app.ui->find(QStringLiteral("addEvaluationButton")));
    app.ui->shot("32-demo-traject-45A48.png");
    app.ui->click("addEvaluationButton");
    app.ui->click("evaluation0-progressArea");
    app.ui->type(QStringLiteral("Moeder komt alle afspraken na."));
    app.ui->click("evaluation0-safetyArea"); // leaving the field saves at once
    UiDriver::pause(100);
    // The trajectory handed over: its status changed through the edit dialog.
    app.ui->click("editTrajectoryButton");
    fill(app, "trajectoryEditEndInput", QDate::currentDate().addMonths(7).toString(QStringLiteral("dd-MM-yyyy")));
    save(app);
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->find(QStringLiteral("trajectoryEditEnd")) != nullptr; }));
    CHECK(app.ui->require("trajectoryEditEnd")->property("error").toString().contains("zes maanden"));
    app.ui->shot("32b-traject-te-lang.png");
    fill(app, "trajectoryEditEndInput", QDate::currentDate().addMonths(1).toString(QStringLiteral("dd-MM-yyyy")));
    save(app);
    REQUIRE(UiDriver::waitUntil([&] { return !app.ui->find(QStringLiteral("trajectoryEditEnd")); }));

    app.ui->click(app.ui->requirePrefix(QStringLiteral("trajectoryVisit-")));
    app.settle();
    app.ui->shot("33-demo-bezoek.png");
    app.ui->click("backButton");
    app.settle();
    CHECK(app.ui->require("evaluation0-progressArea")->property("text").toString() == "Moeder komt alle afspraken na.");

    app.shell->window()->resize(800, 1280);
    app.ui->click("backButton");
    app.settle();
    app.ui->click("backButton");
    app.settle();
    app.ui->shot("34-demo-vandaag-staand.png");
}
