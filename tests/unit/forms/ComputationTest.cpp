#include "FormsTestSupport.h"

#include "app/forms/ResponseEngine.h"

#include <QJsonDocument>

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

QByteArray calculated(const char *expression)
{
    return QByteArray(
               R"("extension": [{"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
        "valueExpression": {"language": "text/fhirpath", "expression": ")")
           + expression + R"("}}])";
}

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
    int id(const char *linkId) const { return engine->instancesOf(q->indexOf(QString::fromLatin1(linkId))).first(); }
    Changes set(const char *linkId, const QList<Value> &answers)
    {
        auto r = engine->setAnswers(id(linkId), answers);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        return r.changes;
    }
    QJsonValue value(const char *linkId) const { return engine->calculatedValues().value(QString::fromLatin1(linkId)); }
};

const QByteArray Scale = R"("answerOption": [
    {"valueCoding": {"system": "urn:s", "code": "0", "display": "Nooit"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0}]},
    {"valueCoding": {"system": "urn:s", "code": "1", "display": "Soms"}, "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]},
    {"valueCoding": {"system": "urn:s", "code": "3", "display": "Vaak", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 3}]}}])";

Value option(const char *code)
{
    return Value::coding(QStringLiteral("urn:s"), QString::fromLatin1(code));
}

} // namespace

TEST_CASE("a score is the sum of the ordinal values of the chosen options, recomputed on every answer",
          "[forms][fhirpath]")
{
    Form f("{\"linkId\": \"v1\", \"type\": \"choice\", " + Scale + "}, {\"linkId\": \"v2\", \"type\": \"choice\", "
           + Scale + "}, {\"linkId\": \"totaal\", \"type\": \"integer\", \"readOnly\": true, "
           + calculated("%resource.item.where(linkId.startsWith('v')).answer.value.ordinal().sum()") + "}");
    CHECK(f.value("totaal").isNull()); // sum() of nothing is empty (FHIRPath), so no score yet
    f.set("v1", {option("1")});
    CHECK(f.value("totaal") == QJsonValue(1));
    f.set("v2", {option("3")});
    CHECK(f.value("totaal") == QJsonValue(4));
    f.set("v1", {});
    CHECK(f.value("totaal") == QJsonValue(3));
    // A calculated item cannot be typed over.
    CHECK_FALSE(f.engine->setAnswers(f.id("totaal"), {Value::integer(9)}).ok);
}

TEST_CASE("SDC variables, enableWhenExpression and a BMI with empty propagation", "[forms][fhirpath]")
{
    Form f(R"({"linkId": "gewicht", "type": "decimal"}, {"linkId": "lengte", "type": "decimal"},
        {"linkId": "bmi", "type": "decimal", )"
               + calculated("(%g / ((%l / 100).power(2))).round(1)") + R"(},
        {"linkId": "advies", "type": "string", "extension": [{"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression",
            "valueExpression": {"language": "text/fhirpath", "expression": "%resource.item.where(linkId='bmi').answer.value > 25"}}]})",
           R"("extension": [
             {"url": "http://hl7.org/fhir/StructureDefinition/variable", "valueExpression": {"name": "g", "language": "text/fhirpath", "expression": "%resource.item.where(linkId='gewicht').answer.value"}},
             {"url": "http://hl7.org/fhir/StructureDefinition/variable", "valueExpression": {"name": "l", "language": "text/fhirpath", "expression": "%resource.item.where(linkId='lengte').answer.value"}}], )");
    CHECK(f.value("bmi").isNull()); // nothing answered: empty propagates, no value
    CHECK_FALSE(f.engine->isEnabled(f.id("advies")));
    f.set("gewicht", {Value::decimal(80.5)});
    CHECK(f.value("bmi").isNull());
    f.set("lengte", {Value::integer(162)});
    CHECK(f.value("bmi").toDouble() == Approx(30.7));
    CHECK(f.engine->isEnabled(f.id("advies")));
    f.set("gewicht", {Value::integer(60)});
    CHECK(f.value("bmi").toDouble() == Approx(22.9));
    CHECK_FALSE(f.engine->isEnabled(f.id("advies")));
}

TEST_CASE("an answer re-evaluates only the expressions that read it", "[forms][fhirpath]")
{
    QByteArray items;
    for (int i = 0; i < 50; ++i) {
        items += QByteArray("{\"linkId\": \"q") + QByteArray::number(i) + "\", \"type\": \"integer\"}, ";
        items +=
            QByteArray("{\"linkId\": \"c") + QByteArray::number(i) + "\", \"type\": \"integer\", "
            + calculated(QByteArray("%resource.item.where(linkId='q" + QByteArray::number(i) + "').answer.value * 2"))
            + "}, ";
    }
    items.chop(2);
    Form f(items);
    const auto changes = f.set("q7", {Value::integer(21)});
    CHECK(f.value("c7") == QJsonValue(42));
    CHECK(f.value("c8").isNull());
    // c7 only (where() reads every item's linkId, which is fixed, not their answers).
    CHECK(changes.expressions == 1);
}

TEST_CASE("what a calculation depends on follows what its last evaluation read", "[forms][fhirpath]")
{
    // keuze = 1 makes `uitkomst` read a, otherwise b: after each switch, only the question read last counts.
    Form f(R"({"linkId": "keuze", "type": "integer"}, {"linkId": "a", "type": "integer"},
        {"linkId": "b", "type": "integer"}, {"linkId": "uitkomst", "type": "integer", )"
           + calculated("iif(%resource.item.where(linkId = 'keuze').answer.value = 1, "
                        "%resource.item.where(linkId = 'a').answer.value, "
                        "%resource.item.where(linkId = 'b' or linkId = 'zz').answer.value)")
           + "}");
    f.set("a", {Value::integer(10)});
    CHECK(f.set("b", {Value::integer(20)}).expressions == 1); // keuze empty: b is read
    CHECK(f.value("uitkomst") == QJsonValue(20));
    CHECK(f.set("a", {Value::integer(11)}).expressions == 0);
    CHECK(f.set("keuze", {Value::integer(1)}).expressions == 1);
    CHECK(f.value("uitkomst") == QJsonValue(11));
    CHECK(f.set("b", {Value::integer(21)}).expressions == 0); // b is no longer read
    CHECK(f.set("a", {Value::integer(12)}).expressions == 1);
    CHECK(f.value("uitkomst") == QJsonValue(12));
    CHECK(f.set("keuze", {Value::integer(2)}).expressions == 1);
    CHECK(f.value("uitkomst") == QJsonValue(21));
    CHECK(f.set("a", {Value::integer(13)}).expressions == 0);
    CHECK(f.set("b", {Value::integer(22)}).expressions == 1);
    CHECK(f.value("uitkomst") == QJsonValue(22));
}

TEST_CASE("a failing expression leaves the value empty and says why", "[forms][fhirpath]")
{
    Form f(R"({"linkId": "a", "type": "string"}, {"linkId": "b", "type": "integer", )"
           + calculated("%resource.item.answer.value") + "}");
    f.set("a", {Value::string(QStringLiteral("tekst"))});
    CHECK(f.value("b").isNull());
    CHECK_FALSE(f.engine->instance(f.id("b")).computeProblem.isEmpty());
}

TEST_CASE("FHIRPath problems in a Questionnaire are reported with the expression's path", "[forms][fhirpath]")
{
    SECTION("a syntax error is an error")
    {
        const auto r =
            readQuestionnaire(withItems(R"({"linkId": "b", "type": "integer", )" + calculated("1 +* 2") + "}"));
        REQUIRE_PROBLEM(r, Error, "$.item[0].extension[0].valueExpression.expression", "Ongeldige expressie");
    }
    SECTION("an unsupported function is a warning")
    {
        const auto r = readQuestionnaire(
            withItems(R"({"linkId": "b", "type": "integer", )" + calculated("%resource.fooBar()") + "}"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE_PROBLEM(r, Warning, "$.item[0].extension[0].valueExpression.expression", "fooBar");
    }
    SECTION("an undefined variable is a warning")
    {
        const auto r = readQuestionnaire(
            withItems(R"({"linkId": "b", "type": "integer", )" + calculated("%patient.birthDate") + "}"));
        REQUIRE_NO_ERRORS(r);
        REQUIRE_PROBLEM(r, Warning, "$.item[0].extension[0].valueExpression.expression", "%patient");
    }
    SECTION("variables that depend on each other in a ring")
    {
        const auto r = readQuestionnaire(withItems(R"({"linkId": "b", "type": "integer"})", R"("extension": [
             {"url": "http://hl7.org/fhir/StructureDefinition/variable", "valueExpression": {"name": "x", "language": "text/fhirpath", "expression": "%y + 1"}},
             {"url": "http://hl7.org/fhir/StructureDefinition/variable", "valueExpression": {"name": "y", "language": "text/fhirpath", "expression": "%x + 1"}}], )"));
        REQUIRE_PROBLEM(r, Error, "$.extension[0].valueExpression.expression", "zichzelf");
    }
}

TEST_CASE("a form-level variable in a questionnaire without items is evaluated without touching an item",
          "[forms][fhirpath]")
{
    // Found by the questionnaire fuzz target (corpus: regression-form-variable-without-items).
    const auto r = readQuestionnaire(R"json({"resourceType": "Questionnaire", "status": "draft", "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/variable", "valueExpression": {"name": "x", "language": "text/fhirpath", "expression": "%resource.item.count()"}}]})json");
    REQUIRE_NO_ERRORS(r);
    ResponseEngine engine(r.questionnaire);
    const auto changes = engine.start();
    CHECK(changes.expressions == 1);
    CHECK(engine.instanceCount() == 0);
    CHECK(engine.toResponse({}).value(QStringLiteral("item")).isUndefined());
}

TEST_CASE("stored answers come back by path: repetitions, children of a question, a cleared initial value",
          "[forms][storage]")
{
    const QByteArray items = R"({"linkId": "kind", "type": "group", "repeats": true, "item": [
            {"linkId": "naam", "type": "string"},
            {"linkId": "zorg", "type": "boolean", "item": [{"linkId": "zorg.wat", "type": "text"}]}]},
        {"linkId": "duur", "type": "integer", "initial": [{"valueInteger": 60}]},
        {"linkId": "aantal", "type": "integer", "readOnly": true, )"
                             + calculated("%resource.item.where(linkId = 'kind').count()") + "}";
    Form f(items);
    const int first = f.id("naam");
    REQUIRE(f.engine->setAnswers(first, {Value::string(QStringLiteral("Elif"))}).ok);
    const int second = f.engine->addRepeat(f.engine->instance(first).parent);
    REQUIRE(second >= 0);
    const int secondName = f.engine->instance(second).children.first();
    const int secondCare = f.engine->instance(second).children.last();
    REQUIRE(f.engine->setAnswers(secondName, {Value::string(QStringLiteral("Daan"))}).ok);
    REQUIRE(f.engine->setAnswers(secondCare, {Value::boolean(true)}).ok);
    const int careWhat = f.engine->instance(secondCare).children.first();
    REQUIRE(f.engine->setAnswers(careWhat, {Value::string(QStringLiteral("slaapt slecht"))}).ok);
    REQUIRE(f.engine->setAnswers(f.id("duur"), {}).ok); // the initial 60 taken away
    CHECK(f.value("aantal") == QJsonValue(2));

    // What autosave writes: every question occurrence by its path, a cleared one as [].
    QList<std::pair<QString, QJsonArray>> stored;
    for (int id = 0; id < f.engine->instanceCount(); ++id) {
        const auto &in = f.engine->instance(id);
        if (!in.alive || !f.q->item(in.item).isQuestion() || f.q->item(in.item).calculated)
            continue;
        QJsonArray answers;
        for (const auto &a : f.engine->answersOf(id))
            answers.append(a.toChoice(QStringLiteral("value")));
        stored.append({f.engine->pathOf(id), answers});
    }
    CHECK(f.engine->pathOf(careWhat).contains(QLatin1Char('>')));
    CHECK(f.engine->pathOf(secondName).contains(QLatin1Char('#')));

    ResponseEngine again(f.q);
    again.start();
    Problems problems;
    again.restore(stored, problems);
    CHECK(problems.isEmpty());
    const ResponseEngine::Meta meta{QStringLiteral("r1"), QStringLiteral("in-progress"), QStringLiteral("2026-11-25")};
    CHECK(again.toResponse(meta) == f.engine->toResponse(meta));
    CHECK(again.calculatedValues().value(QStringLiteral("aantal")) == QJsonValue(2));
    CHECK(again.answersOf(again.instancesOf(f.q->indexOf(QStringLiteral("duur"))).first()).isEmpty());

    SECTION("a path the questionnaire no longer has is reported and skipped, the rest kept")
    {
        ResponseEngine other(f.q);
        other.start();
        Problems p;
        auto withStale = stored;
        withStale.append({QStringLiteral("verdwenen/vraag"), QJsonArray{QJsonObject{{"valueString", "x"}}}});
        withStale.append({QStringLiteral("duur"), QJsonArray{QJsonObject{{"valueString", "zestig"}}}});
        other.restore(withStale, p);
        CHECK(p.size() == 2);
        // The two children and the computed count; duur stays cleared (its stored answer did not fit).
        CHECK(other.toResponse(meta).value(QStringLiteral("item")).toArray().size() == 3);
    }
}
