// The case records as the repositories store them: every change one transaction with its audit event, per-field
// HLC stamps and tombstones for sync, the audit chain that notices removal or alteration, the queries of the
// screens, and bad input refused in Dutch or stored faithfully.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "app/demo/DemoCaseload.h"
#include "app/domain/Codes.h"
#include "app/forms/Questionnaire.h"
#include "app/forms/ResponseEngine.h"
#include "app/formstore/StoredForms.h"
#include "app/session/Session.h"
#include "app/store/CaseQueries.h"
#include "app/store/Export.h"
#include "app/store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <chrono>
#include <thread>

using namespace veldwerk;
using namespace veldwerk::domain;
using veldwerk::test::bytesOf;
using veldwerk::test::TempDir;

namespace {

constexpr std::string_view Secret = "een zin om de kluis te openen";

struct Fixture {
    TempDir tmp;
    crypto::NoKeyStore keyStore;
    std::unique_ptr<session::Session> session;

    Fixture()
    {
        auto s = session::Session::create(session::DataDirectory(tmp / "vault"), keyStore, bytesOf(Secret),
                                          crypto::CostProfile::Interactive, 10);
        REQUIRE(s);
        session = std::move(s).value();
    }
    store::CaseStore &cases() { return session->cases(); }
    store::Database &db() { return session->database(); }

    qint64 count(const char *sql)
    {
        auto s = db().prepare(sql);
        REQUIRE(s);
        REQUIRE(*s->step());
        return s->int64(0);
    }
    QString text(const std::string &sql)
    {
        auto s = db().prepare(sql);
        REQUIRE(s);
        REQUIRE(*s->step());
        return QString::fromStdString(s->text(0));
    }

    QString family(const QString &name = QStringLiteral("Gezin Bakker"))
    {
        auto id = cases().families().create(
            Family{{}, name, QStringLiteral("Lindelaan 14"), QStringLiteral("Zwolle-Zuid"), {}});
        REQUIRE(id);
        return *id;
    }
    QString trajectory(const QString &familyId, QLatin1StringView product = codes::product::VippSd)
    {
        Trajectory t;
        t.familyId = familyId;
        t.product = QString(product);
        t.framework = QString(codes::framework::Voluntary);
        t.status = QString(codes::trajectory_status::Running);
        t.start = QDate::currentDate().addDays(-10);
        t.plannedEnd = QDate::currentDate().addMonths(2);
        t.responsible = QStringLiteral("Marieke Hoekstra");
        auto id = cases().trajectories().create(t);
        REQUIRE(id);
        return *id;
    }
    QString visit(const QString &trajectoryId, const QDateTime &start)
    {
        Visit v;
        v.trajectoryId = trajectoryId;
        v.kind = QString(codes::visit_kind::HomeVisit);
        v.status = QString(codes::visit_status::Planned);
        v.plannedStart = start;
        v.plannedEnd = start.addSecs(3600);
        v.location = QStringLiteral("thuis");
        auto id = cases().visits().plan(v);
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("a family is stored with stamps and an audit event, in one transaction", "[store][cases]")
{
    Fixture f;
    const QString id = f.family();
    CHECK(f.count("SELECT count(*) FROM family") == 1);
    const QJsonObject stamps = QJsonDocument::fromJson(f.text("SELECT field_hlc FROM family").toUtf8()).object();
    CHECK(stamps.contains(QStringLiteral("display_name")));
    CHECK(stamps.contains(QStringLiteral("notes")));
    const QString rowStamp = f.text("SELECT hlc FROM family");
    CHECK(rowStamp.endsWith(f.session->deviceId()));
    CHECK(f.count("SELECT count(*) FROM audit_event WHERE action = 'create' AND entity = 'family'") == 1);

    SECTION("an update stamps only what changed and names the fields, never the values")
    {
        auto family = f.cases().families().get(id);
        REQUIRE(family);
        family->notes = QStringLiteral("Bel vooraf aan; hond in de tuin.");
        REQUIRE(f.cases().families().update(*family));
        const QJsonObject after = QJsonDocument::fromJson(f.text("SELECT field_hlc FROM family").toUtf8()).object();
        CHECK(after.value(QStringLiteral("notes")).toString() > stamps.value(QStringLiteral("notes")).toString());
        CHECK(after.value(QStringLiteral("display_name")) == stamps.value(QStringLiteral("display_name")));
        CHECK(f.text("SELECT hlc FROM family") > rowStamp);
        CHECK(f.text("SELECT detail FROM audit_event WHERE action = 'update'") == "fields: notes");
        CHECK_FALSE(f.text("SELECT group_concat(detail) FROM audit_event").contains("hond"));

        // Saving the same values again writes nothing and logs nothing.
        const qint64 events = f.count("SELECT count(*) FROM audit_event");
        REQUIRE(f.cases().families().update(*family));
        CHECK(f.count("SELECT count(*) FROM audit_event") == events);
    }
    SECTION("a delete is a tombstone")
    {
        REQUIRE(f.cases().families().remove(id));
        CHECK(f.count("SELECT count(*) FROM family WHERE deleted = 1") == 1);
        CHECK(f.cases().families().get(id).error().notFound());
        CHECK(f.count("SELECT count(*) FROM audit_event WHERE action = 'delete'") == 1);
        CHECK(f.cases().families().caseload({}, QDateTime::currentDateTimeUtc())->isEmpty());
        CHECK(f.cases().families().remove(id).error().notFound());
    }
    SECTION("opening the family page is a view in the trail")
    {
        REQUIRE(f.cases().families().open(id));
        CHECK(f.count("SELECT count(*) FROM audit_event WHERE action = 'view' AND family_id != ''") == 1);
    }
}

TEST_CASE("a refused change leaves neither the record nor an audit event", "[store][cases]")
{
    Fixture f;
    const qint64 before = f.count("SELECT count(*) FROM audit_event");
    auto empty = f.cases().families().create(Family{{}, QStringLiteral("  "), {}, {}, {}});
    REQUIRE_FALSE(empty);
    REQUIRE(empty.error().isInvalid());
    CHECK(empty.error().problems.first().message == "Geef het gezin een naam.");
    CHECK(f.count("SELECT count(*) FROM family") == 0);

    // A constraint failure inside the transaction rolls back the audit event with it.
    const QString id = f.family();
    auto duplicate = f.cases().families().create(Family{id, QStringLiteral("Gezin Twee"), {}, {}, {}});
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().store->code == store::StoreError::Code::Constraint);
    CHECK(f.count("SELECT count(*) FROM audit_event") == before + 1);
}

TEST_CASE("members, trajectories, visits, notes and consents hang together", "[store][cases]")
{
    Fixture f;
    const QString familyId = f.family();
    const QString other = f.family(QStringLiteral("Gezin El Amrani"));

    Child noah;
    noah.familyId = familyId;
    noah.name = QStringLiteral("Noah");
    noah.birthDate = QDate::currentDate().addYears(-3);
    auto noahId = f.cases().members().addChild(noah);
    REQUIRE(noahId);
    Child unborn;
    unborn.familyId = familyId;
    unborn.name = QStringLiteral("Ongeboren kind");
    unborn.expectedBirthDate = QDate::currentDate().addMonths(4);
    REQUIRE(f.cases().members().addChild(unborn));
    Caregiver sanne{{}, familyId, QStringLiteral("Sanne Bakker"), QString(codes::role::Biological), {}, {}};
    auto sanneId = f.cases().members().addCaregiver(sanne);
    REQUIRE(sanneId);

    auto children = f.cases().members().children(familyId);
    REQUIRE(children->size() == 2);
    CHECK(children->at(0).name == "Noah"); // born before expected
    CHECK(children->at(1).unborn());

    const QString trajectoryId = f.trajectory(familyId);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QString visitId = f.visit(trajectoryId, start);
    CHECK(f.cases().visits().get(visitId)->familyId == familyId);

    Observation note;
    note.visitId = visitId;
    note.text = QStringLiteral("Noah zoekt steun bij Sanne als de toren valt.");
    note.aboutId = *noahId;
    note.tags = {QStringLiteral("sensitiviteit")};
    auto noteId = f.cases().observations().add(note);
    REQUIRE(noteId);
    auto stored = f.cases().observations().get(*noteId);
    CHECK(stored->familyId == familyId);
    CHECK(stored->tags == QStringList{QStringLiteral("sensitiviteit")});
    CHECK(stored->recordedAt.isValid());

    SECTION("a note cannot be about someone from another family")
    {
        Child other1;
        other1.familyId = other;
        other1.name = QStringLiteral("Yasmine");
        other1.birthDate = QDate::currentDate().addYears(-5);
        auto otherChild = f.cases().members().addChild(other1);
        REQUIRE(otherChild);
        note.aboutId = *otherChild;
        auto r = f.cases().observations().add(note);
        REQUIRE_FALSE(r);
        CHECK(r.error().isInvalid());
    }
    SECTION("only family members can be marked present")
    {
        auto visit = f.cases().visits().get(visitId);
        visit->present = {*sanneId, QStringLiteral("iemand-anders")};
        auto r = f.cases().visits().update(*visit);
        REQUIRE_FALSE(r);
        visit->present = {*sanneId, *noahId};
        REQUIRE(f.cases().visits().update(*visit));
        CHECK(f.cases().visits().get(visitId)->present.size() == 2);
    }
    SECTION("starting and finishing a visit records when it was held")
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        REQUIRE(f.cases().visits().start(visitId, now));
        CHECK(f.cases().visits().get(visitId)->status == "bezig");
        REQUIRE(f.cases().visits().finish(visitId, now.addSecs(1800)));
        const auto held = f.cases().visits().get(visitId);
        CHECK(held->status == "afgerond");
        CHECK(held->heldEnd > held->heldStart);
    }
    SECTION("the timeline, the day list and the caseload find the visit")
    {
        auto timeline = f.cases().visits().timeline(familyId);
        REQUIRE(timeline->size() == 1);
        CHECK(timeline->at(0).notes == 1);
        CHECK(timeline->at(0).familyName == "Gezin Bakker");
        const QDate day = start.toLocalTime().date();
        auto today = f.cases().visits().onDay(day, QTimeZone::systemTimeZone());
        REQUIRE(today->size() == 1);
        CHECK(today->at(0).product == "VIPP-SD");
        CHECK(f.cases().visits().onDay(day.addDays(1), QTimeZone::systemTimeZone())->isEmpty());

        const QString later = f.visit(trajectoryId, QDateTime::currentDateTimeUtc().addDays(3));
        auto caseload = f.cases().families().caseload({}, QDateTime::currentDateTimeUtc());
        REQUIRE(caseload->size() == 2);
        CHECK(caseload->at(0).displayName == "Gezin Bakker"); // alphabetical
        CHECK(caseload->at(0).children == 2);
        CHECK(caseload->at(0).activeProducts == QStringList{QStringLiteral("VIPP-SD")});
        CHECK(caseload->at(0).nextVisit == f.cases().visits().get(later)->plannedStart);
    }
    SECTION("search finds a family by a child's or a caregiver's name, and treats % literally")
    {
        CHECK(f.cases().families().caseload(QStringLiteral("noah"), {})->size() == 1);
        CHECK(f.cases().families().caseload(QStringLiteral("Sanne"), {})->size() == 1);
        CHECK(f.cases().families().caseload(QStringLiteral("amrani"), {})->size() == 1);
        CHECK(f.cases().families().caseload(QStringLiteral("zuid"), {})->size() == 2);
        CHECK(f.cases().families().caseload(QStringLiteral("%"), {})->isEmpty());
        CHECK(f.cases().families().caseload(QStringLiteral("xyz"), {})->isEmpty());
    }
    SECTION("consents: filming needs one in force")
    {
        CHECK_FALSE(*f.cases().consents().mayFilm(familyId));
        Consent film;
        film.familyId = familyId;
        film.purpose = QString(codes::consent_purpose::Filming);
        film.givenById = *sanneId;
        film.givenOn = QDate::currentDate().addDays(-1);
        auto consentId = f.cases().consents().record(film);
        REQUIRE(consentId);
        CHECK(*f.cases().consents().mayFilm(familyId));
        CHECK_FALSE(*f.cases().consents().mayFilm(other));
        REQUIRE(f.cases().consents().withdraw(*consentId, QDate::currentDate()));
        CHECK_FALSE(*f.cases().consents().mayFilm(familyId));
        CHECK(f.cases().consents().forFamily(familyId)->at(0).withdrawnOn == QDate::currentDate());
    }
    SECTION("weekly evaluations of a trajectory, newest first")
    {
        WeeklyEvaluation w1;
        w1.trajectoryId = trajectoryId;
        w1.weekStart = QDate::currentDate().addDays(-14);
        w1.progress = QStringLiteral("Onderzoeksplan besproken.");
        WeeklyEvaluation w2 = w1;
        w2.weekStart = QDate::currentDate().addDays(-7);
        w2.safety = QStringLiteral("Veiligheidsafspraken nagekomen.");
        REQUIRE(f.cases().trajectories().addEvaluation(w1));
        REQUIRE(f.cases().trajectories().addEvaluation(w2));
        auto all = f.cases().trajectories().evaluations(trajectoryId);
        REQUIRE(all->size() == 2);
        CHECK(all->at(0).safety == "Veiligheidsafspraken nagekomen.");
        CHECK(all->at(0).familyId == familyId);
    }
}

TEST_CASE("unknown ids and unusual text: refused clearly or stored faithfully", "[store][cases]")
{
    Fixture f;
    const QString familyId = f.family();
    const QString visitId = f.visit(f.trajectory(familyId), QDateTime::currentDateTimeUtc());

    Observation note;
    note.visitId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    note.text = QStringLiteral("tekst");
    CHECK(f.cases().observations().add(note).error().notFound());
    CHECK(f.cases().observations().updateText(QStringLiteral("nope"), QStringLiteral("x")).error().notFound());

    Child ghost;
    ghost.familyId = QStringLiteral("no-such-family");
    ghost.name = QStringLiteral("Kind");
    ghost.birthDate = QDate::currentDate().addYears(-1);
    CHECK(f.cases().members().addChild(ghost).error().isInvalid());

    note.visitId = visitId;
    SECTION("100 KB")
    {
        QString big;
        for (int i = 0; big.size() < 100 * 1024; ++i)
            big += QStringLiteral("Regel %1: Noah speelt, Sanne kijkt toe. ").arg(i);
        note.text = big;
    }
    SECTION("emoji, right-to-left and combining characters")
    {
        note.text = QString::fromUtf8("\xf0\x9f\x91\xb6\xf0\x9f\x8f\xbd speelt; \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d "
                                      "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xe2\x80\x8f(RTL) cafe\xcc\x81 "
                                      "\xc3\xa9\xc3\xa9n");
    }
    SECTION("quotes and SQL")
    {
        note.text = QStringLiteral("'); DROP TABLE observation; -- \"quotes\" and \\ backslash");
    }
    auto id = f.cases().observations().add(note);
    REQUIRE(id);
    CHECK(f.cases().observations().get(*id)->text == note.text);
}

TEST_CASE("the audit trail verifies, and notices alteration and removal", "[store][audit]")
{
    Fixture f;
    const QString familyId = f.family();
    REQUIRE(f.cases().families().open(familyId));
    f.trajectory(familyId);
    auto ok = f.cases().audit().verify();
    REQUIRE(ok);
    CHECK(ok->intact);
    CHECK(ok->events == 3);
    auto trail = f.cases().audit().forFamily(familyId, 10);
    REQUIRE(trail->size() == 3);
    CHECK(trail->at(0).action == "create"); // newest first: the trajectory
    CHECK(trail->at(0).entity == "trajectory");
    CHECK(trail->at(0).device == f.session->deviceId());

    SECTION("the table refuses changes and deletes")
    {
        CHECK_FALSE(f.db().exec("UPDATE audit_event SET actor = 'x'"));
        CHECK_FALSE(f.db().exec("DELETE FROM audit_event"));
    }
    // An attacker with the key could drop the triggers; the chain still tells.
    REQUIRE(f.db().exec("DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;"));
    SECTION("an altered event")
    {
        REQUIRE(f.db().exec("UPDATE audit_event SET action = 'create' WHERE seq = 2"));
        auto v = f.cases().audit().verify();
        CHECK_FALSE(v->intact);
        CHECK(v->brokenAtSeq == 2);
    }
    SECTION("a removed event in the middle")
    {
        REQUIRE(f.db().exec("DELETE FROM audit_event WHERE seq = 2"));
        auto v = f.cases().audit().verify();
        CHECK_FALSE(v->intact);
        CHECK(v->brokenAtSeq == 3);
    }
    SECTION("the newest event removed")
    {
        REQUIRE(f.db().exec("DELETE FROM audit_event WHERE seq = 3"));
        auto v = f.cases().audit().verify();
        CHECK_FALSE(v->intact);
        CHECK(v->problem.contains("newest"));
    }
    SECTION("a rebuilt chain without the vault's key")
    {
        // Recomputing the hashes is possible for anyone; the MAC needs the audit key.
        REQUIRE(f.db().exec("UPDATE audit_event SET mac = zeroblob(16) WHERE seq = 1"));
        auto v = f.cases().audit().verify();
        CHECK_FALSE(v->intact);
        CHECK(v->problem.contains("MAC"));
    }
    SECTION("vault verify reports it")
    {
        REQUIRE(f.db().exec("DELETE FROM audit_event WHERE seq = 1"));
        auto problems = f.session->verify();
        REQUIRE(problems);
        REQUIRE(problems->size() == 1);
        CHECK(problems->front().startsWith("audit trail"));
    }
}

TEST_CASE("the clock continues across a restart", "[store][cases]")
{
    Fixture f;
    f.family();
    const QString before = f.text("SELECT value FROM vault_meta WHERE key = 'hlc_last'");
    const auto dir = f.session->directory();
    f.session.reset();
    auto reopened = session::Session::open(dir, f.keyStore, bytesOf(Secret));
    REQUIRE(reopened);
    CHECK((*reopened)->cases().clock().last().encode() == before);
    auto id = (*reopened)->cases().families().create(Family{{}, QStringLiteral("Gezin Later"), {}, {}, {}});
    REQUIRE(id);
    auto s = (*reopened)->database().prepare("SELECT max(hlc) FROM family");
    REQUIRE(*s->step());
    CHECK(QString::fromStdString(s->text(0)) > before);
}

TEST_CASE("a schema-2 vault with records migrates to the covering indices", "[store][migrations]")
{
    TempDir tmp;
    const auto path = tmp / "veldwerk.db";
    std::array<unsigned char, 32> key{};
    key.fill(7);
    {
        auto db = store::Database::open(path, key);
        REQUIRE(db);
        REQUIRE(store::migrate(*db, store::schemaMigrations().first(2)));
        REQUIRE(db->exec("INSERT INTO family (id, display_name, created_at, hlc, field_hlc) "
                         "VALUES ('f1', 'Gezin Oud', '2026-01-01T00:00:00.000Z', 'x', '{}')"));
    }
    auto db = store::Database::open(path, key);
    REQUIRE(db);
    REQUIRE(*store::migrate(*db) == store::latestSchemaVersion());
    auto indices =
        db->prepare("SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'index' AND name LIKE '%_live'");
    REQUIRE(*indices->step());
    CHECK(QString::fromStdString(indices->text(0)).split(' ').size() == 5);
    auto family = db->prepare("SELECT display_name FROM family WHERE id = 'f1'");
    REQUIRE(*family->step());
    CHECK(family->text(0) == "Gezin Oud");
}

TEST_CASE("the caseload's subqueries are answered from covering indices", "[store][performance]")
{
    // A guard for the scale benchmark's finding: without covering indices every family in the caseload costs a
    // random table page per child, trajectory and visit, which SQLCipher must decrypt (50 ms instead of 4 ms).
    Fixture f;
    for (const char *sql : {store::queries::Caseload, store::queries::CaseloadSearch}) {
        auto plan = f.db().prepare(std::string("EXPLAIN QUERY PLAN ") + sql);
        REQUIRE(plan);
        std::string lines;
        for (;;) {
            auto row = plan->step();
            REQUIRE(row);
            if (!*row)
                break;
            lines += plan->text(3) + "\n";
        }
        INFO(lines);
        CHECK(lines.find("family_caseload") != std::string::npos);
        CHECK(lines.find("COVERING INDEX child_by_family_live") != std::string::npos);
        CHECK(lines.find("COVERING INDEX trajectory_by_family_live") != std::string::npos);
        CHECK(lines.find("COVERING INDEX visit_by_family_live") != std::string::npos);
    }
}

TEST_CASE("a filled form is stored per answer, with the instrument's version, and removed without a trace of content",
          "[store][responses]")
{
    Fixture f;
    const QString visitId = f.visit(f.trajectory(f.family()), QDateTime::currentDateTimeUtc());
    auto responses = f.cases().responses();
    auto id =
        responses.create(visitId, QStringLiteral("https://veldwerk.nl/fhir/Questionnaire/huisbezoek-ouder-kindrelatie"),
                         QStringLiteral("1.0.0"), QStringLiteral("Huisbezoek"));
    REQUIRE(id);
    CHECK_FALSE(responses.create(QStringLiteral("geen-bezoek"), QStringLiteral("u"), {}, {}));

    REQUIRE(responses.saveAnswers(
        *id, {{QStringLiteral("situatie/situatie.beschrijving"), QStringLiteral(R"([{"valueString":"Kanarie-geel"}])")},
              {QStringLiteral("bezoek/bezoek.datum"), QStringLiteral(R"([{"valueDate":"2026-11-25"}])")},
              {QStringLiteral("niet/beantwoord"), QStringLiteral("[]")}}));
    auto stored = responses.answers(*id);
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).path == QStringLiteral("bezoek/bezoek.datum"));
    // Saving one answer writes one row.
    const qint64 before = f.count("SELECT count(*) FROM audit_event");
    std::this_thread::sleep_for(std::chrono::milliseconds(2)); // a new millisecond: the authored time really changes
    REQUIRE(responses.saveAnswers(
        *id, {{QStringLiteral("situatie/situatie.beschrijving"), QStringLiteral(R"([{"valueString":"Anders"}])")}}));
    CHECK(f.count("SELECT count(*) FROM audit_event") == before + 2); // the answer and the response's authored time
    // Clearing keeps the row, as "[]", so the question can be answered again.
    REQUIRE(responses.saveAnswers(*id, {{QStringLiteral("situatie/situatie.beschrijving"), QStringLiteral("[]")}}));
    REQUIRE(responses.answers(*id)->size() == 1);
    REQUIRE(responses.saveAnswers(
        *id, {{QStringLiteral("situatie/situatie.beschrijving"), QStringLiteral(R"([{"valueString":"Weer"}])")}}));
    REQUIRE(responses.answers(*id)->size() == 2);

    auto list = responses.forVisit(visitId);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().questionnaireVersion == QStringLiteral("1.0.0"));
    CHECK(list->first().status == QStringLiteral("in-progress"));
    CHECK(list->first().answered == 2);
    REQUIRE(responses.setStatus(*id, QStringLiteral("completed")));
    CHECK(responses.get(*id)->status == QStringLiteral("completed"));
    CHECK_FALSE(responses.setStatus(*id, QStringLiteral("klaar")));

    // An access request (export) shows the form with every answer row it holds.
    auto exported = store::exportRecords(f.db(), {});
    REQUIRE(exported);
    const auto exportedResponses = exported->value(QStringLiteral("responses")).toArray();
    REQUIRE(exportedResponses.size() == 1);
    const auto exportedAnswers = exportedResponses.first().toObject().value(QStringLiteral("answers")).toArray();
    CHECK(exportedAnswers.size() == 2);
    CHECK(QJsonDocument(exportedAnswers).toJson().contains("Weer"));

    REQUIRE(responses.remove(*id));
    CHECK(responses.forVisit(visitId)->isEmpty());
    CHECK(f.count("SELECT count(*) FROM response_answer WHERE answers <> '[]'") == 0);
}

TEST_CASE("the demo's filled forms fit their instruments: every answer placed, a completed one complete",
          "[store][responses][demo]")
{
    Fixture f;
    auto loaded = demo::DemoCaseload::load(f.cases(), demo::DemoCaseload::bundled(), QDate::currentDate());
    INFO((loaded ? QString() : loaded.error()).toStdString());
    REQUIRE(loaded);
    REQUIRE(loaded->forms == 2);
    auto stmt = f.db().prepare("SELECT id FROM questionnaire_response ORDER BY id");
    REQUIRE(stmt);
    int opened = 0;
    while (*stmt->step()) {
        auto response = f.cases().responses().get(QString::fromStdString(stmt->text(0)));
        REQUIRE(response);
        INFO(response->title.toStdString());
        auto form = formstore::openStoredForm(f.cases(), *response);
        REQUIRE(form);
        CHECK(form->unplaced == 0);
        const auto problems = form->engine->validate(response->status == QLatin1String("completed"));
        std::string listed;
        for (const auto &p : problems)
            listed += p.linkId.toStdString() + ": " + p.message.toStdString() + "\n";
        INFO(listed);
        CHECK_FALSE(forms::hasErrors(problems));
        ++opened;
    }
    CHECK(opened == 2);
}

TEST_CASE("an export gives each form as a FHIR QuestionnaireResponse, computed from the stored answers",
          "[store][responses]")
{
    Fixture f;
    const QString visitId = f.visit(f.trajectory(f.family()), QDateTime::currentDateTimeUtc());
    auto responses = f.cases().responses();
    const QString url = QStringLiteral("https://veldwerk.nl/fhir/Questionnaire/huisbezoek-ouder-kindrelatie");
    auto filled = responses.create(visitId, url, QStringLiteral("1.0.0"), QStringLiteral("Huisbezoek"));
    REQUIRE(filled);
    REQUIRE(responses.saveAnswers(
        *filled, {{QStringLiteral("regulatie/regulatie.probleem.huilen"), QStringLiteral(R"([{"valueBoolean":true}])")},
                  {QStringLiteral("regulatie/regulatie.probleem.slapen"), QStringLiteral(R"([{"valueBoolean":true}])")},
                  {QStringLiteral("regulatie/regulatie.probleem.eten"), QStringLiteral("[]")},
                  {QStringLiteral("bestaat/niet.meer"), QStringLiteral(R"([{"valueString":"Kanariegeel"}])")}}));
    REQUIRE(responses.setStatus(*filled, QStringLiteral("completed")));
    // A form of an instrument this device does not have (imported on another device, say).
    auto foreign = responses.create(visitId, QStringLiteral("https://elders.example/Questionnaire/x"),
                                    QStringLiteral("2"), QStringLiteral("Elders"));
    REQUIRE(foreign);
    auto removed = responses.create(visitId, url, QStringLiteral("1.0.0"), QStringLiteral("Huisbezoek"));
    REQUIRE(removed);
    REQUIRE(responses.remove(*removed));

    auto exported = store::exportRecords(f.db(), {});
    REQUIRE(exported);
    formstore::addQuestionnaireResponses(f.cases(), *exported);
    const auto all = exported->value(QStringLiteral("responses")).toArray();
    REQUIRE(all.size() == 3);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &r : all)
        byId.insert(r.toObject().value(QStringLiteral("id")).toString(), r.toObject());

    const QJsonObject resource = byId.value(*filled).value(QStringLiteral("questionnaireResponse")).toObject();
    CHECK(resource.value(QStringLiteral("resourceType")) == QStringLiteral("QuestionnaireResponse"));
    CHECK(resource.value(QStringLiteral("id")) == *filled);
    CHECK(resource.value(QStringLiteral("questionnaire")) == url + QStringLiteral("|1.0.0"));
    CHECK(resource.value(QStringLiteral("status")) == QStringLiteral("completed"));
    CHECK(resource.value(QStringLiteral("authored")).toString().endsWith(u'Z'));
    QJsonObject regulation;
    for (const QJsonValue &item : resource.value(QStringLiteral("item")).toArray()) {
        if (item.toObject().value(QStringLiteral("linkId")) == QStringLiteral("regulatie"))
            regulation = item.toObject();
    }
    QHash<QString, QJsonValue> answers;
    for (const QJsonValue &item : regulation.value(QStringLiteral("item")).toArray()) {
        const auto answer = item.toObject().value(QStringLiteral("answer")).toArray().first().toObject();
        answers.insert(item.toObject().value(QStringLiteral("linkId")).toString(), *answer.begin());
    }
    INFO(QJsonDocument(regulation).toJson().toStdString());
    CHECK(answers.value(QStringLiteral("regulatie.probleem.huilen")) == QJsonValue(true));
    CHECK_FALSE(answers.contains(QStringLiteral("regulatie.probleem.eten")));  // cleared
    CHECK(answers.value(QStringLiteral("regulatie.aantal")) == QJsonValue(2)); // computed, never stored
    CHECK_FALSE(QJsonDocument(resource).toJson().contains("Kanariegeel"));     // a path the form no longer has

    CHECK(byId.value(*foreign)
              .value(QStringLiteral("questionnaireResponseProblem"))
              .toString()
              .contains(QStringLiteral("niet")));
    CHECK_FALSE(byId.value(*foreign).contains(QStringLiteral("questionnaireResponse")));
    CHECK_FALSE(byId.value(*removed).contains(QStringLiteral("questionnaireResponse")));
    CHECK(byId.value(*removed).value(QStringLiteral("deleted")) == QJsonValue(true));
}
