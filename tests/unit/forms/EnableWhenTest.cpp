#include "FormsTestSupport.h"

#include "app/forms/EnableWhen.h"
#include "app/forms/ResponseEngine.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

EnableWhen condition(Operator op, const Value &answer)
{
    EnableWhen c;
    c.op = op;
    c.answer = answer;
    return c;
}

Value date(const char *s)
{
    return Value(Value::Type::Date, QString::fromLatin1(s));
}

// A started engine over a questionnaire built from item JSON; REQUIREs that the file is valid.
struct Form {
    std::shared_ptr<const Questionnaire> q;
    std::unique_ptr<ResponseEngine> engine;

    explicit Form(const QByteArray &items, const QByteArray &extra = {})
    {
        const auto r = readQuestionnaire(withItems(items, extra));
        REQUIRE_NO_ERRORS(r);
        q = r.questionnaire;
        engine = std::make_unique<ResponseEngine>(q);
        engine->start();
    }
    int id(const char *linkId, int occurrence = 0) const
    {
        return engine->instancesOf(q->indexOf(QString::fromLatin1(linkId))).at(occurrence);
    }
    bool enabled(const char *linkId, int occurrence = 0) const { return engine->isEnabled(id(linkId, occurrence)); }
    Changes set(const char *linkId, const QList<Value> &answers, int occurrence = 0)
    {
        auto r = engine->setAnswers(id(linkId, occurrence), answers);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        return r.changes;
    }
    QString refused(const char *linkId, const Value &answer)
    {
        const auto r = engine->setAnswers(id(linkId), {answer});
        REQUIRE_FALSE(r.ok);
        return r.message;
    }
};

} // namespace

TEST_CASE("every enableWhen operator follows the R4 definitions", "[forms][enablewhen]")
{
    const QList<Value> none;
    SECTION("exists")
    {
        CHECK(conditionHolds(condition(Operator::Exists, Value::boolean(true)), {Value::integer(1)}));
        CHECK_FALSE(conditionHolds(condition(Operator::Exists, Value::boolean(true)), none));
        CHECK(conditionHolds(condition(Operator::Exists, Value::boolean(false)), none));
        CHECK_FALSE(
            conditionHolds(condition(Operator::Exists, Value::boolean(false)), {Value::string(QStringLiteral("x"))}));
    }
    SECTION("= holds when at least one answer equals")
    {
        const auto c = condition(Operator::Equal, Value::coding(QStringLiteral("urn:s"), QStringLiteral("a")));
        CHECK(conditionHolds(c, {Value::coding(QStringLiteral("urn:s"), QStringLiteral("b")),
                                 Value::coding(QStringLiteral("urn:s"), QStringLiteral("a"))}));
        CHECK_FALSE(conditionHolds(c, {Value::coding(QStringLiteral("urn:t"), QStringLiteral("a"))}));
        CHECK(conditionHolds(c, {Value::coding({}, QStringLiteral("a"))})); // no system on one side matches any
        CHECK_FALSE(conditionHolds(c, none));
        CHECK(conditionHolds(condition(Operator::Equal, Value::decimal(3)), {Value::integer(3)}));
        CHECK(conditionHolds(condition(Operator::Equal, Value::boolean(false)), {Value::boolean(false)}));
    }
    SECTION("!= holds when no answer equals, and never without an answer")
    {
        const auto c = condition(Operator::NotEqual, Value::string(QStringLiteral("nee")));
        CHECK(conditionHolds(c, {Value::string(QStringLiteral("ja"))}));
        CHECK_FALSE(conditionHolds(c, {Value::string(QStringLiteral("ja")), Value::string(QStringLiteral("nee"))}));
        CHECK_FALSE(conditionHolds(c, none));
    }
    SECTION("ordering operators on numbers, dates, times and strings")
    {
        CHECK(conditionHolds(condition(Operator::Greater, Value::integer(5)), {Value::decimal(5.5)}));
        CHECK_FALSE(conditionHolds(condition(Operator::Greater, Value::integer(5)), {Value::integer(5)}));
        CHECK(conditionHolds(condition(Operator::GreaterOrEqual, Value::integer(5)), {Value::integer(5)}));
        CHECK(conditionHolds(condition(Operator::Less, Value::integer(5)), {Value::integer(9), Value::integer(4)}));
        CHECK(conditionHolds(condition(Operator::LessOrEqual, date("2024-03-01")), {date("2024-03-01")}));
        CHECK(conditionHolds(condition(Operator::Less, date("2024-03-01")), {date("2024-02-29")}));
        CHECK(conditionHolds(condition(Operator::Greater, Value(Value::Type::Time, QStringLiteral("08:00:00"))),
                             {Value(Value::Type::Time, QStringLiteral("09:30:00"))}));
        CHECK(conditionHolds(condition(Operator::Less, Value::string(QStringLiteral("b"))),
                             {Value::string(QStringLiteral("a"))}));
        CHECK_FALSE(conditionHolds(condition(Operator::Less, Value::integer(5)), none));
    }
    SECTION("values that cannot be ordered never satisfy an ordering operator")
    {
        // A year against a full date: FHIR leaves the order undecided.
        CHECK_FALSE(conditionHolds(condition(Operator::Less, date("2024-03-01")), {date("2023")}));
        CHECK_FALSE(conditionHolds(condition(Operator::GreaterOrEqual, date("2024-03-01")), {date("2025")}));
        const Value kg(Value::Type::Quantity,
                       QJsonObject{{QStringLiteral("value"), 70}, {QStringLiteral("code"), QStringLiteral("kg")}});
        const Value lb(Value::Type::Quantity,
                       QJsonObject{{QStringLiteral("value"), 60}, {QStringLiteral("code"), QStringLiteral("[lb_av]")}});
        CHECK_FALSE(conditionHolds(condition(Operator::Greater, lb), {kg}));
    }
}

TEST_CASE("enableWhen shows only the questions that apply, at every level", "[forms][enablewhen]")
{
    Form f(R"(
      {"linkId": "kind", "type": "boolean", "text": "Kind aanwezig?"},
      {"linkId": "kind.details", "type": "group", "text": "Over het kind",
       "enableWhen": [{"question": "kind", "operator": "=", "answerBoolean": true}],
       "item": [
         {"linkId": "huilen", "type": "choice", "answerOption": [{"valueCoding": {"code": "weinig"}}, {"valueCoding": {"code": "veel"}}]},
         {"linkId": "huilen.toelichting", "type": "text",
          "enableWhen": [{"question": "huilen", "operator": "=", "answerCoding": {"code": "veel"}}]}]},
      {"linkId": "zorg", "type": "string", "enableBehavior": "any", "enableWhen": [
         {"question": "huilen", "operator": "=", "answerCoding": {"code": "veel"}},
         {"question": "kind", "operator": "=", "answerBoolean": false}]}
    )");
    CHECK_FALSE(f.enabled("kind.details"));
    CHECK_FALSE(f.enabled("huilen")); // a disabled group disables its descendants
    CHECK_FALSE(f.enabled("huilen.toelichting"));
    CHECK_FALSE(f.enabled("zorg"));

    f.set("kind", {Value::boolean(true)});
    CHECK(f.enabled("kind.details"));
    CHECK(f.enabled("huilen"));
    CHECK_FALSE(f.enabled("huilen.toelichting"));

    f.set("huilen", {Value::coding({}, QStringLiteral("veel"))});
    CHECK(f.enabled("huilen.toelichting"));
    CHECK(f.enabled("zorg"));
    f.set("huilen.toelichting", {Value::string(QStringLiteral("huilt 's nachts urenlang"))});

    SECTION("a disabled question sees no answer, its answers leave the response and come back when it applies again")
    {
        const auto changes = f.set("kind", {Value::boolean(false)});
        CHECK_FALSE(f.enabled("huilen"));
        CHECK(f.engine->answersOf(f.id("huilen")).isEmpty());
        CHECK(f.engine->answersOf(f.id("huilen.toelichting")).isEmpty());
        CHECK(changes.answers.contains(f.id("huilen.toelichting")));
        CHECK(f.enabled("zorg")); // via the other condition: kind = false
        const auto json = QJsonDocument(f.engine->toResponse({})).toJson();
        CHECK_FALSE(json.contains("urenlang"));
        CHECK_FALSE(json.contains("veel"));

        f.set("kind", {Value::boolean(true)});
        CHECK(f.engine->answersOf(f.id("huilen.toelichting")).size() == 1);
        CHECK(QJsonDocument(f.engine->toResponse({})).toJson().contains("urenlang"));
    }
    SECTION("one answer re-evaluates only the conditions that name it")
    {
        const auto changes = f.set("huilen", {Value::coding({}, QStringLiteral("weinig"))});
        // huilen.toelichting (1 condition) and zorg (2 conditions, 'any') — nothing else.
        CHECK(changes.conditions <= 3);
        CHECK(changes.enablement.size() == 2);
    }
}

TEST_CASE("enableWhen on children of a question and inside repeating groups uses the nearest occurrence",
          "[forms][enablewhen]")
{
    Form f(R"(
      {"linkId": "kinderen", "type": "group", "repeats": true, "item": [
        {"linkId": "naam", "type": "string"},
        {"linkId": "naar-school", "type": "boolean", "item": [
          {"linkId": "school", "type": "string", "enableWhen": [{"question": "naar-school", "operator": "=", "answerBoolean": true}]}]},
        {"linkId": "klas", "type": "integer", "enableWhen": [{"question": "naar-school", "operator": "=", "answerBoolean": true}]}]}
    )");
    const int second = f.engine->addRepeat(f.id("kinderen"));
    REQUIRE(second >= 0);
    REQUIRE(f.engine->instancesOf(f.q->indexOf(QStringLiteral("kinderen"))).size() == 2);
    f.set("naar-school", {Value::boolean(true)}, 1);
    CHECK_FALSE(f.enabled("klas", 0));
    CHECK(f.enabled("klas", 1));
    CHECK(f.enabled("school", 1));
    f.set("school", {Value::string(QStringLiteral("De Regenboog"))}, 1);

    const auto response = f.engine->toResponse({});
    const auto items = response.value(QStringLiteral("item")).toArray();
    REQUIRE(items.size() == 1); // the first repetition has no answers at all
    // The child of a question hangs under its answer (R4).
    const auto school = items.at(0).toObject().value(QStringLiteral("item")).toArray().at(0).toObject();
    CHECK(school.value(QStringLiteral("linkId")).toString() == QStringLiteral("naar-school"));
    CHECK(
        school.value(QStringLiteral("answer")).toArray().at(0).toObject().value(QStringLiteral("item")).toArray().size()
        == 1);

    SECTION("removing a repetition removes its answers")
    {
        REQUIRE(f.engine->removeRepeat(second));
        CHECK(f.engine->toResponse({}).value(QStringLiteral("item")).isUndefined());
        CHECK_FALSE(f.engine->removeRepeat(f.id("kinderen"))); // the last one stays
    }
}

TEST_CASE("answers are checked before they are kept, with a Dutch sentence for next to the field",
          "[forms][validation]")
{
    Form f(R"(
      {"linkId": "leeftijd", "type": "integer", "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
        {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 18}]},
      {"linkId": "postcode", "type": "string", "maxLength": 7, "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": "[0-9]{4} ?[A-Z]{2}"},
        {"url": "http://hl7.org/fhir/StructureDefinition/entryFormat", "valueString": "1234 AB"}]},
      {"linkId": "keuze", "type": "choice", "answerOption": [{"valueCoding": {"code": "a"}}]},
      {"linkId": "verplicht", "type": "string", "required": true},
      {"linkId": "gewicht", "type": "decimal", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces", "valueInteger": 1}]}
    )");
    CHECK(f.refused("leeftijd", Value::integer(19)).contains(QStringLiteral("hoogstens 18")));
    CHECK(f.refused("leeftijd", Value::integer(-1)).contains(QStringLiteral("minstens 0")));
    CHECK(f.refused("leeftijd", Value::string(QStringLiteral("twaalf"))).contains(QStringLiteral("past niet")));
    CHECK(f.refused("leeftijd", Value::decimal(3.5)).contains(QStringLiteral("past niet")));
    CHECK(f.refused("postcode", Value::string(QStringLiteral("1234 ABC"))).contains(QStringLiteral("Maximaal 7")));
    CHECK(f.refused("postcode", Value::string(QStringLiteral("12 AB"))).contains(QStringLiteral("1234 AB")));
    CHECK(f.refused("keuze", Value::coding({}, QStringLiteral("b"))).contains(QStringLiteral("antwoordmogelijkheden")));
    CHECK(f.refused("gewicht", Value::decimal(3.25)).contains(QStringLiteral("decima")));
    f.set("leeftijd", {Value::integer(18)});
    f.set("postcode", {Value::string(QStringLiteral("1234AB"))});
    f.set("gewicht", {Value::decimal(3.2)});
    CHECK(f.engine->answersOf(f.id("leeftijd")).first().toNumber() == 18);

    SECTION("a too long text counts characters, not bytes")
    {
        Form g(R"({"linkId": "t", "type": "string", "maxLength": 3})");
        g.set("t", {Value::string(QStringLiteral("é👍ب"))});
        CHECK(g.refused("t", Value::string(QStringLiteral("é👍بx"))).contains(QStringLiteral("Maximaal 3")));
    }
    SECTION("required questions are reported only when completing")
    {
        CHECK(f.engine->validate(false).isEmpty());
        const auto problems = f.engine->validate(true);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().linkId == QStringLiteral("verplicht"));
        f.set("verplicht", {Value::string(QStringLiteral("ja"))});
        CHECK(f.engine->validate(true).isEmpty());
    }
    SECTION("a non-repeating question takes one answer")
    {
        const auto r = f.engine->setAnswers(f.id("leeftijd"), {Value::integer(1), Value::integer(2)});
        CHECK_FALSE(r.ok);
    }
}

TEST_CASE("initial values and initially selected options fill a new response", "[forms][engine]")
{
    Form f(R"(
      {"linkId": "datum", "type": "date", "initial": [{"valueDate": "2024-05-01"}]},
      {"linkId": "programma", "type": "choice", "answerOption": [{"valueCoding": {"code": "VIPP-SD"}, "initialSelected": true}, {"valueCoding": {"code": "K-VHT"}}]}
    )");
    CHECK(f.engine->answersOf(f.id("datum")).first().toString() == QStringLiteral("2024-05-01"));
    CHECK(f.engine->answersOf(f.id("programma")).first().code() == QStringLiteral("VIPP-SD"));
}

TEST_CASE("a QuestionnaireResponse loads, round-trips, and bad ones are refused with paths", "[forms][engine]")
{
    const QByteArray items = R"(
      {"linkId": "a", "type": "boolean"},
      {"linkId": "b", "type": "string", "enableWhen": [{"question": "a", "operator": "=", "answerBoolean": true}]},
      {"linkId": "g", "type": "group", "repeats": true, "item": [{"linkId": "g.n", "type": "integer"}]})";
    const auto r = readQuestionnaire(
        withItems(items, R"("url": "https://veldwerk.nl/fhir/Questionnaire/t", "version": "1.0.0", )"));
    REQUIRE_NO_ERRORS(r);
    auto load = [&](const QByteArray &json, Problems &problems) {
        auto engine = std::make_unique<ResponseEngine>(r.questionnaire);
        const auto ok = engine->load(QJsonDocument::fromJson(json).object(), problems);
        return ok ? std::move(engine) : nullptr;
    };
    SECTION("answers of disabled items are removed; repeating groups come back as repetitions")
    {
        Problems problems;
        const auto engine = load(R"({"resourceType": "QuestionnaireResponse", "status": "in-progress",
            "questionnaire": "https://veldwerk.nl/fhir/Questionnaire/t|1.0.0",
            "item": [{"linkId": "a", "answer": [{"valueBoolean": false}]}, {"linkId": "b", "answer": [{"valueString": "weg"}]},
                     {"linkId": "g", "item": [{"linkId": "g.n", "answer": [{"valueInteger": 1}]}]},
                     {"linkId": "g", "item": [{"linkId": "g.n", "answer": [{"valueInteger": 2}]}]}]})",
                                 problems);
        INFO(describe(problems).toStdString());
        REQUIRE(engine);
        const auto out =
            engine->toResponse({QStringLiteral("r1"), QStringLiteral("completed"), QStringLiteral("2024-05-01")});
        const auto text = QJsonDocument(out).toJson(QJsonDocument::Compact);
        CHECK_FALSE(text.contains("weg"));
        CHECK(out.value(QStringLiteral("item")).toArray().size() == 3);
        CHECK(out.value(QStringLiteral("questionnaire")).toString()
              == QStringLiteral("https://veldwerk.nl/fhir/Questionnaire/t|1.0.0"));
        CHECK(out.value(QStringLiteral("status")).toString() == QStringLiteral("completed"));
        // Loading what was written gives the same response.
        Problems again;
        const auto reloaded = load(QJsonDocument(out).toJson(), again);
        REQUIRE(reloaded);
        CHECK(reloaded->toResponse({QStringLiteral("r1"), QStringLiteral("completed"), QStringLiteral("2024-05-01")})
              == out);
    }
    SECTION("wrong types, unknown linkIds and a non-repeating item twice")
    {
        Problems problems;
        CHECK_FALSE(load(R"({"resourceType": "QuestionnaireResponse", "status": "in-progress", "item": [
            {"linkId": "a", "answer": [{"valueString": "ja"}]}, {"linkId": "zz"}, {"linkId": "b"}, {"linkId": "b"},
            {"linkId": "g.n", "answer": [{"valueInteger": 1}]}, {"linkId": "g", "item": [{"linkId": "g.n", "answer": [{"valueInteger": "1"}]}]}]})",
                         problems));
        ReadResult result{nullptr, problems};
        REQUIRE_PROBLEM(result, Error, "$.item[0].answer[0].valueString", "past niet");
        REQUIRE_PROBLEM(result, Error, "$.item[1].linkId", "zz");
        REQUIRE_PROBLEM(result, Error, "$.item[3]", "twee keer");
        REQUIRE_PROBLEM(result, Error, "$.item[4].linkId", "niet op zijn plaats");
        REQUIRE_PROBLEM(result, Error, "$.item[5].item[0].answer[0].valueInteger", "geheel getal");
    }
    SECTION("not a response at all")
    {
        Problems problems;
        CHECK_FALSE(load(R"({"resourceType": "Questionnaire", "status": "active"})", problems));
        CHECK(hasErrors(problems));
    }
}
