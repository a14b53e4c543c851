// Operators (FHIRPath §6): empty propagation, three-valued logic, arithmetic, comparison, equality, membership,
// types, precedence.
#include "FhirPathTestUtil.h"

#include <catch2/catch.hpp>

using namespace fhirpath_test;

TEST_CASE("and, or, xor and implies follow the three-valued truth tables", "[fhirpath][logic]")
{
    // Rows: left operand true, false, empty; columns: right operand true, false, empty (FHIRPath §6.5).
    const char *values[] = {"true", "false", "{}"};
    const char *andTable[3][3] = {
        {"[true]", "[false]", "[]"}, {"[false]", "[false]", "[false]"}, {"[]", "[false]", "[]"}};
    const char *orTable[3][3] = {{"[true]", "[true]", "[true]"}, {"[true]", "[false]", "[]"}, {"[true]", "[]", "[]"}};
    const char *xorTable[3][3] = {{"[false]", "[true]", "[]"}, {"[true]", "[false]", "[]"}, {"[]", "[]", "[]"}};
    const char *impliesTable[3][3] = {
        {"[true]", "[false]", "[]"}, {"[true]", "[true]", "[true]"}, {"[true]", "[]", "[]"}};
    for (int l = 0; l < 3; ++l) {
        for (int r = 0; r < 3; ++r) {
            const std::string a = values[l];
            const std::string b = values[r];
            INFO(a << " op " << b);
            CHECK(run((a + " and " + b).c_str()) == andTable[l][r]);
            CHECK(run((a + " or " + b).c_str()) == orTable[l][r]);
            CHECK(run((a + " xor " + b).c_str()) == xorTable[l][r]);
            CHECK(run((a + " implies " + b).c_str()) == impliesTable[l][r]);
        }
    }
}

TEST_CASE("boolean operators convert singletons and refuse collections", "[fhirpath][logic]")
{
    CHECK(run("(true | false) and true") == "Error:NotSingleton");
    CHECK(run("1 and true") == "[true]");  // 1 converts to true
    CHECK(run("0 or false") == "[false]"); // 0 converts to false
    CHECK(run("'yes' and true") == "[true]");
    CHECK(run("'foo' and true") == "[]"); // not convertible: empty
    // The right side is not evaluated when the left decides, so its error does not surface.
    CHECK(run("false and (1 | 2).not()") == "[false]");
    CHECK(run("true or (1 | 2).not()") == "[true]");
    CHECK(run("false implies (1 | 2).not()") == "[true]");
    CHECK(run("true and (1 | 2).not()") == "Error:NotSingleton");
}

TEST_CASE("arithmetic on integers is exact and overflow is an error", "[fhirpath][arithmetic]")
{
    CHECK(run("1 + 2 * 3") == "[7]");
    CHECK(run("(1 + 2) * 3") == "[9]");
    CHECK(run("7 div 2") == "[3]");
    CHECK(run("-7 div 2") == "[-3]");
    CHECK(run("7 mod 2") == "[1]");
    CHECK(run("-7 mod 2") == "[-1]");
    CHECK(run("7 / 2") == "[3.5]");
    CHECK(run("9223372036854775807 + 1") == "Error:Overflow");
    CHECK(run("-9223372036854775807 - 2") == "Error:Overflow");
    CHECK(run("9223372036854775807 * 2") == "Error:Overflow");
    CHECK(run("9223372036854775808") == "Error:Overflow");
    CHECK(run("(-9223372036854775807 - 1) div -1") == "Error:Overflow");
    CHECK(run("(-9223372036854775807 - 1).abs()") == "Error:Overflow");
}

TEST_CASE("division by zero is empty, not an error", "[fhirpath][arithmetic]")
{
    CHECK(run("1 / 0") == "[]");
    CHECK(run("1.5 / 0.0") == "[]");
    CHECK(run("5 div 0") == "[]");
    CHECK(run("5 mod 0") == "[]");
    CHECK(run("5.5 mod 0") == "[]");
    CHECK(run("5 'mg' / 0 'mg'") == "[]");
}

TEST_CASE("decimal arithmetic keeps exact decimals", "[fhirpath][arithmetic]")
{
    CHECK(run("0.1 + 0.2 = 0.3") == "[true]");
    CHECK(run("0.1 + 0.2") == "[0.3]");
    CHECK(run("1.0 / 3") == "[0.33333333]");
    CHECK(run("1 / 3 * 3") == "[0.99999999]");
    CHECK(run("2.2 div 1.8") == "[1]");
    CHECK(run("2.2 mod 1.8") == "[0.4]");
    CHECK(run("-5.5 mod 2") == "[-1.5]");
    CHECK(run("1 + 1.5") == "[2.5]");
    CHECK(run("1.50 * 2") == "[3.00]");
}

TEST_CASE("every operator propagates an empty operand", "[fhirpath][empty]")
{
    for (const char *op : {"+", "-", "*", "/", "div", "mod", "<", "<=", ">", ">=", "=", "!=", "in"}) {
        INFO(op);
        CHECK(run((std::string("{} ") + op + " 1").c_str()) == "[]");
        if (std::string(op) != "in")
            CHECK(run((std::string("1 ") + op + " {}").c_str()) == "[]");
    }
    CHECK(run("-{}") == "[]");
    CHECK(run("{} is Integer") == "[]");
    CHECK(run("{} as Integer") == "[]");
    CHECK(run("{}.not()") == "[]");
    // & treats empty as the empty string, and ~ compares empty with empty as equivalent.
    CHECK(run("{} & 'a'") == "['a']");
    CHECK(run("{} ~ {}") == "[true]");
    CHECK(run("1 ~ {}") == "[false]");
    CHECK(run("1 in {}") == "[false]");
    CHECK(run("{} contains 1") == "[false]");
}

TEST_CASE("operands of the wrong type are errors", "[fhirpath][arithmetic]")
{
    CHECK(run("1 + 'a'") == "Error:TypeMismatch");
    CHECK(run("'a' - 'b'") == "Error:TypeMismatch");
    CHECK(run("true + 1") == "Error:TypeMismatch");
    CHECK(run("1 < 'a'") == "Error:TypeMismatch");
    CHECK(run("true < false") == "Error:TypeMismatch");
    CHECK(run("@2020 < @T10:00") == "Error:TypeMismatch");
    CHECK(run("-true") == "Error:TypeMismatch");
    CHECK(run("-'a'") == "Error:TypeMismatch");
    CHECK(run("1 & 'a'") == "Error:TypeMismatch");
    CHECK(run("(1 | 2) + 1") == "Error:NotSingleton");
}

TEST_CASE("strings concatenate with + and &", "[fhirpath][strings]")
{
    CHECK(run("'a' + 'b'") == "['ab']");
    CHECK(run("'a' + {}") == "[]");
    CHECK(run("'a' & {}") == "['a']");
    CHECK(run("'a' & 'b' & 'c'") == "['abc']");
}

TEST_CASE("comparisons order numbers, strings, dates and quantities", "[fhirpath][comparison]")
{
    CHECK(run("1 < 1.5") == "[true]");
    CHECK(run("2.0 >= 2") == "[true]");
    CHECK(run("'abc' < 'abd'") == "[true]");
    CHECK(run("'B' < 'a'") == "[true]"); // Unicode order
    CHECK(run("@2018-03-01 < @2018-03-02") == "[true]");
    CHECK(run("@2018-03 < @2018-03-01") == "[]");
    CHECK(run("@2018 < @2019-03-01") == "[true]");
    CHECK(run("@2018-03-01T10:00:00+01:00 < @2018-03-01T10:00:00Z") == "[true]");
    CHECK(run("@T10:00 > @T09:59:59.999") == "[true]");
    CHECK(run("@2018-01-01 < @2018-01-01T10:00") == "[]");
    CHECK(run("1 'kg' > 900 'g'") == "[true]");
    CHECK(run("1 '[lb_av]' < 1 'kg'") == "[true]");
    CHECK(run("1 'kg' < 1 'm'") == "[]"); // not commensurable
    CHECK(run("1 year > 11 months") == "[true]");
    CHECK(run("1 year > 364 days") == "[]"); // calendar years do not convert to days
    CHECK(run("25 'mo' > 2 'a'") == "[true]");
}

TEST_CASE("equality compares collections in order and is unknown across precisions", "[fhirpath][equality]")
{
    CHECK(run("(1 | 2) = (1 | 2)") == "[true]");
    CHECK(run("(1 | 2) = (2 | 1)") == "[false]");
    CHECK(run("(1 | 2) = 1") == "[false]");
    CHECK(run("1 = 1.0") == "[true]");
    CHECK(run("'a' = 'a '") == "[false]");
    CHECK(run("@2012 = @2012-01") == "[]");
    CHECK(run("@2012-01-01T10:30:31.0 = @2012-01-01T10:30:31") == "[true]");
    CHECK(run("@2012-01-01T10:30:31.1 = @2012-01-01T10:30:31") == "[false]");
    CHECK(run("1 'cm' = 10.0 'mm'") == "[true]");
    CHECK(run("1 'cm' = 1 's'") == "[]");
    CHECK(run("1 year = 1 'a'") == "[]");
    CHECK(run("1 year = 12 months") == "[true]");
    CHECK(run("1 week = 7 'd'") == "[true]");
    CHECK(run("1 second = 1 's'") == "[true]");
    CHECK(run("23 = 23 '1'") == "[true]");
    CHECK(run("true = 1") == "[false]");
    CHECK(run("@2012 = 2012") == "[false]");
}

TEST_CASE("equivalence ignores case, whitespace, order and extra precision", "[fhirpath][equality]")
{
    CHECK(run("'Hello  World' ~ 'hello world'") == "[true]");
    CHECK(run("' a' ~ 'a'") == "[true]");
    CHECK(run("(1 | 2) ~ (2 | 1)") == "[true]");
    CHECK(run("(1 | 2) ~ (1 | 3)") == "[false]");
    CHECK(run("1.2 / 1.8 ~ 0.67") == "[true]");
    CHECK(run("@2012 ~ @2012-01") == "[false]");
    CHECK(run("4 'g' ~ 4040 'mg'") == "[true]");
    CHECK(run("1 'kg' ~ 1 'm'") == "[false]");
    CHECK(run("'a' !~ 'A'") == "[false]");
}

TEST_CASE("in and contains test membership by equality", "[fhirpath][membership]")
{
    CHECK(run("2 in (1 | 2 | 3)") == "[true]");
    CHECK(run("2.0 in (1 | 2 | 3)") == "[true]");
    CHECK(run("'b' in ('a' | 'c')") == "[false]");
    CHECK(run("(1 | 2) contains 2") == "[true]");
    CHECK(run("(1 | 2) in (1 | 2)") == "Error:NotSingleton");
}

TEST_CASE("union removes duplicates and combine keeps them", "[fhirpath][collections]")
{
    CHECK(run("1 | 2 | 2 | 1.0") == "[1, 2]");
    CHECK(run("(1 | 2).combine(2)") == "[1, 2, 2]");
    CHECK(run("'a' | 'A'") == "['a', 'A']");
    CHECK(run("{} | {}") == "[]");
}

TEST_CASE("is and as test System types and FHIR types", "[fhirpath][types]")
{
    const NodePtr obs = json(R"({"resourceType":"Observation","valueQuantity":{"value":185,"unit":"lbs",
        "system":"http://unitsofmeasure.org","code":"[lb_av]"},"status":"final","valueAge":null})");
    REQUIRE(obs);
    CHECK(run("1 is Integer") == "[true]");
    CHECK(run("1 is System.Integer") == "[true]");
    CHECK(run("1 is Decimal") == "[false]");
    CHECK(run("1.0 is Decimal") == "[true]");
    CHECK(run("'a' is String") == "[true]");
    CHECK(run("@2020 is Date") == "[true]");
    CHECK(run("@2020 is DateTime") == "[false]");
    CHECK(run("@2020T is DateTime") == "[true]");
    CHECK(run("5 'mg' is Quantity") == "[true]");
    CHECK(run("Observation.value is Quantity", obs) == "[true]");
    CHECK(run("Observation.value is FHIR.Quantity", obs) == "[true]");
    CHECK(run("Observation.value is System.Quantity", obs) == "[false]");
    CHECK(run("Observation.status is code", obs) == "[true]");
    CHECK(run("Observation.status is string", obs) == "[true]"); // code derives from string
    CHECK(run("Observation.status is String", obs) == "[false]");
    CHECK(run("Observation is DomainResource", obs) == "[true]");
    CHECK(run("Observation is Resource", obs) == "[true]");
    CHECK(run("(Observation.value as Quantity).unit", obs) == "['lbs']");
    CHECK(run("(Observation.value as Period).start", obs) == "[]");
    CHECK(run("Observation.value.ofType(Quantity).value", obs) == "[185]");
    CHECK(run("(1 | 'a').ofType(String)") == "['a']");
    CHECK(run("(1 | 2) is Integer") == "Error:NotSingleton");
    CHECK(run("1 is Foo.Bar") == "Error:UnknownType");
}

TEST_CASE("operator precedence follows the grammar", "[fhirpath][parser]")
{
    CHECK(run("1 + 2 * 3 - 4 / 2") == "[5]");
    CHECK(run("(1 + 2 * 3 - 4 / 2) is Decimal") == "[true]"); // / always gives a Decimal
    CHECK(run("-2.abs()") == "[-2]");                         // unary minus applies to 2.abs()
    CHECK(run("(-2).abs()") == "[2]");
    CHECK(run("1 | 2 = 1 | 2") == "[true]"); // | binds tighter than =
    CHECK(run("true and false or true") == "[true]");
    CHECK(run("true or false and false") == "[true]"); // and before or
    CHECK(run("false implies false and false") == "[true]");
    CHECK(run("2 > 1 = true") == "[true]");
    CHECK(run("'a' & 'b' = 'ab'") == "[true]");
    CHECK(run("1 > 2 is Boolean") == "Error:TypeMismatch"); // 1 > (2 is Boolean)
}
