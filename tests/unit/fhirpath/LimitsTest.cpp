// Untrusted input: malformed expressions are errors with positions, and every resource the evaluator spends is
// bounded, so nothing an imported Questionnaire holds can crash or hang the app.
#include "FhirPathTestUtil.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QThread>

using namespace fhirpath_test;

namespace {

QString repeated(const QString &s, int n)
{
    QString out;
    out.reserve(s.size() * n);
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

} // namespace

TEST_CASE("malformed expressions are syntax errors with a position", "[fhirpath][parser]")
{
    struct Case {
        const char *text;
        ErrorCode code;
        qsizetype position;
    };
    const Case cases[] = {
        {"", ErrorCode::Syntax, 0},
        {"'unterminated", ErrorCode::Syntax, 0},
        {"`unterminated", ErrorCode::Syntax, 0},
        {"'bad \\q escape'", ErrorCode::Syntax, 5},
        {"'\\u12'", ErrorCode::Syntax, 1},
        {"'\\u12g4'", ErrorCode::Syntax, 1},
        {"1 +", ErrorCode::Syntax, 3},
        {"(1 + 2", ErrorCode::Syntax, 6},
        {"1 + 2)", ErrorCode::Syntax, 5},
        {"a..b", ErrorCode::Syntax, 2},
        {"a.", ErrorCode::Syntax, 2},
        {"where(", ErrorCode::Syntax, 6},
        {"f(1,)", ErrorCode::Syntax, 4},
        {"1 !! 2", ErrorCode::Syntax, 2},
        {"@2020-13-01", ErrorCode::Syntax, 0},
        {"@T14:34:28Z", ErrorCode::Syntax, 10}, // a Time has no offset: "Z" is left over
        {"@", ErrorCode::Syntax, 0},
        {"$foo", ErrorCode::Syntax, 0},
        {"%", ErrorCode::Syntax, 0},
        {"/* never closed", ErrorCode::Syntax, 0},
        {"1 is", ErrorCode::Syntax, 4},
        {"and", ErrorCode::Syntax, 0},
        {"{ 1 }", ErrorCode::Syntax, 2},
        {"1 2", ErrorCode::Syntax, 2},
        {"#", ErrorCode::Syntax, 0},
        {"name.foo()", ErrorCode::UnknownFunction, 5},
        {"substring()", ErrorCode::WrongArgumentCount, 0},
        {"'a'.substring(1, 2, 3)", ErrorCode::WrongArgumentCount, 4},
        {"1.is(1 + 1)", ErrorCode::Syntax, 7},
        {"99999999999999999999", ErrorCode::Overflow, 0},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const auto r = Expression::parse(QString::fromUtf8(c.text));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == c.code);
        CHECK(r.error().position == c.position);
        CHECK_FALSE(r.error().toString().isEmpty());
    }
}

TEST_CASE("comments and whitespace are allowed between tokens", "[fhirpath][parser]")
{
    CHECK(run("1 + // one\n 2 /* two */ * 3") == "[7]");
    CHECK(run("\t( 1\n|\n2 ).count( )") == "[2]");
    CHECK(run("'a' // 'b'") == "['a']");
}

TEST_CASE("deep nesting fails cleanly at the depth limit instead of exhausting the stack", "[fhirpath][limits]")
{
    const int n = 100000;
    CHECK(parseError(repeated(QStringLiteral("("), n) + u'1' + repeated(QStringLiteral(")"), n)) == ErrorCode::TooDeep);
    CHECK(parseError(repeated(QStringLiteral("("), n)) == ErrorCode::TooDeep);
    CHECK(parseError(repeated(QStringLiteral("-"), n) + u'1') == ErrorCode::TooDeep);
    CHECK(parseError(repeated(QStringLiteral("f("), n)) == ErrorCode::TooDeep);
    CHECK(parseError(repeated(QStringLiteral("a["), n)) == ErrorCode::TooDeep);
    // Long chains built in a loop are as deep as nested ones.
    CHECK(parseError(u'a' + repeated(QStringLiteral(".b"), n)) == ErrorCode::TooDeep);
    CHECK(parseError(u'1' + repeated(QStringLiteral("+1"), n)) == ErrorCode::TooDeep);
    CHECK(parseError(repeated(QStringLiteral("a.where("), n)) == ErrorCode::TooDeep);
    // Just under the limit parses and evaluates.
    const int ok = 150;
    CHECK(run((repeated(QStringLiteral("("), ok) + u'1' + repeated(QStringLiteral(")"), ok)).toUtf8().constData())
          == "[1]");
    ParseOptions tight;
    tight.limits.maxDepth = 10;
    CHECK(parseError(QStringLiteral("((((((((((1))))))))))"), tight) == ErrorCode::TooDeep);
    CHECK_FALSE(parseError(QStringLiteral("((((1))))"), tight));
}

#if defined(__SANITIZE_ADDRESS__)
constexpr unsigned kStackMiB = 4; // AddressSanitizer's red zones make every frame several times larger
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr unsigned kStackMiB = 4;
#else
constexpr unsigned kStackMiB = 1;
#endif
#else
constexpr unsigned kStackMiB = 1;
#endif

TEST_CASE("an expression at the depth limit evaluates on a small thread stack", "[fhirpath][limits]")
{
    // 190 nested where() calls: the deepest evaluation the default limit admits, run on a 1 MiB stack (Android's
    // default for threads other than the main thread).
    QString text = QStringLiteral("true");
    for (int i = 0; i < 95; ++i)
        text = QStringLiteral("1.where(%1).exists()").arg(text);
    auto e = Expression::parse(text);
    REQUIRE(e);
    std::string result;
    QThread *thread = QThread::create([&] { result = show(e->evaluate(Collection{}, Environment())); });
    thread->setStackSize(kStackMiB * 1024 * 1024);
    thread->start();
    thread->wait();
    delete thread;
    CHECK(result == "[true]");
}

TEST_CASE("a 100 KB expression is parsed or refused, never a crash", "[fhirpath][limits]")
{
    const QString bigString = u'\'' + repeated(QStringLiteral("x"), 100 * 1024) + u'\'';
    CHECK(run((bigString + QStringLiteral(".length()")).toUtf8().constData()) == "[102400]");
    const QString wide = QStringLiteral("(") + repeated(QStringLiteral("1 + "), 25 * 1024) + QStringLiteral("1)");
    CHECK(parseError(wide) == ErrorCode::TooDeep);
    ParseOptions small;
    small.limits.maxExpressionLength = 1000;
    CHECK(parseError(bigString, small) == ErrorCode::TooLong);
}

TEST_CASE("evaluations that would explode stop at a limit with an error", "[fhirpath][limits]")
{
    // A repeat() that keeps finding new items.
    CHECK(run("1.repeat($this + 1).count()") == "Error:CollectionLimit");
    // Collections doubling by combine(), and strings doubling by &.
    const char *numbers = "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30)";
    CHECK(run((std::string(numbers) + ".aggregate($total.combine($total), 1).count()").c_str())
          == "Error:CollectionLimit");
    CHECK(run((std::string(numbers) + ".aggregate($total & $total, 'ab').length()").c_str()) == "Error:StringLimit");
    // Nested select(): 10^7 items.
    std::string nested = "(1|2|3|4|5|6|7|8|9|10)";
    for (int i = 0; i < 6; ++i)
        nested += ".select((1|2|3|4|5|6|7|8|9|10))";
    const std::string exploded = run((nested + ".count()").c_str());
    CHECK((exploded == "Error:CollectionLimit" || exploded == "Error:StepLimit"));
    // Quadratic work on a large collection runs into the step budget.
    Environment env;
    env.limits.maxSteps = 10'000;
    Collection many;
    for (int i = 0; i < 5000; ++i)
        many.push_back(Item::integer(i % 100));
    env.setVariable(QStringLiteral("many"), many);
    CHECK(run("%many.where($this > 5).count()", nullptr, env) == "Error:StepLimit");
    Environment roomy;
    roomy.setVariable(QStringLiteral("many"), many);
    CHECK(run("%many.where($this > 5).count()", nullptr, roomy) == "[4700]");
    CHECK(run("%many.distinct().count()", nullptr, roomy) == "[100]");
    // replace() checks the size of its result before building it.
    CHECK(run("'aaaaaaaaaa'.replace('a', 'bbbbbbbbbb').replace('b', 'cccccccccc').replace('c', 'dddddddddd')"
              ".replace('d', 'eeeeeeeeee').replace('e', 'ffffffffff')")
          == "Error:StringLimit");
    CHECK(run((std::string(numbers) + ".select('x').join('').length()").c_str()) == "[30]");
}

TEST_CASE("catastrophic regular expressions end quickly", "[fhirpath][limits][regex]")
{
    QElapsedTimer timer;
    timer.start();
    const std::string r = run("('a' * 1).empty()"); // sanity: errors are values
    CHECK(r == "Error:TypeMismatch");
    const std::string evil = run("'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                                 "aaaaaaaaaaaaaaaaaaaaaaaa!'"
                                 ".matches('^(a+)+$')");
    CHECK((evil == "[false]" || evil == "Error:RegexLimit"));
    CHECK(timer.elapsed() < 5000);
    Environment env;
    env.limits.maxRegexInput = 10;
    CHECK(run("'aaaaaaaaaaaaaaaaaaaa'.matches('a')", nullptr, env) == "Error:RegexLimit");
}

TEST_CASE("an empty delimited identifier is a name that finds nothing", "[fhirpath][parser]")
{
    const NodePtr r = json(R"({"resourceType":"QuestionnaireResponse","item":[{"linkId":"a"}]})");
    CHECK(run("``", r) == "[]");
    CHECK(run("item.where(`` = 'a')", r) == "[]");
    CHECK(run("``.where(linkId = 'a')", r) == "[]");
    CHECK(run("%resource.``.where(linkId = 'a')", r) == "[]");
}

TEST_CASE("huge amounts in date arithmetic and huge splits are refused before any work", "[fhirpath][limits]")
{
    CHECK(run("@2020-01-01 + 99999999999 weeks") == "Error:InvalidArgument");
    CHECK(run("@2020-01-01T00:00:00 + 9223372036854775807 'ms'") == "Error:InvalidArgument");
    CHECK(run("@T10:00 - 999999999999999 seconds") == "Error:InvalidArgument");
    CHECK(run("@2020-01-01 + 3652058 days") == "Error:InvalidArgument"); // past 9999-12-31
    CHECK(run("@2020-01-01 + 2914 days") == "[@2027-12-24]");
    Environment env;
    env.limits.maxCollectionSize = 10;
    CHECK(run("'abcdefghijkl'.toChars()", nullptr, env) == "Error:CollectionLimit");
    CHECK(run("'abcdefghijkl'.split('')", nullptr, env) == "Error:CollectionLimit");
    CHECK(run("'abcdefghij'.toChars().count()", nullptr, env) == "[10]");
}
