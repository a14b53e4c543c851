// System values on their own: exact decimals, partial date/times, quantities and units.
#include "app/forms/fhirpath/Values.h"
#include "FhirPathTestUtil.h"

#include <catch2/catch.hpp>

using namespace fhirpath_test;
using namespace veldwerk::fhirpath::detail;

namespace {

Decimal dec(const char *text)
{
    const auto d = Decimal::parse(QString::fromLatin1(text));
    REQUIRE(d);
    return *d;
}

std::string str(const std::optional<Decimal> &d)
{
    return d ? d->toString().toStdString() : std::string("overflow");
}

Temporal dt(Temporal::Kind kind, const char *text)
{
    const auto t = Temporal::parse(kind, QString::fromLatin1(text));
    REQUIRE(t);
    return *t;
}

} // namespace

TEST_CASE("decimals parse and print with the precision they were written with", "[fhirpath][decimal]")
{
    CHECK(dec("1.50").toString() == "1.50");
    CHECK(dec("-0.001").toString() == "-0.001");
    CHECK(dec("0").toString() == "0");
    CHECK(dec("1e3").toString() == "1000");
    CHECK(dec("1.5E-2").toString() == "0.015");
    CHECK(dec("1234567890987654321.0").toString() == "1234567890987654321.0");
    CHECK(dec("0.00000001").toString() == "0.00000001");
    // More decimals than the 28 kept are rounded, not refused.
    CHECK(dec("0.12345678901234567890123456789").toString() == "0.1234567890123456789012345679");
    CHECK_FALSE(Decimal::parse(u"1."));
    CHECK_FALSE(Decimal::parse(u".5"));
    CHECK_FALSE(Decimal::parse(u"1,5"));
    CHECK_FALSE(Decimal::parse(u""));
    CHECK_FALSE(Decimal::parse(u"1e999"));
    CHECK_FALSE(Decimal::parse(u"1234567890123456789012345678901234567890"));
}

TEST_CASE("decimal arithmetic is exact where binary floating point is not", "[fhirpath][decimal]")
{
    CHECK(str(add(dec("0.1"), dec("0.2"))) == "0.3");
    CHECK(str(subtract(dec("1.8"), dec("1.2"))) == "0.6");
    CHECK(str(multiply(dec("1.2"), dec("1.8"))) == "2.16");
    CHECK(str(add(dec("1.10"), dec("2"))) == "3.10");
    // Division: at least 8 decimals, rounded half away from zero, needless zeros dropped.
    CHECK(str(divide(dec("1"), dec("3"))) == "0.33333333");
    CHECK(str(divide(dec("2"), dec("3"))) == "0.66666667");
    CHECK(str(divide(dec("1.2"), dec("1.8"))) == "0.66666667");
    CHECK(str(divide(dec("1"), dec("2"))) == "0.5");
    CHECK(str(divide(dec("4.0"), dec("2.0"))) == "2.0");
    CHECK(str(divide(dec("-1"), dec("3"))) == "-0.33333333");
    CHECK(str(divide(dec("1"), dec("0.000000001"))) == "1000000000");
    CHECK_FALSE(divide(dec("1"), dec("0")));
}

TEST_CASE("decimal overflow is reported, never wrapped", "[fhirpath][decimal]")
{
    const Decimal big = dec("99999999999999999999999999999999999999");
    CHECK_FALSE(add(big, dec("1")));
    CHECK_FALSE(multiply(big, dec("10")));
    CHECK(str(subtract(big, dec("1"))) == "99999999999999999999999999999999999998");
    // Many decimals times many decimals: precision beyond 28 decimals is rounded away instead of overflowing.
    CHECK(str(multiply(dec("0.3333333333333333333333333333"), dec("0.3333333333333333333333333333")))
          == "0.1111111111111111111111111111");
}

TEST_CASE("decimals compare by value and are equivalent at the coarser precision", "[fhirpath][decimal]")
{
    CHECK(compare(dec("1.10"), dec("1.1")) == std::strong_ordering::equal);
    CHECK(compare(dec("-1.5"), dec("-1.25")) == std::strong_ordering::less);
    CHECK(compare(dec("0.0"), dec("-0")) == std::strong_ordering::equal);
    CHECK(compare(dec("10"), dec("9.99")) == std::strong_ordering::greater);
    CHECK(equivalent(dec("0.66666667"), dec("0.67")));
    CHECK_FALSE(equivalent(dec("0.66666667"), dec("0.6")));
    CHECK(equivalent(dec("4"), dec("4.040")));
}

TEST_CASE("decimal rounding modes follow the functions that use them", "[fhirpath][decimal]")
{
    CHECK(str(rescale(dec("2.5"), 0, Rounding::HalfUp)) == "3");
    CHECK(str(rescale(dec("-2.5"), 0, Rounding::HalfUp)) == "-2");
    CHECK(str(rescale(dec("-2.5"), 0, Rounding::HalfAwayFromZero)) == "-3");
    CHECK(str(rescale(dec("-2.1"), 0, Rounding::Floor)) == "-3");
    CHECK(str(rescale(dec("-2.1"), 0, Rounding::Ceiling)) == "-2");
    CHECK(str(rescale(dec("-1.56"), 0, Rounding::Truncate)) == "-1");
    CHECK(str(rescale(dec("3.14159"), 3, Rounding::HalfUp)) == "3.142");
    CHECK(str(rescale(dec("1.5"), 3, Rounding::HalfUp)) == "1.500");
}

TEST_CASE("dates, date/times and times parse at every precision and reject impossible values", "[fhirpath][temporal]")
{
    using K = Temporal::Kind;
    CHECK(dt(K::Date, "2015").toString() == "2015");
    CHECK(dt(K::Date, "2015-02").toString() == "2015-02");
    CHECK(dt(K::Date, "2016-02-29").toString() == "2016-02-29");
    CHECK(dt(K::DateTime, "2015-02-04T14:34:28.123+10:00").toString() == "2015-02-04T14:34:28.123+10:00");
    CHECK(dt(K::DateTime, "2015-02-04T14:34:28Z").toString() == "2015-02-04T14:34:28Z");
    CHECK(dt(K::DateTime, "2015-02-04").toLiteral() == "@2015-02-04T");
    CHECK(dt(K::Time, "14:34").toLiteral() == "@T14:34");
    CHECK_FALSE(Temporal::parse(K::Date, u"2015-02-29"));
    CHECK_FALSE(Temporal::parse(K::Date, u"2015-13"));
    CHECK_FALSE(Temporal::parse(K::Date, u"15-01-01"));
    CHECK_FALSE(Temporal::parse(K::DateTime, u"2015-02-04T24:00"));
    CHECK_FALSE(Temporal::parse(K::DateTime, u"2015-02T10:00"));
    CHECK_FALSE(Temporal::parse(K::Time, u"14:34:28Z"));
    CHECK_FALSE(Temporal::parse(K::Time, u"14:60"));
}

TEST_CASE("partial dates compare as far as both are known, otherwise the answer is unknown", "[fhirpath][temporal]")
{
    using K = Temporal::Kind;
    CHECK(compare(dt(K::Date, "2012"), dt(K::Date, "2013")) == PartialOrder::Less);
    CHECK(compare(dt(K::Date, "2012-01"), dt(K::Date, "2012")) == PartialOrder::Unknown);
    CHECK(compare(dt(K::Date, "2012-01"), dt(K::Date, "2013")) == PartialOrder::Less);
    CHECK(compare(dt(K::DateTime, "2012-01-01T10:30:31.0"), dt(K::DateTime, "2012-01-01T10:30:31"))
          == PartialOrder::Equal);
    CHECK(compare(dt(K::DateTime, "2017-11-05T01:30:00.0-04:00"), dt(K::DateTime, "2017-11-05T00:30:00.0-05:00"))
          == PartialOrder::Equal);
    // One offset missing: the dates still compare, the times do not.
    CHECK(compare(dt(K::DateTime, "2012-04-15T15:00:00Z"), dt(K::DateTime, "2012-04-15T10:00:00"))
          == PartialOrder::Unknown);
    CHECK(compare(dt(K::DateTime, "2012-04-16T15:00:00Z"), dt(K::DateTime, "2012-04-15T10:00:00"))
          == PartialOrder::Greater);
    CHECK_FALSE(compare(dt(K::Date, "2012"), dt(K::Time, "10:00")));
    CHECK(compare(dt(K::Date, "2012-04-15"), dt(K::DateTime, "2012-04-15T10:00")) == PartialOrder::Unknown);
}

TEST_CASE("calendar arithmetic clamps to the end of the month and respects precision", "[fhirpath][temporal]")
{
    using K = Temporal::Kind;
    auto plus = [](const Temporal &t, const char *value, const char *unit, bool minus = false) {
        const auto r =
            addDuration(t, Quantity{*Decimal::parse(QString::fromLatin1(value)), QString::fromLatin1(unit)}, minus);
        return r ? r->toLiteral().toStdString() : std::string("none");
    };
    CHECK(plus(dt(K::Date, "2020-01-31"), "1", "month") == "@2020-02-29");
    CHECK(plus(dt(K::Date, "2019-01-31"), "1", "month") == "@2019-02-28");
    CHECK(plus(dt(K::Date, "2020-02-29"), "1", "year") == "@2021-02-28");
    CHECK(plus(dt(K::Date, "2020-12-31"), "1", "day") == "@2021-01-01");
    CHECK(plus(dt(K::Date, "2020-03-01"), "1", "day", true) == "@2020-02-29");
    CHECK(plus(dt(K::Date, "2020-01-01"), "2", "wk") == "@2020-01-15");
    // At year precision only whole years count (FHIRPath §6.6.1: @2014 + 24 months = @2016).
    CHECK(plus(dt(K::Date, "2014"), "24", "month") == "@2016");
    CHECK(plus(dt(K::Date, "2014"), "11", "month") == "@2014");
    CHECK(plus(dt(K::DateTime, "2020-01-01T23:30"), "45", "minute") == "@2020-01-02T00:15");
    CHECK(plus(dt(K::Time, "23:30"), "1", "hour") == "@T00:30");
    CHECK(plus(dt(K::Date, "2020-01-01"), "1.9", "day") == "@2020-01-02");
    CHECK(plus(dt(K::Date, "2020-01-01"), "1", "a") == "none"); // UCUM years are not calendar years
    CHECK(plus(dt(K::Date, "9999-12-31"), "1", "day") == "none");
}

TEST_CASE("quantities convert between the supported UCUM units of one dimension", "[fhirpath][quantity]")
{
    auto conv = [](const char *value, const char *from, const char *to) {
        const auto q = convert(Quantity{*Decimal::parse(QString::fromLatin1(value)), QString::fromLatin1(from)},
                               QString::fromLatin1(to));
        return q ? normalized(q->value).toString().toStdString() : std::string("none");
    };
    CHECK(conv("1", "kg", "g") == "1000");
    CHECK(conv("1", "[lb_av]", "g") == "453.59237");
    CHECK(conv("16", "[oz_av]", "[lb_av]") == "1");
    CHECK(conv("1", "[ft_i]", "[in_i]") == "12");
    CHECK(conv("2.54", "cm", "[in_i]") == "1");
    CHECK(conv("1", "wk", "d") == "7");
    CHECK(conv("1", "a", "d") == "365.25");
    CHECK(conv("1", "week", "d") == "7"); // calendar week = 7 days by definition
    CHECK(conv("1", "year", "month") == "12");
    CHECK(conv("1", "year", "a") == "none"); // calendar year and UCUM year do not mix
    CHECK(conv("1", "month", "d") == "none");
    CHECK(conv("1", "kg", "m") == "none");
    CHECK(conv("1", "m2", "cm2") == "10000");
    CHECK(conv("1", "g/m", "mg/mm") == "1");
    CHECK(conv("1", "furlong", "m") == "none");
}

TEST_CASE("quantity text follows FHIRPath's literal form", "[fhirpath][quantity]")
{
    CHECK(quantityText(Quantity{dec("5.0"), QStringLiteral("mg")}) == "5.0 'mg'");
    CHECK(parseQuantity(u"4 days")->unit == "day");
    CHECK(parseQuantity(u"1 'wk'")->unit == "wk");
    CHECK(parseQuantity(u"1.5")->unit == "1");
    CHECK_FALSE(parseQuantity(u"1 wk"));
    CHECK_FALSE(parseQuantity(u"abc 'mg'"));
}
