// Fuzz target: FHIRPath expressions and FHIR resources from imported Questionnaires. Two modes:
//  - the whole input is an expression, evaluated against a small fixed QuestionnaireResponse;
//  - "expression NUL resource-json": the resource is read with Node::parseJson and is the focus.
// Property: parsing and evaluating never crash, hang or leak; every failure is an Error value; a result can be
// written as JSON and as text; a resource that was read writes back to JSON that reads again.
#include "app/forms/fhirpath/FhirPath.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace veldwerk::fhirpath;

namespace {

const char kResource[] = R"({"resourceType":"QuestionnaireResponse","status":"completed",
 "authored":"2024-03-01T09:00:00+01:00","subject":{"reference":"Patient/p1"},
 "item":[{"linkId":"q1","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA6568-5","display":"Not at all"}}]},
  {"linkId":"q2","answer":[{"valueInteger":2}]},
  {"linkId":"q3","answer":[{"valueDecimal":1.50},{"valueQuantity":{"value":70,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}]},
  {"linkId":"g","item":[{"linkId":"g.1","answer":[{"valueDate":"2010-05-04"},{"valueString":"tekst"}]}]}],
 "contained":[{"resourceType":"Patient","id":"p1","birthDate":"2010-05-04","_birthDate":{"extension":[{"url":"u","valueBoolean":true}]}}]})";

const NodePtr &fixedResource()
{
    static const NodePtr node = [] {
        auto n = Node::parseJson(QByteArray(kResource));
        if (!n)
            std::abort();
        return *n;
    }();
    return node;
}

const std::shared_ptr<FunctionRegistry> &hostFunctions()
{
    static const auto registry = [] {
        auto r = std::make_shared<FunctionRegistry>();
        // Like SDC's ordinal(): one value per focus item.
        r->add(QStringLiteral("ordinal"), 0, 0, [](const Collection &focus, const std::vector<Collection> &) {
            Collection out;
            for (std::size_t i = 0; i < focus.size(); ++i)
                out.push_back(Item::integer(static_cast<std::int64_t>(i)));
            return Result<Collection>(out);
        });
        return r;
    }();
    return registry;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(bytes, 0, size);
    const std::size_t exprSize = nul ? static_cast<std::size_t>(static_cast<const char *>(nul) - bytes) : size;
    const QString text = QString::fromUtf8(bytes, static_cast<qsizetype>(exprSize));

    NodePtr focus = fixedResource();
    if (nul) {
        const QByteArrayView json(bytes + exprSize + 1, static_cast<qsizetype>(size - exprSize - 1));
        auto node = Node::parseJson(json);
        if (!node)
            return 0;
        focus = *node;
        // Written back, a resource reads again.
        const QByteArray written = QJsonDocument(focus->toJson().toObject()).toJson(QJsonDocument::Compact);
        if (focus->isPrimitive() || !Node::parseJson(written))
            std::abort();
    }

    ParseOptions options;
    options.functions = hostFunctions().get();
    const auto expression = Expression::parse(text, options);
    if (!expression) {
        if (expression.error().toString().isEmpty())
            std::abort();
        return 0;
    }

    Environment env;
    env.functions = hostFunctions();
    env.setVariable(QStringLiteral("resource"), {Item::node(focus)});
    env.setVariable(QStringLiteral("context"), {Item::node(focus)});
    env.setVariable(QStringLiteral("score"), {Item::integer(3)});
    env.clock = [] { return QDateTime(QDate(2025, 6, 15), QTime(10, 30), QTimeZone(7200)); };
    std::size_t reads = 0;
    env.observer = [&reads](const Node &, QStringView) { ++reads; };
    // Smaller budgets than the defaults keep each run fast; the limits themselves are what is being tested.
    env.limits.maxSteps = 200'000;
    env.limits.maxCollectionSize = 20'000;
    env.limits.maxStringLength = 1 << 16;
    env.limits.maxRegexInput = 1 << 12;

    const auto result = expression->evaluate(Collection{Item::node(focus)}, env);
    if (!result)
        return 0;
    for (const Item &item : *result) {
        (void)toJson(item);
        (void)toText(item);
    }
    (void)toBoolean(*result);
    return 0;
}
