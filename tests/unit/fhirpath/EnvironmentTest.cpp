// The host's side: variables, host functions, the access observer, the static helpers, and concurrent use.
#include "FhirPathTestUtil.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <atomic>
#include <thread>

using namespace fhirpath_test;

namespace {

NodePtr response()
{
    static const NodePtr r = [] {
        NodeBuilder root(QStringLiteral("QuestionnaireResponse"));
        root.setResource(true);
        for (int i = 0; i < 3; ++i) {
            NodeBuilder item;
            item.setTag(i).appendValue(QStringLiteral("linkId"), Item::string(QStringLiteral("q%1").arg(i)));
            item.append(
                QStringLiteral("answer"),
                NodeBuilder().appendChoice(QStringLiteral("value"), Node::primitive(Item::integer(i + 1))).build(),
                true);
            root.append(QStringLiteral("item"), item.build(), true);
        }
        return root.build();
    }();
    return r;
}

} // namespace

TEST_CASE("variables are looked up by name and an unknown one is an error naming it", "[fhirpath][environment]")
{
    Environment env;
    env.setVariable(QStringLiteral("score"), {Item::integer(7)});
    env.setVariable(QStringLiteral("my var"), {Item::string(QStringLiteral("x"))});
    CHECK(run("%score + 1", nullptr, env) == "[8]");
    CHECK(run("%`my var`", nullptr, env) == "['x']");
    CHECK(run("%'my var'", nullptr, env) == "['x']");
    CHECK(run("%ucum", nullptr, env) == "['http://unitsofmeasure.org']");
    CHECK(run("%`vs-administrative-gender`", nullptr, env) == "['http://hl7.org/fhir/ValueSet/administrative-gender']");
    // Nested: the outer collection stays valid while the inner one is looked up.
    CHECK(run("%`vs-a`.select(%`ext-b` & $this)", nullptr, env)
          == "['http://hl7.org/fhir/StructureDefinition/bhttp://hl7.org/fhir/ValueSet/a']");
    const auto r = evaluate(QStringLiteral("%unknown.exists()"), nullptr, env);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::UnknownVariable);
    CHECK(r.error().detail == "unknown");
    CHECK(r.error().position == 0);
    // The host may override a predefined name.
    env.setVariable(QStringLiteral("ucum"), {Item::string(QStringLiteral("other"))});
    CHECK(run("%ucum", nullptr, env) == "['other']");
}

TEST_CASE("host functions are declared at parse time and called with focus and arguments", "[fhirpath][environment]")
{
    auto registry = std::make_shared<FunctionRegistry>();
    // ordinal(): the sum of the focus' integers times a factor, as SDC's ordinal()/weight() would look up scores.
    registry->add(QStringLiteral("weight"), 0, 1, [](const Collection &focus, const std::vector<Collection> &args) {
        std::int64_t factor = 1;
        if (!args.empty() && !args[0].empty())
            factor = args[0].front().asInteger();
        Collection out;
        for (const Item &i : focus)
            out.push_back(Item::integer(i.systemValue().asInteger() * factor));
        return Result<Collection>(out);
    });
    registry->add(QStringLiteral("broken"), 0, 0, [](const Collection &, const std::vector<Collection> &) {
        return Result<Collection>(veldwerk::fail(Error{ErrorCode::HostFunction, QStringLiteral("no questionnaire")}));
    });
    Environment env;
    env.functions = registry;

    CHECK(parseError(QStringLiteral("answer.weight()")) == ErrorCode::UnknownFunction);
    ParseOptions options;
    options.functions = registry.get();
    auto e = Expression::parse(u"%resource.item.answer.value.weight(10).sum()", options);
    REQUIRE(e);
    env.setVariable(QStringLiteral("resource"), {Item::node(response())});
    CHECK(show(e->evaluate(Collection{}, env)) == "[60]");
    CHECK(parseError(QStringLiteral("weight(1, 2)"), options) == ErrorCode::WrongArgumentCount);

    auto b = Expression::parse(u"broken()", options);
    REQUIRE(b);
    const auto r = b->evaluate(Collection{}, env);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::HostFunction);
    CHECK(r.error().position == 0);

    // Unknown at parse time, allowed, then missing at evaluation: the error names the function.
    ParseOptions lenient;
    lenient.allowUnknownFunctions = true;
    auto u = Expression::parse(u"1.frobnicate()", lenient);
    REQUIRE(u);
    const auto ur = u->evaluate(Collection{}, Environment());
    REQUIRE_FALSE(ur);
    CHECK(ur.error().code == ErrorCode::UnknownFunction);
    CHECK(ur.error().detail == "frobnicate");

    const auto unknown = Expression::parse(u"Patient.name.foo()");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().detail == "foo");
    CHECK(unknown.error().position == 13);
}

TEST_CASE("a built-in function is not replaced by a host function of the same name", "[fhirpath][environment]")
{
    auto registry = std::make_shared<FunctionRegistry>();
    registry->add(QStringLiteral("count"), 0, 0, [](const Collection &, const std::vector<Collection> &) {
        return Result<Collection>(Collection{Item::integer(-1)});
    });
    Environment env;
    env.functions = registry;
    CHECK(run("(1 | 2).count()", nullptr, env) == "[2]");
}

TEST_CASE("the access observer sees which nodes' children an expression reads", "[fhirpath][environment]")
{
    Environment env;
    QStringList reads;
    env.observer = [&reads](const Node &node, QStringView name) {
        reads << QStringLiteral("%1:%2").arg(node.tag()).arg(name.isEmpty() ? QStringLiteral("*") : name.toString());
    };
    CHECK(run("%resource.item.where(linkId = 'q1').answer.value", response(), env) == "[2]");
    // The root's items, every item's linkId, then only the matching item's answer and that answer's value.
    CHECK(reads
          == QStringList{QStringLiteral("-1:item"), QStringLiteral("0:linkId"), QStringLiteral("1:linkId"),
                         QStringLiteral("2:linkId"), QStringLiteral("1:answer"), QStringLiteral("-1:value")});
    reads.clear();
    CHECK(run("%resource.item[2].descendants().count()", response(), env) == "[3]"); // linkId, answer, value
    CHECK(reads.contains(QStringLiteral("2:*")));
}

TEST_CASE("an expression lists the variables and functions it uses", "[fhirpath][environment]")
{
    auto e = Expression::parse(u"%b + %a.where(%c > 1).count() + %a.first() + iif(%`d e`, 1, 2)");
    REQUIRE(e);
    CHECK(e->variableNames() == QStringList{"a", "b", "c", "d e"});
    CHECK(e->functionNames() == QStringList{"count", "first", "iif", "where"});
    CHECK(e->text() == "%b + %a.where(%c > 1).count() + %a.first() + iif(%`d e`, 1, 2)");
    const Expression empty;
    CHECK(empty.isEmpty());
    CHECK(show(empty.evaluate(Collection{}, Environment())) == "[]");
}

TEST_CASE("toBoolean applies singleton evaluation for conditions", "[fhirpath][environment]")
{
    CHECK_FALSE(*toBoolean({}));
    CHECK(**toBoolean({Item::boolean(false)}) == false);
    CHECK(**toBoolean({Item::string(QStringLiteral("true"))}) == true);
    CHECK_FALSE(*toBoolean({Item::string(QStringLiteral("maybe"))}));
    CHECK(**toBoolean({Item::node(response())}) == true);
    CHECK(**toBoolean({Item::integer(0)}) == false);
    const auto many = toBoolean({Item::boolean(true), Item::boolean(true)});
    REQUIRE_FALSE(many);
    CHECK(many.error().code == ErrorCode::NotSingleton);
}

TEST_CASE("one parsed expression is evaluated from several threads at once", "[fhirpath][environment]")
{
    auto e = Expression::parse(u"%resource.item.where(linkId = 'q' + %n.toString()).answer.value * 2");
    REQUIRE(e);
    const Expression shared = *e; // copies share the AST
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&shared, &wrong, t] {
            for (int i = 0; i < 500; ++i) {
                Environment env;
                env.setVariable(QStringLiteral("resource"), {Item::node(response())});
                env.setVariable(QStringLiteral("n"), {Item::integer((t + i) % 3)});
                const auto r = shared.evaluate(Collection{}, env);
                if (!r || r->size() != 1 || r->front().asInteger() != 2 * ((t + i) % 3 + 1))
                    ++wrong;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    CHECK(wrong == 0);
}
