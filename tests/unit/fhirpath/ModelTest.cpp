// The data model: R4 JSON to element trees (choice types, primitive extensions, typing), the builder with
// structural sharing, tags, and JSON output.
#include "FhirPathTestUtil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace fhirpath_test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

NodePtr answer(Item value, QString type = {})
{
    return NodeBuilder()
        .appendChoice(QStringLiteral("value"), Node::primitive(std::move(value), std::move(type)))
        .build();
}

NodePtr responseItem(const QString &linkId, int tag, std::vector<NodePtr> answers)
{
    NodeBuilder b;
    b.setTag(tag).appendValue(QStringLiteral("linkId"), Item::string(linkId));
    for (NodePtr &a : answers)
        b.append(QStringLiteral("answer"), std::move(a), true);
    return b.build();
}

} // namespace

TEST_CASE("choice elements are found by their base name and typed by their suffix", "[fhirpath][model]")
{
    const NodePtr obs = json(R"({"resourceType":"Observation","valueCodeableConcept":{"coding":[{"code":"a"}]},
        "effectiveDateTime":"2020-01-02T10:00:00Z","component":[{"valueString":"x"},{"valueInteger":3}]})");
    REQUIRE(obs);
    CHECK(run("Observation.value is CodeableConcept", obs) == "[true]");
    CHECK(run("Observation.value.coding.code", obs) == "['a']");
    CHECK(run("Observation.valueCodeableConcept", obs) == "[]");
    CHECK(run("Observation.effective > @2020-01-01T00:00:00Z", obs) == "[true]");
    CHECK(run("Observation.effective is dateTime", obs) == "[true]");
    CHECK(run("Observation.component.value", obs) == "['x', 3]");
    CHECK(run("Observation.component.value.ofType(integer)", obs) == "[3]");
    CHECK(run("Observation.component.value.ofType(string)", obs) == "['x']");
    // Keys that end like a type but are not choice elements stay as they are.
    const NodePtr q = json(R"({"resourceType":"Questionnaire","item":[{"linkId":"a","answerValueSet":"http://x"}]})");
    CHECK(run("Questionnaire.item.linkId", q) == "['a']");
    CHECK(run("Questionnaire.item.answerValueSet", q) == "['http://x']");
}

TEST_CASE("primitive extensions and ids attach to the primitive", "[fhirpath][model]")
{
    const NodePtr p = json(R"({"resourceType":"Patient",
        "name":[{"given":["A","B","C"],"_given":[null,{"id":"g2","extension":[{"url":"u","valueString":"x"}]},null]}],
        "_gender":{"extension":[{"url":"why","valueCode":"asked-declined"}]}})");
    REQUIRE(p);
    CHECK(run("Patient.name.given", p) == "['A', 'B', 'C']");
    CHECK(run("Patient.name.given[1].id", p) == "['g2']");
    CHECK(run("Patient.name.given[1].extension('u').value", p) == "['x']");
    CHECK(run("Patient.name.given.where(extension.exists()).count()", p) == "[1]");
    // A companion alone: the element exists, has extensions and no value.
    CHECK(run("Patient.gender.exists()", p) == "[true]");
    CHECK(run("Patient.gender.hasValue()", p) == "[false]");
    CHECK(run("Patient.gender.extension('why').value", p) == "['asked-declined']");
}

TEST_CASE("primitives are typed by the model so dates compare as dates", "[fhirpath][model]")
{
    const NodePtr qr = json(R"({"resourceType":"QuestionnaireResponse","authored":"2024-03-01T09:00:00+01:00",
        "item":[{"linkId":"d","answer":[{"valueDate":"2010-05"}]},{"linkId":"t","answer":[{"valueTime":"10:15"}]},
                {"linkId":"n","answer":[{"valueDecimal":1.50},{"valueInteger":2}]}]})");
    REQUIRE(qr);
    CHECK(run("QuestionnaireResponse.authored < @2024-03-01T09:00:01+01:00", qr) == "[true]");
    CHECK(run("QuestionnaireResponse.authored is dateTime", qr) == "[true]");
    CHECK(run("item.where(linkId = 'd').answer.value = @2010-05", qr) == "[true]");
    CHECK(run("item.where(linkId = 't').answer.value > @T10:00", qr) == "[true]");
    CHECK(run("item.where(linkId = 'n').answer.value", qr) == "[1.50, 2]");
    CHECK(run("item.where(linkId = 'n').answer.value.sum()", qr) == "[3.50]");
    // An unknown string element stays a string, even when it looks like a date.
    const NodePtr other = json(R"({"resourceType":"Basic","note":"2020-01-01"})");
    CHECK(run("Basic.note = @2020-01-01", other) == "[false]");
    CHECK(run("Basic.note = '2020-01-01'", other) == "[true]");
}

TEST_CASE("decimals keep their written precision from JSON text, not from QJsonObject", "[fhirpath][model]")
{
    const char *text = R"({"resourceType":"Observation","valueQuantity":{"value":1.50,"unit":"kg"}})";
    CHECK(run("Observation.value.value", json(text)) == "[1.50]");
    const NodePtr viaQt = Node::fromJson(QJsonDocument::fromJson(text).object());
    CHECK(run("Observation.value.value", viaQt) == "[1.5]");
    CHECK(run("Observation.value.value = 1.5", viaQt) == "[true]");
    CHECK(run("Observation.value", viaQt) == "[1.5 'kg']"); // a FHIR Quantity used as a value
    CHECK(run("Observation.value = 1500 'g'", viaQt) == "[true]");
}

TEST_CASE("contained and bundled resources are typed by their resourceType", "[fhirpath][model]")
{
    const NodePtr b = json(R"({"resourceType":"Bundle","entry":[
        {"resource":{"resourceType":"Patient","birthDate":"2001-01-01"}},
        {"resource":{"resourceType":"Observation","status":"final",
                     "contained":[{"resourceType":"Patient","id":"c1"}]}}]})");
    REQUIRE(b);
    CHECK(run("Bundle.entry.resource.ofType(Patient).birthDate", b) == "[@2001-01-01]");
    CHECK(run("Bundle.entry.resource.ofType(Observation).status", b) == "['final']");
    CHECK(run("Bundle.entry.resource.contained.ofType(Patient).id", b) == "['c1']");
    CHECK(run("Bundle.entry.resource.where($this is Patient).count()", b) == "[1]");
}

TEST_CASE("malformed JSON is an error with a position, and deep nesting is refused", "[fhirpath][model]")
{
    for (const char *bad : {"", "[1,2]", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":\"\\x\"}", "{\"a\":01}",
                            "{\"a\":\"unterminated}", "{\"a\":tru}", "{\"a\":1} x"}) {
        INFO(bad);
        const auto r = Node::parseJson(QByteArray(bad));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidJson);
    }
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "{\"a\":";
    CHECK_FALSE(Node::parseJson(deep));
}

TEST_CASE("the builder shares every untouched subtree when one item's answers change", "[fhirpath][model]")
{
    // A response of 1,000 items, as the forms engine builds it, each item tagged with its index.
    NodeBuilder root(QStringLiteral("QuestionnaireResponse"));
    root.setResource(true).appendValue(QStringLiteral("status"), Item::string(QStringLiteral("in-progress")),
                                       QStringLiteral("code"));
    for (int i = 0; i < 1000; ++i)
        root.append(QStringLiteral("item"),
                    responseItem(QStringLiteral("q%1").arg(i), i, {answer(Item::integer(i % 4))}), true);
    const NodePtr before = root.build();

    // Replace item 500's answers: a new item node and a new root, the other 999 items the very same nodes.
    const auto &children = before->children();
    const std::size_t index = 1 + 500; // after "status"
    const NodePtr oldItem = children[index].node;
    REQUIRE(oldItem->tag() == 500);
    const NodePtr newItem = NodeBuilder(*oldItem)
                                .replaceChildren(u"answer", {answer(Item::integer(3)), answer(Item::integer(1))}, true)
                                .build();
    const NodePtr after = NodeBuilder(*before).replaceChild(index, newItem).build();

    CHECK(after->children().size() == before->children().size());
    int shared = 0;
    for (std::size_t i = 0; i < after->children().size(); ++i)
        shared += after->children()[i].node == before->children()[i].node;
    CHECK(shared == 1000); // status and 999 items
    CHECK(newItem->tag() == 500);
    CHECK(newItem->firstChild(u"linkId") == oldItem->firstChild(u"linkId"));
    CHECK(run("%resource.item.where(linkId = 'q500').answer.value", before) == "[0]");
    CHECK(run("%resource.item.where(linkId = 'q500').answer.value", after) == "[3, 1]");
    CHECK(run("%resource.item.answer.value.sum()", before) == "[1500]");
    CHECK(run("%resource.item.answer.value.sum()", after) == "[1504]");
    CHECK(before->tag() == -1);
}

TEST_CASE("nodes write R4 JSON: arrays, choice suffixes, primitive companions", "[fhirpath][model]")
{
    NodeBuilder item;
    item.appendValue(QStringLiteral("linkId"), Item::string(QStringLiteral("1")));
    const NodePtr coding =
        NodeBuilder(QStringLiteral("Coding"))
            .appendValue(QStringLiteral("system"), Item::string(QStringLiteral("http://loinc.org")),
                         QStringLiteral("uri"))
            .appendValue(QStringLiteral("code"), Item::string(QStringLiteral("LA6568-5")), QStringLiteral("code"))
            .build();
    item.append(QStringLiteral("answer"), NodeBuilder().appendChoice(QStringLiteral("value"), coding).build(), true);
    const QJsonObject out = item.build()->toJson().toObject();
    const QJsonObject expected =
        QJsonDocument::fromJson(
            R"({"linkId":"1","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA6568-5"}}]})")
            .object();
    CHECK(out == expected);

    const QJsonValue q = toJson(Item::quantity(Quantity{*Decimal::parse(u"5.5"), QStringLiteral("mg")}));
    CHECK(q.toObject()
          == QJsonDocument::fromJson(R"({"value":5.5,"unit":"mg","system":"http://unitsofmeasure.org","code":"mg"})")
                 .object());
    CHECK(toJson(Item::temporal(*Temporal::parse(Temporal::Kind::Date, u"2020-01")))
          == QJsonValue(QStringLiteral("2020-01")));
    CHECK(toJson(Item::integer(42)) == QJsonValue(42));
    CHECK(toJson(Item::boolean(true)) == QJsonValue(true));
}

TEST_CASE("the R4 example resources survive a read and write unchanged", "[fhirpath][model]")
{
    const QDir dir(QStringLiteral(VELDWERK_FHIRPATH_R4_DIR "/input"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    REQUIRE(files.size() == 4);
    for (const QString &file : files) {
        INFO(file.toStdString());
        const QByteArray text = readFile(dir.filePath(file));
        const auto node = Node::parseJson(text);
        REQUIRE(node);
        const QJsonObject original = QJsonDocument::fromJson(text).object();
        CHECK((*node)->toJson().toObject() == original);
        CHECK(Node::fromJson(original)->toJson().toObject() == original);
    }
}
