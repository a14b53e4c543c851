// FHIRPath over a 1,000-item QuestionnaireResponse, as the forms engine uses it: build the tree (from JSON and
// with the builder), find one item's answer, a PHQ-9-like score through a host ordinal() function, and the
// integrator's budget: re-evaluate 100 expressions after one answer changed (goal < 5 ms). Reports medians and
// p95 of repeated runs as name=value lines (BenchStats.h).
#include "BenchStats.h"
#include "app/forms/fhirpath/FhirPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace veldwerk::fhirpath;
using veldwerk::bench::Clock;
using veldwerk::bench::millisecondsSince;
using veldwerk::bench::result;
using veldwerk::bench::summarize;

namespace {

constexpr int kItems = 1000;
constexpr int kRuns = 200;

NodePtr coding(int score)
{
    return NodeBuilder(QStringLiteral("Coding"))
        .appendValue(QStringLiteral("system"), Item::string(QStringLiteral("http://loinc.org")), QStringLiteral("uri"))
        .appendValue(QStringLiteral("code"), Item::string(QStringLiteral("LA%1").arg(6568 + score)),
                     QStringLiteral("code"))
        .build();
}

NodePtr item(int i, int score)
{
    return NodeBuilder()
        .setTag(i)
        .appendValue(QStringLiteral("linkId"),
                     Item::string(i < 9 ? QStringLiteral("phq%1").arg(i + 1) : QStringLiteral("q%1").arg(i)))
        .append(QStringLiteral("answer"), NodeBuilder().appendChoice(QStringLiteral("value"), coding(score)).build(),
                true)
        .build();
}

NodePtr buildResponse()
{
    NodeBuilder root(QStringLiteral("QuestionnaireResponse"));
    root.setResource(true).appendValue(QStringLiteral("status"), Item::string(QStringLiteral("in-progress")),
                                       QStringLiteral("code"));
    for (int i = 0; i < kItems; ++i)
        root.append(QStringLiteral("item"), item(i, i % 4), true);
    return root.build();
}

template <typename F>
void time(const char *name, int runs, F &&f)
{
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        samples.push_back(millisecondsSince(start));
    }
    const auto s = summarize(samples);
    result(std::string(name) + "_median_ms", s.median);
    result(std::string(name) + "_p95_ms", s.p95);
}

Expression parse(const QString &text, const ParseOptions &options)
{
    auto e = Expression::parse(text, options);
    if (!e) {
        std::fprintf(stderr, "parse failed: %s: %s\n", qPrintable(text), qPrintable(e.error().toString()));
        std::exit(1);
    }
    return *e;
}

Collection evaluate(const Expression &e, const Environment &env)
{
    auto r = e.evaluate(Collection{}, env);
    if (!r) {
        std::fprintf(stderr, "evaluation failed: %s\n", qPrintable(r.error().toString()));
        std::exit(1);
    }
    return *r;
}

} // namespace

int main()
{
    // Building the tree.
    const NodePtr response = buildResponse();
    const QByteArray json = QJsonDocument(response->toJson().toObject()).toJson(QJsonDocument::Compact);
    result("response_json_bytes", static_cast<long long>(json.size()));
    time("build_builder", 50, [] { (void)buildResponse(); });
    time("build_parseJson", 50, [&] { (void)Node::parseJson(json); });
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    time("build_fromJson_qjsonobject", 50, [&] { (void)Node::fromJson(object); });

    // The host's ordinal(): the score of each answer Coding, looked up by code as the forms engine would look it up
    // in the Questionnaire's answerOptions.
    auto registry = std::make_shared<FunctionRegistry>();
    registry->add(QStringLiteral("ordinal"), 0, 0, [](const Collection &focus, const std::vector<Collection> &) {
        Collection out;
        for (const Item &i : focus) {
            if (!i.isNode())
                continue;
            const NodePtr code = i.asNode()->firstChild(u"code");
            if (code && code->value())
                out.push_back(Item::integer(code->value()->asString().mid(2).toInt() - 6568));
        }
        return Result<Collection>(out);
    });
    ParseOptions options;
    options.functions = registry.get();
    Environment env;
    env.functions = registry;
    env.setVariable(QStringLiteral("resource"), {Item::node(response)});

    const Expression find = parse(QStringLiteral("%resource.repeat(item).where(linkId='q500').answer.value"), options);
    const Expression findFlat = parse(QStringLiteral("%resource.item.where(linkId='q500').answer.value"), options);
    const Expression phq9 =
        parse(QStringLiteral("%resource.item.where(linkId.startsWith('phq')).answer.value.ordinal().sum()"), options);
    if (evaluate(find, env).size() != 1 || evaluate(phq9, env).front().asInteger() != 12) {
        std::fprintf(stderr, "unexpected results\n");
        return 1;
    }
    time("repeat_where_q500", kRuns, [&] { (void)evaluate(find, env); });
    time("item_where_q500", kRuns, [&] { (void)evaluate(findFlat, env); });
    time("phq9_ordinal_sum", kRuns, [&] { (void)evaluate(phq9, env); });
    time("parse_repeat_where", kRuns,
         [&] { (void)parse(QStringLiteral("%resource.repeat(item).where(linkId='q500').answer.value"), options); });

    // 100 expressions, as a 1,000-item form has them: 95 enableWhen-style checks on one item's answer, 4 scores and
    // one search through every level. After one answer changes, the tree is updated (one item and the root
    // rebuilt, the rest shared) and all 100 are evaluated again.
    std::vector<Expression> expressions;
    for (int i = 0; i < 95; ++i)
        expressions.push_back(
            parse(QStringLiteral("%resource.item.where(linkId='q%1').answer.value.code = 'LA6569'").arg(100 + i * 9),
                  options));
    for (int i = 0; i < 4; ++i)
        expressions.push_back(phq9);
    expressions.push_back(find);
    NodePtr current = response;
    int round = 0;
    time("reevaluate_100_after_one_answer", kRuns, [&] {
        const std::size_t index = 1 + static_cast<std::size_t>(500 + round % 100);
        const NodePtr changed =
            NodeBuilder(*current->children()[index].node)
                .replaceChildren(u"answer",
                                 {NodeBuilder().appendChoice(QStringLiteral("value"), coding(round % 4)).build()}, true)
                .build();
        current = NodeBuilder(*current).replaceChild(index, changed).build();
        ++round;
        Environment e2;
        e2.functions = registry;
        e2.setVariable(QStringLiteral("resource"), {Item::node(current)});
        for (const Expression &x : expressions)
            (void)evaluate(x, e2);
    });
    return 0;
}
