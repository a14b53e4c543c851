// Built-in functions (FHIRPath §5, §7), each with its empty-input and wrong-input behaviour.
#include "FhirPathTestUtil.h"

#include <catch2/catch.hpp>

using namespace fhirpath_test;

namespace {

NodePtr patient()
{
    static const NodePtr p = json(R"({
      "resourceType": "Patient", "id": "p1", "active": true,
      "name": [ {"use": "official", "family": "Jansen", "given": ["Anna", "Maria"]},
                {"use": "nickname", "given": ["Annie"]} ],
      "birthDate": "2012-05-04",
      "_birthDate": {"extension": [{"url": "http://example.org/birthTime", "valueDateTime": "2012-05-04T10:15:00+02:00"}]},
      "telecom": [ {"system": "phone", "value": "0612345678", "rank": 2}, {"system": "email", "value": "a@b.nl"} ]
    })");
    REQUIRE(p);
    return p;
}

} // namespace

TEST_CASE("existence functions answer for empty and non-empty collections", "[fhirpath][functions]")
{
    const NodePtr p = patient();
    CHECK(run("{}.empty()") == "[true]");
    CHECK(run("Patient.name.empty()", p) == "[false]");
    CHECK(run("Patient.name.exists()", p) == "[true]");
    CHECK(run("Patient.name.exists(use = 'nickname')", p) == "[true]");
    CHECK(run("Patient.name.exists(use = 'maiden')", p) == "[false]");
    CHECK(run("{}.exists()") == "[false]");
    CHECK(run("Patient.name.all(given.exists())", p) == "[true]");
    CHECK(run("Patient.name.all(family.exists())", p) == "[false]");
    CHECK(run("{}.all(false)") == "[true]");
    CHECK(run("(true | false).allTrue()") == "[false]");
    CHECK(run("(true | false).anyTrue()") == "[true]");
    CHECK(run("(false | false).allFalse()") == "[true]");
    CHECK(run("(true | true).anyFalse()") == "[false]");
    CHECK(run("{}.allTrue()") == "[true]");
    CHECK(run("{}.anyTrue()") == "[false]");
    CHECK(run("(1 | 2).subsetOf(1 | 2 | 3)") == "[true]");
    CHECK(run("(1 | 4).subsetOf(1 | 2 | 3)") == "[false]");
    CHECK(run("(1 | 2 | 3).supersetOf(3 | 1)") == "[true]");
    CHECK(run("{}.subsetOf(1)") == "[true]");
    CHECK(run("Patient.name.given.count()", p) == "[3]");
    CHECK(run("{}.count()") == "[0]");
    CHECK(run("(1 | 2 | 3).combine(2 | 3).distinct()") == "[1, 2, 3]");
    CHECK(run("(1 | 2).combine(1).isDistinct()") == "[false]");
    CHECK(run("(1 | 2.0).combine(2).isDistinct()") == "[false]");
}

TEST_CASE("where, select and repeat bind $this and $index", "[fhirpath][functions]")
{
    const NodePtr p = patient();
    CHECK(run("Patient.name.where(use = 'official').given", p) == "['Anna', 'Maria']");
    CHECK(run("Patient.name.given.where($this.startsWith('An'))", p) == "['Anna', 'Annie']");
    CHECK(run("Patient.name.given.where($index > 0)", p) == "['Maria', 'Annie']");
    CHECK(run("Patient.name.select(given.first())", p) == "['Anna', 'Annie']");
    CHECK(run("Patient.name.select($index)", p) == "[0, 1]");
    CHECK(run("(1 | 2 | 3).select($this * 10)") == "[10, 20, 30]");
    CHECK(run("(1 | 2 | 3).where($this > 1 and $this < 3)") == "[2]");
    CHECK(run("(1 | 2).where('not a boolean')") == "[]");
    CHECK(run("(1 | 2).where(1 | 2)") == "Error:NotSingleton");
    CHECK(run("$index") == "Error:InvalidArgument");
    // repeat: every level, an item found twice is kept once, and a repeat that yields values stops.
    const NodePtr q = json(R"({"resourceType":"Questionnaire","item":[{"linkId":"1","item":[{"linkId":"1.1"},
        {"linkId":"1.2","item":[{"linkId":"1.2.1"}]}]},{"linkId":"2"}]})");
    CHECK(run("Questionnaire.repeat(item).linkId", q) == "['1', '2', '1.1', '1.2', '1.2.1']");
    CHECK(run("1.repeat(2)") == "[2]");
    CHECK(run("(1 | 2).repeat('x')") == "['x']");
}

TEST_CASE("subsetting functions take and skip by position", "[fhirpath][functions]")
{
    CHECK(run("(1 | 2 | 3).first()") == "[1]");
    CHECK(run("(1 | 2 | 3).last()") == "[3]");
    CHECK(run("(1 | 2 | 3).tail()") == "[2, 3]");
    CHECK(run("(1 | 2 | 3).skip(2)") == "[3]");
    CHECK(run("(1 | 2 | 3).skip(-1)") == "[1, 2, 3]");
    CHECK(run("(1 | 2 | 3).take(2)") == "[1, 2]");
    CHECK(run("(1 | 2 | 3).take(0)") == "[]");
    CHECK(run("(1 | 2 | 3).take(9)") == "[1, 2, 3]");
    CHECK(run("(1 | 2 | 3)[1]") == "[2]");
    CHECK(run("(1 | 2 | 3)[5]") == "[]");
    CHECK(run("(1 | 2 | 3)[-1]") == "[]");
    CHECK(run("(1 | 2 | 3)['a']") == "Error:TypeMismatch");
    CHECK(run("(1 | 2 | 3).take('a')") == "Error:InvalidArgument");
    CHECK(run("1.single()") == "[1]");
    CHECK(run("(1 | 2).single()") == "Error:NotSingleton");
    CHECK(run("{}.first()") == "[]");
    CHECK(run("(1 | 2 | 3).intersect(2 | 3 | 4)") == "[2, 3]");
    CHECK(run("(1 | 2 | 3).exclude(2)") == "[1, 3]");
    CHECK(run("(1 | 2).union(2 | 3)") == "[1, 2, 3]");
}

TEST_CASE("iif evaluates only the branch it takes", "[fhirpath][functions]")
{
    CHECK(run("iif(true, 'a', 'b')") == "['a']");
    CHECK(run("iif(false, 'a', 'b')") == "['b']");
    CHECK(run("iif({}, 'a', 'b')") == "['b']");
    CHECK(run("iif(false, 'a')") == "[]");
    CHECK(run("iif(true, 'a', (1 | 2).single())") == "['a']");
    CHECK(run("iif(false, 1 / 0, 2)") == "[2]");
    CHECK(run("iif((true | false), 'a', 'b')") == "Error:NotSingleton");
    CHECK(run("5.iif($this > 3, 'big', 'small')") == "['big']");
}

TEST_CASE("conversion functions convert what the specification allows and give empty otherwise",
          "[fhirpath][functions]")
{
    CHECK(run("'12'.toInteger()") == "[12]");
    CHECK(run("'+12'.toInteger()") == "[12]");
    CHECK(run("'1.0'.toInteger()") == "[]");
    CHECK(run("'1e3'.toInteger()") == "[]");
    CHECK(run("'99999999999999999999'.toInteger()") == "[]");
    CHECK(run("true.toInteger()") == "[1]");
    CHECK(run("1.5.toInteger()") == "[]");
    CHECK(run("'1.50'.toDecimal()") == "[1.50]");
    CHECK(run("'1e3'.toDecimal()") == "[]");
    CHECK(run("false.toDecimal()") == "[0.0]");
    CHECK(run("1.5.toString()") == "['1.5']");
    CHECK(run("@2020-01.toString()") == "['2020-01']");
    CHECK(run("5 'mg'.toString()") == "['5 'mg'']");
    CHECK(run("true.toString()") == "['true']");
    CHECK(run("'Yes'.toBoolean()") == "[true]");
    CHECK(run("'0'.toBoolean()") == "[false]");
    CHECK(run("2.toBoolean()") == "[]");
    CHECK(run("'2020-02-30'.toDate()") == "[]");
    CHECK(run("'2020-02'.toDate()") == "[@2020-02]");
    CHECK(run("'2020-02-03T10:00:00Z'.toDateTime()") == "[@2020-02-03T10:00:00Z]");
    CHECK(run("@2020-02-03.toDateTime()") == "[@2020-02-03T]");
    CHECK(run("@2020-02-03T10:00.toDate()") == "[@2020-02-03]");
    CHECK(run("'10:30'.toTime()") == "[@T10:30]");
    CHECK(run("'5 \\'mg\\''.toQuantity()") == "[5 'mg']");
    CHECK(run("'4 days'.toQuantity()") == "[4 'day']");
    CHECK(run("1 'kg'.toQuantity('g')") == "[1000 'g']");
    CHECK(run("1 'kg'.toQuantity('m')") == "[]");
    CHECK(run("'abc'.convertsToInteger()") == "[false]");
    CHECK(run("'2020'.convertsToDate()") == "[true]");
    CHECK(run("{}.toInteger()") == "[]");
    CHECK(run("(1 | 2).toInteger()") == "Error:NotSingleton");
}

TEST_CASE("string functions work on one string and refuse anything else", "[fhirpath][functions][strings]")
{
    CHECK(run("'abcdef'.indexOf('cd')") == "[2]");
    CHECK(run("'abcdef'.indexOf('x')") == "[-1]");
    CHECK(run("'abcdef'.indexOf('')") == "[0]");
    CHECK(run("'abcdef'.substring(2)") == "['cdef']");
    CHECK(run("'abcdef'.substring(2, 2)") == "['cd']");
    CHECK(run("'abcdef'.substring(4, 10)") == "['ef']");
    CHECK(run("'abcdef'.substring(6)") == "[]");
    CHECK(run("'abcdef'.substring(-1)") == "[]");
    CHECK(run("'abc'.startsWith('ab')") == "[true]");
    CHECK(run("'abc'.endsWith('bc')") == "[true]");
    CHECK(run("'abc'.contains('b')") == "[true]");
    CHECK(run("'aBc'.upper()") == "['ABC']");
    CHECK(run("'aBc'.lower()") == "['abc']");
    CHECK(run("'Ça va'.upper()") == "['ÇA VA']");
    CHECK(run("'a-b-c'.replace('-', '+')") == "['a+b+c']");
    CHECK(run("'abc'.replace('', 'x')") == "['xaxbxcx']");
    CHECK(run("'abc'.length()") == "[3]");
    CHECK(run("'ab'.toChars()") == "['a', 'b']");
    CHECK(run("'  a b  '.trim()") == "['a b']");
    CHECK(run("'a,b,,c'.split(',')") == "['a', 'b', '', 'c']");
    CHECK(run("('a' | 'b' | 'c').join('-')") == "['a-b-c']");
    CHECK(run("('a' | 'b').join()") == "['ab']");
    CHECK(run("(1 | 2).join(',')") == "Error:TypeMismatch");
    CHECK(run("1.length()") == "Error:TypeMismatch");
    CHECK(run("('a' | 'b').length()") == "Error:NotSingleton");
    CHECK(run("{}.upper()") == "[]");
    CHECK(run("'abc'.startsWith({})") == "[]");
    CHECK(run("'abc'.substring(1.5)") == "Error:InvalidArgument");
    CHECK(run("'test'.encode('base64')") == "['dGVzdA==']");
    CHECK(run("'dGVzdA=='.decode('base64')") == "['test']");
    CHECK(run("'!!'.decode('base64')") == "[]");
    CHECK(run("'test'.encode('rot13')") == "Error:InvalidArgument");
    CHECK(run("'<a>'.escape('html')") == "['&lt;a&gt;']");
}

TEST_CASE("regular expressions match partially, in single-line mode, with substitutions", "[fhirpath][regex]")
{
    CHECK(run("'abc123'.matches('[0-9]+')") == "[true]");
    CHECK(run("'abc123'.matches('^[0-9]+$')") == "[false]");
    CHECK(run("'a\\nb'.matches('a.b')") == "[true]");
    CHECK(run("'ABC'.matches('abc')") == "[false]");
    CHECK(run("'11/30/1972'.replaceMatches('\\\\b(?<month>\\\\d{1,2})/(?<day>\\\\d{1,2})/(?<year>\\\\d{2,4})\\\\b', "
              "'${day}-${month}-${year}')")
          == "['30-11-1972']");
    CHECK(run("'abc'.replaceMatches('(b)', '[$1]')") == "['a[b]c']");
    CHECK(run("'abc'.replaceMatches('(?<x>b)', '[${x}${}${nope}]')") == "['a[b]c']");
    CHECK(run("'aaa'.replaceMatches('a', 'bb')") == "['bbbbbb']");
    CHECK(run("'abc'.matches('(')") == "Error:InvalidRegex");
    CHECK(run("'abc'.matches({})") == "[]");

    // Compiled patterns are kept per thread: the same answers after the cache has turned over, an invalid pattern
    // stays an error the second time.
    CHECK(run("'abc'.matches('(')") == "Error:InvalidRegex");
    for (int i = 0; i < 70; ++i) {
        const std::string n = std::to_string(i);
        CHECK(run(("'x" + n + "'.matches('^x" + n + "$')").c_str()) == "[true]");
    }
    CHECK(run("'abc123'.matches('[0-9]+')") == "[true]");
    CHECK(run("'abc123'.matches('^[0-9]+$')") == "[false]");
}

TEST_CASE("math functions round, truncate and compute with exact results where possible", "[fhirpath][math]")
{
    CHECK(run("(-5).abs()") == "[5]");
    CHECK(run("(-5.5).abs()") == "[5.5]");
    CHECK(run("(-5.5 'mg').abs()") == "[5.5 'mg']");
    CHECK(run("1.1.ceiling()") == "[2]");
    CHECK(run("(-1.1).ceiling()") == "[-1]");
    CHECK(run("(-2.1).floor()") == "[-3]");
    CHECK(run("(-1.56).truncate()") == "[-1]");
    CHECK(run("3.14159.round(3)") == "[3.142]");
    CHECK(run("2.5.round()") == "[3]");
    CHECK(run("(-2.5).round()") == "[-2]");
    CHECK(run("1.round(-1)") == "Error:InvalidArgument");
    CHECK(run("0.exp()") == "[1]");
    CHECK(run("1.exp()") == "[2.71828182845905]");
    CHECK(run("1.ln()") == "[0]");
    CHECK(run("0.ln()") == "[]");
    CHECK(run("16.log(2)") == "[4]");
    CHECK(run("1.log(1)") == "[]");
    CHECK(run("2.power(10)") == "[1024]");
    CHECK(run("2.power(64)") == "Error:Overflow");
    CHECK(run("1.5.power(2)") == "[2.25]");
    CHECK(run("4.power(0.5)") == "[2]");
    CHECK(run("(-1).power(0.5)") == "[]");
    CHECK(run("81.sqrt()") == "[9]");
    CHECK(run("2.sqrt()") == "[1.4142135623731]");
    CHECK(run("(-1).sqrt()") == "[]");
    CHECK(run("'a'.abs()") == "Error:TypeMismatch");
}

TEST_CASE("aggregates sum, average and find extremes", "[fhirpath][aggregate]")
{
    CHECK(run("(1 | 2 | 3).sum()") == "[6]");
    CHECK(run("(1 | 2.5).sum()") == "[3.5]");
    CHECK(run("(1 'mg' | 2 'mg').sum()") == "[3 'mg']");
    CHECK(run("(1 'g' | 500 'mg').sum()") == "[1.500 'g']");
    CHECK(run("{}.sum()") == "[]");
    CHECK(run("('a' | 'b').sum()") == "Error:TypeMismatch");
    CHECK(run("(1 | 2 | 4).avg()") == "[2.33333333]");
    CHECK(run("(3 | 1 | 2).min()") == "[1]");
    CHECK(run("(3 | 1 | 2).max()") == "[3]");
    CHECK(run("('b' | 'a').min()") == "['a']");
    CHECK(run("(@2020 | @2019-05).max()") == "[@2020]");
    CHECK(run("(1 | 'a').max()") == "Error:TypeMismatch");
    CHECK(run("(1 | 2 | 3).aggregate($this + $total, 0)") == "[6]");
    CHECK(run("(1 | 2 | 3).aggregate(iif($total.empty(), $this, iif($this > $total, $this, $total)))") == "[3]");
    CHECK(run("$total") == "Error:InvalidArgument");
}

TEST_CASE("tree navigation reads children, descendants and FHIR primitive extensions", "[fhirpath][navigation]")
{
    const NodePtr p = patient();
    CHECK(run("Patient.name[0].children().count()", p) == "[4]"); // use, family, given x2
    CHECK(run("Patient.telecom.descendants().count()", p) == "[5]");
    CHECK(run("Patient.birthDate.extension('http://example.org/birthTime').value", p)
          == "[@2012-05-04T10:15:00+02:00]");
    CHECK(run("Patient.birthDate.extension('http://example.org/other')", p) == "[]");
    CHECK(run("Patient.birthDate.hasValue()", p) == "[true]");
    CHECK(run("Patient.name.hasValue()", p) == "[false]");
    CHECK(run("Patient.birthDate = @2012-05-04", p) == "[true]");
    CHECK(run("Patient.birthDate < @2013", p) == "[true]");
    CHECK(run("Patient.active.not()", p) == "[false]");
    CHECK(run("Patient.telecom.rank + 1", p) == "[3]");
    CHECK(run("name.given.first()", p) == "['Anna']");
    CHECK(run("Observation.status", p) == "[]"); // a different type prefix selects nothing
    CHECK(run("Patient.id.type().name", p) == "['id']");
    CHECK(run("Patient.type().namespace", p) == "['FHIR']");
    CHECK(run("1.type().name", p) == "['Integer']");
}

TEST_CASE("now, today and timeOfDay read the injected clock once per evaluation", "[fhirpath][clock]")
{
    Environment env;
    int calls = 0;
    env.clock = [&calls] {
        ++calls;
        return QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 500), QTimeZone(3600));
    };
    CHECK(run("today()", nullptr, env) == "[@2024-02-29]");
    CHECK(run("now()", nullptr, env) == "[@2024-02-29T23:59:58.500+01:00]");
    CHECK(run("timeOfDay()", nullptr, env) == "[@T23:59:58.500]");
    calls = 0;
    CHECK(run("now() = now() and today() = today()", nullptr, env) == "[true]");
    CHECK(calls == 1);
    CHECK(run("today() + 1 day", nullptr, env) == "[@2024-03-01]");
    CHECK(run("today() - 1 year", nullptr, env) == "[@2023-02-28]");
}

TEST_CASE("trace passes its input through and reports to the environment", "[fhirpath][functions]")
{
    Environment env;
    QStringList seen;
    env.trace = [&seen](const QString &name, const Collection &c) { seen << name + u'=' + QString::number(c.size()); };
    CHECK(run("(1 | 2 | 3).trace('numbers').count()", nullptr, env) == "[3]");
    CHECK(run("(1 | 2 | 3).trace('bigger', $this > 1).count()", nullptr, env) == "[3]");
    CHECK(seen == QStringList{QStringLiteral("numbers=3"), QStringLiteral("bigger=3")});
}

TEST_CASE("where(name = 'literal') gives what the general evaluation gives, in every edge case",
          "[fhirpath][functions]")
{
    // The evaluator shortcuts this criterion (Evaluator::childEqualsLiterals); the general path is forced by
    // wrapping the criterion in "and true".
    const NodePtr r = json(R"({"resourceType":"QuestionnaireResponse","item":[
        {"linkId":"a"}, {"linkId":"b"}, {"linkId":["a","a"]}, {"linkId":1}, {"_linkId":{"id":"x"}},
        {"text":"no linkId"}, {"linkId":"a","item":[{"linkId":"a"}]}, {"linkId":"A"}, {"linkId":"a "}]})");
    REQUIRE(r);
    for (const char *value : {"a", "b", "A", "1", "x", ""}) {
        INFO(value);
        const std::string lit = std::string("'") + value + "'";
        const std::string general = run(("item.where((linkId = " + lit + ") and true).count()").c_str(), r);
        CHECK(run(("item.where(linkId = " + lit + ").count()").c_str(), r) == general);
        CHECK(run(("item.where(" + lit + " = linkId).count()").c_str(), r) == general);
        CHECK(run(("%resource.item.where(linkId = " + lit + ").count()").c_str(), r) == general);
        CHECK(run(("item.select($this).where(linkId = " + lit + ").count()").c_str(), r) == general);
    }
    CHECK(run("item.where(linkId = 'a').count()", r) == "[2]");
    CHECK(run("repeat(item).where(linkId = 'a').count()", r) == "[3]");

    // An `or` of such equalities on one child name is shortcut too; on different names it is not.
    for (const char *criterion : {"linkId = 'a' or linkId = 'b'", "'b' = linkId or linkId = 'A' or linkId = 'zz'",
                                  "linkId = '' or linkId = '1'", "linkId = 'a' or text = 'no linkId'",
                                  "(linkId = 'a' or linkId = 'x') or linkId = 'a '"}) {
        INFO(criterion);
        const std::string c(criterion);
        const std::string general = run(("item.where((" + c + ") and true).linkId").c_str(), r);
        CHECK(run(("item.where(" + c + ").linkId").c_str(), r) == general);
        CHECK(run(("%resource.item.where(" + c + ").linkId").c_str(), r) == general);
        CHECK(run(("repeat(item).where(" + c + ").count()").c_str(), r)
              == run(("repeat(item).where((" + c + ") and true).count()").c_str(), r));
    }
    CHECK(run("item.where(linkId = 'a' or linkId = 'b').count()", r) == "[3]");
    CHECK(run("item.where(linkId = 'a' or text = 'no linkId').count()", r) == "[3]");
}

TEST_CASE("repeat(name) reads children directly and gives what the general evaluation gives", "[fhirpath][functions]")
{
    // repeat(item) is shortcut (a plain child name); repeat(item.select($this)) takes the general path.
    const NodePtr r = json(R"({"resourceType":"QuestionnaireResponse","item":[
        {"linkId":"a","item":[{"linkId":"a1","answer":[{"valueInteger":1,"item":[{"linkId":"a1x"}]}]}]},
        {"linkId":"b","item":[{"linkId":"b1","item":[{"linkId":"b11"}]},{"linkId":"b2"}]}]})");
    REQUIRE(r);
    CHECK(run("repeat(item).linkId", r) == "['a', 'b', 'a1', 'b1', 'b2', 'b11']");
    CHECK(run("repeat(item).linkId", r) == run("repeat(item.select($this)).linkId", r));
    CHECK(run("repeat(item | answer).count()", r) == "[8]");
    CHECK(run("repeat(answer).count()", r) == "[0]");       // the response itself has no answer
    CHECK(run("(1 | 2).repeat(item).count()", r) == "[0]"); // System values have no children
    CHECK(run("item.repeat(item).linkId", r) == "['a1', 'b1', 'b2', 'b11']");
}
