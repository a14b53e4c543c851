// An instrument form through the real UI, offscreen, with real clicks and keys: on a visit of the demo caseload a
// JGZ nurse opens "Huisbezoek — observatie ouder-kindrelatie", answers part of it (a question appears when an
// answer asks for it, a score is computed), leaves half-way, restarts the app, continues where she was, is sent to
// the first open required question, and completes the form. Every step is saved as a screenshot.
#include <catch2/catch.hpp>

#include "AppHarness.h"
#include "TestSupport.h"
#include "app/demo/DemoCaseload.h"
#include "app/session/Session.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace veldwerk;
using namespace veldwerk::test;

namespace {

const QString Secret = QStringLiteral("koffie bij de familie Yilmaz");

void openUnlocked(App &app)
{
    REQUIRE(app.vault().screen() == Screen::Unlock);
    app.unlockWith(Secret);
    REQUIRE(app.waitFor(Screen::Home));
    app.settle();
}

// The row of a question in the open form, or -1 when it is not shown (not enabled).
int rowOf(App &app, const QString &linkId)
{
    auto *list = app.ui->require("formRows");
    auto *model = qvariant_cast<QAbstractItemModel *>(list->property("model"));
    REQUIRE(model);
    const int role = model->roleNames().key("linkId");
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(role).toString() == linkId)
            return r;
    }
    return -1;
}

// What a row shows in one of its roles ("message", "answerText", …).
QString shown(App &app, const QString &linkId, const char *roleName)
{
    auto *list = app.ui->require("formRows");
    auto *model = qvariant_cast<QAbstractItemModel *>(list->property("model"));
    REQUIRE(model);
    const int row = rowOf(app, linkId);
    return row < 0 ? QString() : model->index(row, 0).data(model->roleNames().key(roleName)).toString();
}

// Scrolls the form so that a question's row exists and is on screen, as a person scrolls to it.
void showRow(App &app, const QString &linkId)
{
    const int row = rowOf(app, linkId);
    REQUIRE(row >= 0);
    auto *list = app.ui->require("formRows");
    QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 0 /* ListView.Beginning */));
    UiDriver::pause(50);
    REQUIRE(app.ui->find(QStringLiteral("formRow-") + linkId));
}

void typeInto(App &app, const QString &linkId, const QString &text)
{
    showRow(app, linkId);
    app.ui->click(QStringLiteral("input-") + linkId);
    app.ui->type(text);
}

QString calculated(App &app, const QString &linkId)
{
    showRow(app, linkId);
    return app.text(QStringLiteral("calculated-") + linkId);
}

void openFirstVisit(App &app)
{
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("visit-")) > 0; }));
    app.ui->click(app.ui->requirePrefix(QStringLiteral("visit-")));
    app.settle();
    app.ui->require("visitPage");
}

} // namespace

TEST_CASE("Huisbezoek filled on a visit: half-way, restart, continue, complete, with a computed score", "[e2e][forms]")
{
    TempDir data;
    const auto dir = data / "vault";
    {
        crypto::NoKeyStore none;
        auto session = session::Session::create(session::DataDirectory(dir), none, bytesOf(Secret.toStdString()),
                                                crypto::CostProfile::Interactive, 10);
        REQUIRE(session);
        REQUIRE(demo::DemoCaseload::load((*session)->cases(), demo::DemoCaseload::bundled(), QDate::currentDate()));
    }
    const QString canary = QStringLiteral("KANARIE-formulier-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        App app(dir);
        openUnlocked(app);
        openFirstVisit(app);
        CHECK(app.ui->countPrefix(QStringLiteral("visitForm-")) == 0);
        app.ui->click("addFormButton");
        REQUIRE(UiDriver::waitUntil(
            [&] { return app.ui->find(QStringLiteral("instrument-huisbezoek-ouder-kindrelatie")) != nullptr; }));
        UiDriver::pause(300);
        app.ui->shot("40-formulier-kiezen.png");
        app.ui->click("instrument-huisbezoek-ouder-kindrelatie");
        app.settle();
        app.ui->require("formPage");
        app.ui->shot("41-huisbezoek-leeg.png");

        typeInto(app, "bezoek.datum", QStringLiteral("vandaag"));
        app.ui->key(Qt::Key_Tab);
        // A wrong number is refused next to the field, in Dutch.
        typeInto(app, "bezoek.leeftijd-kind", QStringLiteral("achttien"));
        app.ui->key(Qt::Key_Tab);
        REQUIRE(UiDriver::waitUntil(
            [&] { return shown(app, "bezoek.leeftijd-kind", "message").contains(QStringLiteral("heel getal")); }));
        app.ui->shot("42-fout-getal.png");
        showRow(app, "bezoek.leeftijd-kind");
        app.ui->click("input-bezoek.leeftijd-kind");
        QTest::keyClick(app.shell->window(), Qt::Key_A, Qt::ControlModifier);
        app.ui->type(QStringLiteral("18"));
        app.ui->key(Qt::Key_Tab);
        REQUIRE(UiDriver::waitUntil([&] { return shown(app, "bezoek.leeftijd-kind", "message").isEmpty(); }));

        // "Zorgelijk" asks what is of concern: that question appears only now.
        CHECK(rowOf(app, "interactie.toelichting") < 0);
        showRow(app, "interactie.sensitiviteit");
        app.ui->click("option-interactie.sensitiviteit-2");
        REQUIRE(UiDriver::waitUntil([&] { return rowOf(app, "interactie.toelichting") >= 0; }));
        typeInto(app, "interactie.toelichting",
                 QStringLiteral("Moeder reageert laat op het huilen van Elif. ") + canary);

        // Two persistent regulation problems: the score counts them.
        showRow(app, "regulatie.probleem.huilen");
        app.ui->click("yes-regulatie.probleem.huilen");
        showRow(app, "regulatie.probleem.slapen");
        app.ui->click("yes-regulatie.probleem.slapen");
        REQUIRE(UiDriver::waitUntil([&] { return calculated(app, "regulatie.aantal") == QStringLiteral("2"); }));
        showRow(app, "regulatie");
        app.ui->shot("43-huisbezoek-half-score.png");
        app.ui->click("backButton"); // leaves half-way
        app.settle();
        REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("visitForm-")) == 1; }));
        CHECK(app.ui->require("visitForm-0")->property("text").toString().contains(QStringLiteral("Bezig")));
        app.ui->shot("44-bezoek-formulier-bezig.png");
    }

    // Restart: the form is there, every answer with it.
    App app(dir);
    openUnlocked(app);
    openFirstVisit(app);
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("visitForm-")) == 1; }));
    app.ui->click("visitForm-0");
    app.settle();
    app.ui->require("formPage");
    CHECK(calculated(app, "regulatie.aantal") == QStringLiteral("2"));
    showRow(app, "interactie.toelichting");
    CHECK(app.text("input-interactie.toelichting").contains(canary));
    showRow(app, "bezoek.leeftijd-kind");
    CHECK(app.text("input-bezoek.leeftijd-kind") == QStringLiteral("18"));
    app.ui->shot("45-huisbezoek-na-herstart.png");

    // Completing too early: the form says what is open and goes there.
    app.ui->click("completeFormButton");
    REQUIRE(UiDriver::waitUntil([&] { return app.text("formNotice").contains(QStringLiteral("Nog niet af")); }));
    REQUIRE(app.ui->find(QStringLiteral("formRow-positief.momenten")));
    app.ui->shot("46-nog-niet-af.png");
    typeInto(app, "positief.momenten", QStringLiteral("Elif zoekt oogcontact met moeder tijdens het voeden."));
    app.ui->click("firstOpenButton");
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->find(QStringLiteral("formRow-vervolg.stappen")) != nullptr; }));
    showRow(app, "vervolg.stappen");
    app.ui->click("option-vervolg.stappen-3"); // Video-feedback: VIPP-SD
    app.ui->click("firstOpenButton");
    REQUIRE(
        UiDriver::waitUntil([&] { return app.text("formNotice").contains(QStringLiteral("Alle verplichte vragen")); }));
    app.ui->click("completeFormButton");
    REQUIRE(
        UiDriver::waitUntil([&] { return app.text("formNotice") == QStringLiteral("Het formulier is afgerond."); }));
    CHECK(app.ui->require("amendFormButton")->isVisible());
    showRow(app, "regulatie");
    app.ui->shot("47-huisbezoek-afgerond.png");
    app.ui->click("backButton");
    app.settle();
    REQUIRE(UiDriver::waitUntil([&] {
        return app.ui->require("visitForm-0")->property("text").toString().contains(QStringLiteral("Afgerond"));
    }));
    app.ui->shot("48-bezoek-formulier-afgerond.png");

    SECTION("what was typed into the form is nowhere in plaintext")
    {
        app.vault().lock();
        CHECK_FALSE(treeContains(dir, canary.toStdString()));
        CHECK_FALSE(treeContains(QDir::tempPath().toStdString(), canary.toStdString()));
    }
}

TEST_CASE("importing a provider's Questionnaire: a broken file lists its errors and changes nothing, a valid one "
          "shows its warnings and can then be filled",
          "[e2e][forms]")
{
    TempDir data;
    const auto dir = data / "vault";
    {
        crypto::NoKeyStore none;
        auto session = session::Session::create(session::DataDirectory(dir), none, bytesOf(Secret.toStdString()),
                                                crypto::CostProfile::Interactive, 10);
        REQUIRE(session);
        REQUIRE(demo::DemoCaseload::load((*session)->cases(), demo::DemoCaseload::bundled(), QDate::currentDate()));
    }
    // Where a tablet's browser puts a download.
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    REQUIRE(QDir().mkpath(downloads));
    const QString broken = downloads + QStringLiteral("/kapot.json");
    const QString own = downloads + QStringLiteral("/eigen-vragenlijst.json");
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(broken, R"json({"resourceType": "Questionnaire", "status": "active", "url": "https://ggd.example/q/kapot",
        "item": [{"linkId": "a", "type": "choice", "enableWhen": [{"question": "b", "operator": "=", "answerBoolean": true}]},
                 {"linkId": "a", "type": "raadsel"}]})json");
    write(own, R"json({"resourceType": "Questionnaire", "status": "active", "url": "https://ggd.example/q/eigen",
        "version": "2", "title": "Eigen vragenlijst GGD", "item": [
          {"linkId": "stemming", "type": "integer", "text": "Stemming (1-10)", "required": true,
           "extension": [{"url": "https://ggd.example/onbekende-extensie", "valueString": "x"}]}]})json");

    App app(dir);
    openUnlocked(app);
    app.ui->click("settingsButton");
    app.settle();
    app.ui->click("importInstrumentButton");
    app.settle();
    app.ui->require("instrumentImportPage");
    REQUIRE(app.ui->countPrefix(QStringLiteral("candidate-")) == 2);

    app.ui->click("candidate-1"); // kapot.json (by name: eigen-vragenlijst.json comes first)
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->countPrefix(QStringLiteral("problem-")) >= 3; }));
    CHECK(app.text("importMessage").contains(QStringLiteral("niets opgeslagen")));
    CHECK(app.text("importCounts").startsWith(QStringLiteral("3 fouten")));
    app.ui->shot("50-import-fouten.png");

    app.ui->click("candidate-0");
    REQUIRE(UiDriver::waitUntil([&] { return app.text("importMessage").contains(QStringLiteral("toegevoegd")); }));
    CHECK(app.text("importCounts").startsWith(QStringLiteral("0 fouten · 1 waarschuwing")));
    app.ui->shot("51-import-met-waarschuwing.png");

    // The imported instrument is offered on a visit, beside the bundled ones, and fills like them.
    app.ui->click("backButton");
    app.settle();
    app.ui->click("backButton");
    app.settle();
    openFirstVisit(app);
    app.ui->click("addFormButton");
    REQUIRE(UiDriver::waitUntil([&] { return app.ui->find(QStringLiteral("instrument-eigen")) != nullptr; }));
    app.ui->click("instrument-eigen");
    app.settle();
    typeInto(app, "stemming", QStringLiteral("7"));
    app.ui->key(Qt::Key_Tab);
    REQUIRE(UiDriver::waitUntil([&] { return shown(app, "stemming", "answerText") == "7"; }));
    app.ui->shot("52-eigen-instrument-ingevuld.png");
}
