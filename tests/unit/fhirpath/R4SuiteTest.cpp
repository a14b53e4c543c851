// HL7's FHIRPath R4 test suite (tests/data/fhirpath-r4, see SOURCE.md there) run against the engine. Prints a
// table of passed/failed/skipped per group; fails when any test of a covered group fails. Groups and single tests
// that are not covered are listed below with the reason, and in docs/fhirpath.md.
#include "app/forms/fhirpath/FhirPath.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <map>
#include <set>

using namespace veldwerk::fhirpath;

namespace {

// Groups outside the documented subset (docs/fhirpath.md, "Not supported").
// Every group is covered at present; conformsTo() is covered for the core types' base profile URLs only.
const std::map<QString, const char *> kUncoveredGroups = {};

// Single tests that are not run, with the reason. Strict-mode tests need a static model of every FHIR element
// (semantic checking at parse time), which the engine does not carry; the others are errata where the suite's
// expected result contradicts the specification text (http://hl7.org/fhirpath/N1/ and the current build).
const std::map<QString, const char *> kSkippedTests = {
    {QStringLiteral("testSimpleFail"), "strict mode: unknown element names need the full FHIR model"},
    {QStringLiteral("testSimpleWithWrongContext"), "strict mode: needs the full FHIR model"},
    {QStringLiteral("testPolymorphismB"), "strict mode: needs the full FHIR model"},
    {QStringLiteral("testPolymorphismAsB"), "strict mode: needs the full FHIR model"},
    {QStringLiteral("testDollarOrderNotAllowed"), "strict mode with checkOrderedFunctions: needs the full FHIR model"},
    // Errata: the expected result contradicts the specification (fhirpath.js, the reference JavaScript engine,
    // corrected or disabled the same tests in its copy of the suite, test/cases/fhir-r4.yaml).
    {QStringLiteral("testDateNotEqualTimezoneOffsetBefore"),
     "erratum: a Date and a DateTime of different precision compare as empty (spec 6.1.1), not true"},
    {QStringLiteral("testDateNotEqualTimezoneOffsetAfter"),
     "erratum: a Date and a DateTime of different precision compare as empty (spec 6.1.1), not true"},
    {QStringLiteral("testDateNotEqualUTC"),
     "erratum: a Date and a DateTime of different precision compare as empty (spec 6.1.1), not true"},
    {QStringLiteral("testStringQuantityDayLiteralToQuantity"),
     "erratum: '{day}' is a UCUM annotation (dimensionless 1), not the day; fhirpath.js uses 1 'd'"},
    {QStringLiteral("testEquality7"), "erratum: collections of different sizes are not equal: false (spec 6.1.1)"},
    {QStringLiteral("testRound2"), "erratum: 3.14159.round(3) is 3.142, the suite says 2"},
    {QStringLiteral("testPrecedence3"),
     "erratum: 'is' binds tighter than '>' (grammar), so 1 > (2 is Boolean) is an error"},
    {QStringLiteral("testPrecedence4"),
     "erratum: 'is' binds tighter than '|' (grammar), so 1 | (1 is Integer) is [1, true]"},
};

struct Tally {
    int passed = 0;
    int failed = 0;
    int skipped = 0;
};

QString dataDir()
{
    return QStringLiteral(VELDWERK_FHIRPATH_R4_DIR);
}

NodePtr loadInput(const QString &file)
{
    static std::map<QString, NodePtr> cache;
    auto it = cache.find(file);
    if (it != cache.end())
        return it->second;
    QFile f(dataDir() + QStringLiteral("/input/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    auto node = Node::parseJson(f.readAll());
    NodePtr n = node ? *node : nullptr;
    cache[file] = n;
    return n;
}

// Whether one result item matches an expected <output type="..">value</output>.
bool outputMatches(const Item &item, const QString &type, const QString &value)
{
    const Item v = item.systemValue();
    if (type == u"boolean")
        return v.kind() == Item::Kind::Boolean && (v.asBoolean() ? u"true" : u"false") == value;
    if (type == u"integer")
        return v.kind() == Item::Kind::Integer && QString::number(v.asInteger()) == value;
    if (type == u"decimal") {
        const auto d = Decimal::parse(value);
        return d && v.kind() == Item::Kind::Decimal && v.asDecimal().toString() == d->toString();
    }
    if (type == u"Quantity")
        return v.kind() == Item::Kind::Quantity && toText(v) == value;
    if (type == u"date" || type == u"dateTime" || type == u"time")
        return (v.kind() == Item::Kind::Date || v.kind() == Item::Kind::DateTime || v.kind() == Item::Kind::Time)
               && (v.asTemporal().toString() == value || v.asTemporal().toLiteral() == value);
    // string, code, id, uri, ...: the String value, and for FHIR types also the element's type.
    if (v.kind() != Item::Kind::String || v.asString() != value)
        return false;
    if (type != u"string" && item.isNode())
        return item.asNode()->typeName() == type;
    return true;
}

struct Outcome {
    bool pass = false;
    QString detail;
};

QString describe(const Collection &c)
{
    QStringList parts;
    for (const Item &i : c)
        parts << (i.isNode() && !i.asNode()->isPrimitive() ? QStringLiteral("<%1>").arg(i.asNode()->typeName())
                                                           : toText(i));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

Outcome runTest(const QJsonObject &t)
{
    const QString expression = t.value(QStringLiteral("expression")).toString();
    const bool expectError = !t.value(QStringLiteral("invalid")).toString().isEmpty();
    const NodePtr input = loadInput(t.value(QStringLiteral("inputfile")).toString());
    if (!input)
        return {false, QStringLiteral("input file missing")};

    Environment env;
    env.setVariable(QStringLiteral("resource"), {Item::node(input)});
    env.setVariable(QStringLiteral("rootResource"), {Item::node(input)});
    env.setVariable(QStringLiteral("context"), {Item::node(input)});
    // A fixed clock: results do not depend on the day the suite runs.
    env.clock = [] { return QDateTime(QDate(2025, 6, 15), QTime(10, 30, 0), QTimeZone(7200)); };

    auto parsed = Expression::parse(expression);
    if (!parsed) {
        if (expectError)
            return {true, {}};
        return {false, QStringLiteral("parse error: ") + parsed.error().toString()};
    }
    auto result = parsed->evaluate(Collection{Item::node(input)}, env);
    if (!result) {
        if (expectError)
            return {true, {}};
        return {false, QStringLiteral("evaluation error: ") + result.error().toString()};
    }
    if (expectError)
        return {false, QStringLiteral("expected an error, got ") + describe(*result)};

    Collection actual = *result;
    if (t.value(QStringLiteral("predicate")).toString() == u"true")
        actual = Collection{Item::boolean(!actual.empty())};
    const QJsonArray outputs = t.value(QStringLiteral("outputs")).toArray();
    if (static_cast<qsizetype>(actual.size()) != outputs.size())
        return {false, QStringLiteral("got %1, expected %2 items").arg(describe(actual)).arg(outputs.size())};
    const bool ordered = t.value(QStringLiteral("ordered")).toString() != u"false";
    std::vector<bool> used(actual.size(), false);
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const QJsonObject o = outputs.at(i).toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        const QString value = o.value(QStringLiteral("value")).toString();
        bool found = false;
        if (ordered) {
            found = outputMatches(actual[static_cast<std::size_t>(i)], type, value);
        } else {
            for (std::size_t j = 0; j < actual.size() && !found; ++j) {
                if (!used[j] && outputMatches(actual[j], type, value)) {
                    used[j] = true;
                    found = true;
                }
            }
        }
        if (!found)
            return {false, QStringLiteral("got %1, expected %2 '%3' at %4").arg(describe(actual), type, value).arg(i)};
    }
    return {true, {}};
}

} // namespace

TEST_CASE("the HL7 FHIRPath R4 test suite passes in every covered group", "[fhirpath][r4]")
{
    QFile f(dataDir() + QStringLiteral("/tests.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject suite = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray groups = suite.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 83);

    std::vector<std::pair<QString, Tally>> table;
    QStringList failures;
    Tally total;
    int coveredFailures = 0;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        const QString name = group.value(QStringLiteral("name")).toString();
        const bool covered = !kUncoveredGroups.count(name);
        Tally tally;
        for (const QJsonValue &tv : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QString testName = t.value(QStringLiteral("name")).toString();
            if (!covered || kSkippedTests.count(testName)) {
                ++tally.skipped;
                continue;
            }
            const Outcome o = runTest(t);
            if (o.pass) {
                ++tally.passed;
            } else {
                ++tally.failed;
                ++coveredFailures;
                failures << QStringLiteral("%1/%2: %3 -> %4")
                                .arg(name, testName, t.value(QStringLiteral("expression")).toString(), o.detail);
            }
        }
        total.passed += tally.passed;
        total.failed += tally.failed;
        total.skipped += tally.skipped;
        table.emplace_back(name, tally);
    }

    std::printf("\nFHIRPath R4 test suite, per group (passed / failed / skipped):\n");
    for (const auto &[name, t] : table)
        std::printf("  %-32s %4d %4d %4d%s\n", qPrintable(name), t.passed, t.failed, t.skipped,
                    kUncoveredGroups.count(name) ? "  (not covered)" : "");
    std::printf("  %-32s %4d %4d %4d\n", "TOTAL", total.passed, total.failed, total.skipped);
    std::printf("  Skipped tests:\n");
    for (const auto &[test, reason] : kSkippedTests)
        std::printf("    %-40s %s\n", qPrintable(test), reason);
    for (const QString &failure : failures)
        std::printf("  FAIL %s\n", qPrintable(failure));
    std::fflush(stdout);

    CHECK(coveredFailures == 0);
}
