#include "FormsTestSupport.h"

#include "app/forms/JsonReader.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

TEST_CASE("a valid questionnaire is read with its items in document order", "[forms][reader]")
{
    const auto r = readQuestionnaire(R"({
        "resourceType": "Questionnaire", "url": "https://veldwerk.nl/fhir/Questionnaire/x", "version": "1.2.0",
        "name": "Huisbezoek", "title": "Huisbezoek", "status": "active",
        "item": [
          {"linkId": "g", "type": "group", "text": "Situatie", "item": [
            {"linkId": "g.1", "type": "boolean", "text": "Kind aanwezig?", "required": true},
            {"linkId": "g.2", "type": "string", "text": "Toelichting", "maxLength": 200}
          ]},
          {"linkId": "d", "type": "display", "text": "Einde"}
        ]})");
    REQUIRE_NO_ERRORS(r);
    const auto &q = *r.questionnaire;
    CHECK(q.canonical() == QStringLiteral("https://veldwerk.nl/fhir/Questionnaire/x|1.2.0"));
    REQUIRE(q.items().size() == 4);
    CHECK(q.items().at(0).linkId == QStringLiteral("g"));
    CHECK(q.items().at(1).parent == 0);
    CHECK(q.items().at(1).depth == 1);
    CHECK(q.items().at(1).required);
    CHECK(q.items().at(2).maxLength == 200);
    CHECK(q.items().at(0).children == QList<int>{1, 2});
    CHECK(q.roots() == QList<int>{0, 3});
    CHECK(q.indexOf(QStringLiteral("g.2")) == 2);
    CHECK(q.items().at(2).path == QStringLiteral("$.item[0].item[1]"));
    CHECK(q.isAncestorOrSelf(0, 2));
    CHECK_FALSE(q.isAncestorOrSelf(3, 2));
}

TEST_CASE("bytes that are not one JSON object are refused with a reason, never a crash", "[forms][reader]")
{
    SECTION("empty")
    {
        REQUIRE_PROBLEM(readQuestionnaire(""), Error, "$", "leeg");
    }
    SECTION("truncated")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "a", "type": "string"})").chopped(5));
        REQUIRE_FALSE(r.questionnaire);
        REQUIRE_PROBLEM(r, Error, "$", "geen geldige JSON");
    }
    SECTION("invalid UTF-8")
    {
        const auto r = readQuestionnaire(withItems("{\"linkId\": \"a\xff\xfe\", \"type\": \"string\"}"));
        REQUIRE_PROBLEM(r, Error, "$", "UTF-8");
    }
    SECTION("100,000 levels of nesting")
    {
        const auto r = readQuestionnaire(QByteArray(100000, '[') + QByteArray(100000, ']'));
        REQUIRE_FALSE(r.questionnaire);
        REQUIRE(count(r.problems, Problem::Severity::Error) == 1);
    }
    SECTION("nesting deeper than the limit inside an object")
    {
        QByteArray deep = "{\"resourceType\": \"Questionnaire\", \"status\": \"draft\", \"text\": ";
        for (int i = 0; i < 300; ++i)
            deep += "{\"a\": ";
        deep += "1";
        for (int i = 0; i < 300; ++i)
            deep += "}";
        deep += "}";
        const auto r = readQuestionnaire(deep);
        REQUIRE_FALSE(r.questionnaire);
        INFO(describe(r.problems).toStdString());
        REQUIRE(describe(r.problems).contains(QStringLiteral("diep")));
    }
    SECTION("a JSON array instead of an object")
    {
        REQUIRE_PROBLEM(readQuestionnaire("[1, 2]"), Error, "$", "object");
    }
    SECTION("a property named twice, which JSON parsers would silently collapse")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "a", "type": "string", "type": "integer"})"));
        REQUIRE_FALSE(r.questionnaire);
        REQUIRE_PROBLEM(r, Error, "$.item[0].type", "twee keer");
    }
    SECTION("another resource")
    {
        REQUIRE_PROBLEM(readQuestionnaire(R"({"resourceType": "Patient"})"), Error, "$.resourceType", "Patient");
    }
    SECTION("larger than the limit")
    {
        const QByteArray big =
            withItems(R"({"linkId": "a", "type": "string", "text": ")" + QByteArray(JsonReader::MaxBytes, 'x') + "\"}");
        REQUIRE_PROBLEM(readQuestionnaire(big), Error, "$", "te groot");
    }
}

TEST_CASE("structure and types of R4 elements are checked with their JSON paths", "[forms][reader]")
{
    SECTION("an element R4 does not have is an error")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "a", "type": "string", "lable": "x"})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].lable", "geen element");
    }
    SECTION("a missing status")
    {
        const auto r =
            readQuestionnaire(R"({"resourceType": "Questionnaire", "item": [{"linkId": "a", "type": "string"}]})");
        REQUIRE_PROBLEM(r, Error, "$.status", "ontbreekt");
    }
    SECTION("a wrong status code")
    {
        const auto r = readQuestionnaire(R"({"resourceType": "Questionnaire", "status": "final"})");
        REQUIRE_PROBLEM(r, Error, "$.status", "final");
    }
    SECTION("a boolean given as a string")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "a", "type": "string", "required": "true"})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].required", "true of false");
    }
    SECTION("a list where one value belongs, and one value where a list belongs")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": ["a"], "type": "string", "code": {"code": "x"}})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].linkId", "geen lijst");
        REQUIRE_PROBLEM(r, Error, "$.item[0].code", "lijst");
    }
    SECTION("a missing linkId and type")
    {
        const auto r = readQuestionnaire(withItems(R"({"text": "Vraag"})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].linkId", "ontbreekt");
        REQUIRE_PROBLEM(r, Error, "$.item[0].type", "ontbreekt");
    }
    SECTION("an unknown and the abstract item type")
    {
        const auto r =
            readQuestionnaire(withItems(R"({"linkId": "a", "type": "number"}, {"linkId": "b", "type": "question"})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].type", "number");
        REQUIRE_PROBLEM(r, Error, "$.item[1].type", "abstract");
    }
    SECTION("an empty list")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "a", "type": "string", "enableWhen": []})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].enableWhen", "lege lijst");
    }
    SECTION("a bad primitive extension companion")
    {
        const auto r =
            readQuestionnaire(withItems(R"({"linkId": "a", "type": "string", "_text": {"foo": 1}, "_nope": {}})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]._text.foo", "geen element");
        REQUIRE_PROBLEM(r, Error, "$.item[0]._nope", "geen element");
    }
    SECTION("an answerOption without a value, and one of a type R4 does not allow")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "choice", "answerOption": [{"initialSelected": true}, {"valueBoolean": true}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].answerOption[0]", "value[x]");
        REQUIRE_PROBLEM(r, Error, "$.item[0].answerOption[1]", "value[x]");
    }
    SECTION("a malformed date in an initial value")
    {
        const auto r = readQuestionnaire(
            withItems(R"({"linkId": "a", "type": "date", "initial": [{"valueDate": "31-01-2024"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].initial[0].valueDate", "datum");
    }
    SECTION("an initial value of the wrong type")
    {
        const auto r =
            readQuestionnaire(withItems(R"({"linkId": "a", "type": "integer", "initial": [{"valueString": "3"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].initial[0].valueString", "past niet");
    }
}

TEST_CASE("each R4 invariant que-1 to que-13 is enforced", "[forms][reader]")
{
    SECTION("que-0 is a warning: name is machine-friendly")
    {
        const auto r =
            readQuestionnaire(withItems(R"({"linkId": "a", "type": "string"})", R"("name": "mijn formulier", )"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE_PROBLEM(r, Warning, "$.name", "que-0");
    }
    SECTION("que-1: a group has items, a display item has none")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "g", "type": "group"}, {"linkId": "d", "type": "display", "item": [{"linkId": "x", "type": "string"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]", "que-1");
        REQUIRE_PROBLEM(r, Error, "$.item[1].item", "que-1");
    }
    SECTION("que-2: linkIds are unique, at any depth")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string"}, {"linkId": "g", "type": "group", "item": [{"linkId": "a", "type": "integer"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[1].item[0].linkId", "que-2");
    }
    SECTION("que-3: a display item has no code")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "d", "type": "display", "code": [{"code": "x"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].code", "que-3");
    }
    SECTION("que-4: not both answerOption and answerValueSet")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "choice", "answerValueSet": "#vs", "answerOption": [{"valueString": "x"}]})",
            R"("contained": [{"resourceType": "ValueSet", "id": "vs", "status": "active", "compose": {"include": [{"system": "urn:x", "concept": [{"code": "a"}]}]}}], )"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]", "que-4");
    }
    SECTION("que-5: answer lists only on types that take them")
    {
        const auto r = readQuestionnaire(
            withItems(R"({"linkId": "a", "type": "boolean", "answerOption": [{"valueString": "ja"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]", "que-5");
    }
    SECTION("que-6: a display item is neither required nor repeating")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "d", "type": "display", "required": true})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]", "que-6");
    }
    SECTION("que-7: exists takes a boolean answer")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string"}, {"linkId": "b", "type": "string", "enableWhen": [{"question": "a", "operator": "exists", "answerString": "x"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[1].enableWhen[0].answerString", "que-7");
    }
    SECTION("que-8: no initial value on a group")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "g", "type": "group", "initial": [{"valueString": "x"}], "item": [{"linkId": "a", "type": "string"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].initial", "que-8");
    }
    SECTION("que-9: a display item is not readOnly")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "d", "type": "display", "readOnly": true})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].readOnly", "que-9");
    }
    SECTION("que-10: maxLength only on simple types")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "a", "type": "date", "maxLength": 10})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].maxLength", "que-10");
    }
    SECTION("que-11: with answerOption, no initial")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "choice", "answerOption": [{"valueString": "x"}], "initial": [{"valueString": "x"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]", "que-11");
    }
    SECTION("que-12: more than two conditions need enableBehavior; exactly two is a warning")
    {
        const QByteArray q = R"({"linkId": "a", "type": "boolean"}, )";
        const auto three = readQuestionnaire(withItems(q + R"({"linkId": "b", "type": "string", "enableWhen": [
            {"question": "a", "operator": "=", "answerBoolean": true}, {"question": "a", "operator": "exists", "answerBoolean": true},
            {"question": "a", "operator": "!=", "answerBoolean": false}]})"));
        REQUIRE_PROBLEM(three, Error, "$.item[1].enableWhen", "que-12");
        const auto two = readQuestionnaire(withItems(q + R"({"linkId": "b", "type": "string", "enableWhen": [
            {"question": "a", "operator": "=", "answerBoolean": true}, {"question": "a", "operator": "exists", "answerBoolean": true}]})"));
        REQUIRE_NO_ERRORS(two);
        REQUIRE_PROBLEM(two, Warning, "$.item[1].enableWhen", "que-12");
    }
    SECTION("que-13: several initial values only when the item repeats")
    {
        const auto r = readQuestionnaire(
            withItems(R"({"linkId": "a", "type": "string", "initial": [{"valueString": "x"}, {"valueString": "y"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].initial", "que-13");
        const auto ok = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string", "repeats": true, "initial": [{"valueString": "x"}, {"valueString": "y"}]})"));
        REQUIRE_NO_ERRORS(ok);
        REQUIRE(ok.questionnaire->items().at(0).initial.size() == 2);
    }
}

TEST_CASE("enableWhen names an existing question with an answer of a fitting type", "[forms][reader]")
{
    const QByteArray base = R"({"linkId": "bool", "type": "boolean"}, {"linkId": "num", "type": "integer"},
        {"linkId": "keuze", "type": "choice", "answerOption": [{"valueCoding": {"system": "urn:s", "code": "a"}}]},
        {"linkId": "g", "type": "group", "item": [{"linkId": "g.1", "type": "string"}]},
        {"linkId": "info", "type": "display", "text": "x"}, )";
    auto item = [&](const QByteArray &condition) {
        return readQuestionnaire(
            withItems(base + R"({"linkId": "t", "type": "string", "enableWhen": [)" + condition + "]}"));
    };
    SECTION("a question that does not exist")
    {
        REQUIRE_PROBLEM(item(R"({"question": "nope", "operator": "exists", "answerBoolean": true})"), Error,
                        "$.item[5].enableWhen[0].question", "bestaat niet");
    }
    SECTION("a group or a display item")
    {
        REQUIRE_PROBLEM(item(R"({"question": "g", "operator": "exists", "answerBoolean": true})"), Error,
                        "$.item[5].enableWhen[0].question", "group");
        REQUIRE_PROBLEM(item(R"({"question": "info", "operator": "exists", "answerBoolean": true})"), Error,
                        "$.item[5].enableWhen[0].question", "display");
    }
    SECTION("an answer type that does not fit")
    {
        REQUIRE_PROBLEM(item(R"({"question": "num", "operator": "=", "answerString": "3"})"), Error,
                        "$.item[5].enableWhen[0].question", "past niet");
        REQUIRE_PROBLEM(item(R"({"question": "bool", "operator": "=", "answerCoding": {"code": "y"}})"), Error,
                        "$.item[5].enableWhen[0].question", "past niet");
    }
    SECTION("an ordering operator on an answer without order")
    {
        REQUIRE_PROBLEM(
            item(R"({"question": "keuze", "operator": ">", "answerCoding": {"system": "urn:s", "code": "a"}})"), Error,
            "$.item[5].enableWhen[0].question", "volgorde");
        REQUIRE_PROBLEM(item(R"({"question": "bool", "operator": "<=", "answerBoolean": true})"), Error,
                        "$.item[5].enableWhen[0].question", "volgorde");
    }
    SECTION("an unknown operator, a missing answer, two answers")
    {
        REQUIRE_PROBLEM(item(R"({"question": "num", "operator": "=>", "answerInteger": 3})"), Error,
                        "$.item[5].enableWhen[0].operator", "=>");
        REQUIRE_PROBLEM(item(R"({"question": "num", "operator": "="})"), Error, "$.item[5].enableWhen[0]", "answer[x]");
        REQUIRE_PROBLEM(item(R"({"question": "num", "operator": "=", "answerInteger": 3, "answerDecimal": 3.5})"),
                        Error, "$.item[5].enableWhen[0]", "meer dan één");
    }
    SECTION("fitting conditions of every operator are accepted")
    {
        const auto r = readQuestionnaire(
            withItems(base + R"({"linkId": "t", "type": "string", "enableBehavior": "any", "enableWhen": [
            {"question": "num", "operator": ">=", "answerInteger": 3},
            {"question": "num", "operator": "<", "answerDecimal": 9.5},
            {"question": "keuze", "operator": "!=", "answerCoding": {"system": "urn:s", "code": "a"}},
            {"question": "bool", "operator": "exists", "answerBoolean": false},
            {"question": "g.1", "operator": "=", "answerString": "x"}]})"));
        REQUIRE_NO_ERRORS(r);
        const auto &t = r.questionnaire->item(r.questionnaire->indexOf(QStringLiteral("t")));
        REQUIRE(t.enableWhen.size() == 5);
        CHECK(t.enableAny);
        CHECK(t.enableWhen.at(0).op == Operator::GreaterOrEqual);
        CHECK(t.enableWhen.at(0).questionIndex == r.questionnaire->indexOf(QStringLiteral("num")));
        CHECK(t.enableWhen.at(3).op == Operator::Exists);
    }
}

TEST_CASE("an item whose enablement depends on itself is refused", "[forms][reader]")
{
    SECTION("two questions enabling each other")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "boolean", "enableWhen": [{"question": "b", "operator": "exists", "answerBoolean": true}]},
               {"linkId": "b", "type": "boolean", "enableWhen": [{"question": "a", "operator": "exists", "answerBoolean": true}]})"));
        REQUIRE_FALSE(r.questionnaire);
        INFO(describe(r.problems).toStdString());
        REQUIRE(describe(r.problems).contains(QStringLiteral("kring")));
    }
    SECTION("a group enabled by its own child")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "g", "type": "group", "enableWhen": [{"question": "g.1", "operator": "=", "answerBoolean": true}],
                "item": [{"linkId": "g.1", "type": "boolean"}]})"));
        REQUIRE_FALSE(r.questionnaire);
        REQUIRE(describe(r.problems).contains(QStringLiteral("kring")));
    }
    SECTION("a chain without a ring is fine")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "boolean"},
               {"linkId": "b", "type": "boolean", "enableWhen": [{"question": "a", "operator": "=", "answerBoolean": true}]},
               {"linkId": "c", "type": "boolean", "enableWhen": [{"question": "b", "operator": "=", "answerBoolean": true}]})"));
        REQUIRE_NO_ERRORS(r);
    }
}

TEST_CASE("extensions are applied, and unknown ones are warnings with their path", "[forms][reader]")
{
    SECTION("supported extensions reach the item")
    {
        const auto r = readQuestionnaire(withItems(R"(
          {"linkId": "n", "type": "integer", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
            {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10},
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue", "valueInteger": 2},
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
             "valueCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/questionnaire-item-control", "code": "slider"}]}},
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit", "valueCoding": {"system": "http://unitsofmeasure.org", "code": "kg", "display": "kilo"}}
          ]},
          {"linkId": "k", "type": "choice", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl", "valueCodeableConcept": {"coding": [{"code": "radio-button"}]}}],
           "answerOption": [
            {"valueCoding": {"code": "0", "display": "Nooit", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]}},
            {"valueCoding": {"code": "1", "display": "Soms"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 1.5}]}]},
          {"linkId": "s", "type": "string", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": "^[0-9]{4}[A-Z]{2}$"},
            {"url": "http://hl7.org/fhir/StructureDefinition/minLength", "valueInteger": 6},
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", "valueBoolean": true}],
           "item": [{"linkId": "s.help", "type": "display", "text": "Postcode zonder spatie", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl", "valueCodeableConcept": {"coding": [{"code": "help"}]}}]}]}
        )"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE(r.problems.isEmpty());
        const auto &n = r.questionnaire->item(0);
        CHECK(n.minValue->toNumber() == 0);
        CHECK(n.maxValue->toNumber() == 10);
        CHECK(n.sliderStep == 2);
        CHECK(n.control == Control::Slider);
        CHECK(n.unit == QStringLiteral("kilo"));
        const auto &k = r.questionnaire->item(1);
        CHECK(k.control == Control::Radio);
        CHECK(k.options.at(0).weight == 0.0);
        CHECK(k.options.at(1).weight == 1.5);
        const auto &s = r.questionnaire->item(2);
        CHECK(s.regex == QStringLiteral("^[0-9]{4}[A-Z]{2}$"));
        CHECK(s.minLength == 6);
        CHECK(s.hidden);
        CHECK(s.help == QStringLiteral("Postcode zonder spatie"));
    }
    SECTION("an unknown extension is a warning, the form still loads")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string", "extension": [{"url": "http://example.org/kleur", "valueString": "rood"}],
                "_text": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/rendering-xhtml", "valueString": "<b>A</b>"}]}})"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE_PROBLEM(r, Warning, "$.item[0].extension[0]", "http://example.org/kleur");
        REQUIRE_PROBLEM(r, Warning, "$.item[0]._text.extension[0]", "rendering-xhtml");
    }
    SECTION("an unknown modifier extension makes the file unusable")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string", "modifierExtension": [{"url": "http://example.org/negeer", "valueBoolean": true}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].modifierExtension[0]", "Modifier");
    }
    SECTION("an R4 element the forms do not apply is a warning")
    {
        const auto r =
            readQuestionnaire(withItems(R"({"linkId": "a", "type": "string", "definition": "http://x.org/sd#a"})",
                                        R"("implicitRules": "http://example.org/rules", )"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE_PROBLEM(r, Warning, "$.implicitRules", "niet ondersteund");
        REQUIRE_PROBLEM(r, Warning, "$.item[0].definition", "niet ondersteund");
    }
    SECTION("a supported extension with a value of the wrong type")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "integer", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDate": "2020-01-01"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].extension[0].valueDate", "past niet");
    }
    SECTION("an invalid regular expression")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/regex", "valueString": "([a-z"}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].extension[0].valueString", "reguliere expressie");
    }
    SECTION("an extension without url or with both a value and nested extensions")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "string", "extension": [{"valueString": "x"},
                {"url": "http://example.org/x", "valueString": "x", "extension": [{"url": "y", "valueString": "z"}]}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].extension[0]", "url");
        REQUIRE_PROBLEM(r, Error, "$.item[0].extension[1]", "ext-1");
    }
    SECTION("minValue above maxValue")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "n", "type": "decimal", "extension": [
            {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": 5},
            {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueDecimal": 1}]})"));
        REQUIRE_PROBLEM(r, Error, "$.item[0]", "minValue");
    }
}

TEST_CASE("answer lists come from answerOption or a contained ValueSet; external ones cannot be used offline",
          "[forms][reader]")
{
    SECTION("a contained ValueSet by compose and by expansion")
    {
        const auto r = readQuestionnaire(withItems(
            R"({"linkId": "a", "type": "choice", "answerValueSet": "#ja-nee"}, {"linkId": "b", "type": "choice", "answerValueSet": "#exp"})",
            R"("contained": [
               {"resourceType": "ValueSet", "id": "ja-nee", "status": "active", "compose": {"include": [{"system": "urn:jn",
                 "concept": [{"code": "ja", "display": "Ja"}, {"code": "nee", "display": "Nee"}]}]}},
               {"resourceType": "ValueSet", "id": "exp", "status": "active", "expansion": {"timestamp": "2024-01-01", "contains": [
                 {"system": "urn:e", "code": "1", "display": "Een", "contains": [{"system": "urn:e", "code": "1a", "display": "Een a"}]}]}}], )"));
        REQUIRE_NO_ERRORS(r);
        const auto &a = r.questionnaire->item(0);
        REQUIRE(a.options.size() == 2);
        CHECK(a.options.at(1).value.code() == QStringLiteral("nee"));
        CHECK(a.options.at(1).value.system() == QStringLiteral("urn:jn"));
        const auto &b = r.questionnaire->item(1);
        REQUIRE(b.options.size() == 2);
        CHECK(b.options.at(1).value.display() == QStringLiteral("Een a"));
    }
    SECTION("a missing contained ValueSet is an error")
    {
        REQUIRE_PROBLEM(readQuestionnaire(withItems(R"({"linkId": "a", "type": "choice", "answerValueSet": "#weg"})")),
                        Error, "$.item[0].answerValueSet", "weg");
    }
    SECTION("an external ValueSet is a warning and the question cannot be filled")
    {
        const auto r = readQuestionnaire(
            withItems(R"({"linkId": "a", "type": "choice", "answerValueSet": "http://loinc.org/vs/LL358-3"})"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE_PROBLEM(r, Warning, "$.item[0].answerValueSet", "offline");
        CHECK_FALSE(r.questionnaire->item(0).supported);
    }
    SECTION("the same option twice")
    {
        REQUIRE_PROBLEM(
            readQuestionnaire(withItems(
                R"({"linkId": "a", "type": "choice", "answerOption": [{"valueString": "x"}, {"valueString": "x"}]})")),
            Error, "$.item[0].answerOption[1]", "twee keer");
    }
}
