#pragma once

// Internal: arithmetic and comparison of the System values (Decimal, Temporal, Quantity). Not part of the public
// API; the evaluator and the tests use it.

#include "app/forms/fhirpath/FhirPath.h"

#include <compare>
#include <optional>

namespace veldwerk::fhirpath::detail {

// ---- Decimal ------------------------------------------------------------------------------------------------------

// Rounding modes FHIRPath needs: round() rounds half up (towards +infinity for .5, as "traditional" rounding and
// fhirpath.js do); division and scale reduction round half away from zero; truncate() and div cut.
enum class Rounding { HalfUp, HalfAwayFromZero, Truncate, Floor, Ceiling };

std::optional<Decimal> add(const Decimal &a, const Decimal &b);
std::optional<Decimal> subtract(const Decimal &a, const Decimal &b);
std::optional<Decimal> multiply(const Decimal &a, const Decimal &b);
// Division to max(8, a.scale, b.scale) decimals (FHIRPath: Decimal has a step of 10^-8), trailing zeros beyond the
// dividend's own scale removed. Empty optional: overflow; the caller checks b for zero first.
std::optional<Decimal> divide(const Decimal &a, const Decimal &b);
std::optional<Decimal> negate(const Decimal &a);
std::optional<Decimal> rescale(const Decimal &a, int scale, Rounding rounding); // to exactly `scale` decimals
Decimal normalized(const Decimal &a);                                           // trailing zeros removed
std::strong_ordering compare(const Decimal &a, const Decimal &b);
bool equivalent(const Decimal &a, const Decimal &b); // equal when rounded to the smaller scale
// Integer value when the decimal is whole and fits 64 bits.
std::optional<std::int64_t> toInteger(const Decimal &a);
std::optional<Decimal> fromDouble(double value); // 15 significant digits; empty for NaN and infinities

// ---- Temporal -----------------------------------------------------------------------------------------------------

// Result of comparing partial date/times (FHIRPath §6.1.1, §6.2): less, equal, greater, or unknown (empty) when the
// values stop at different precisions or one has a timezone offset and the other has none beyond the date.
enum class PartialOrder { Less, Equal, Greater, Unknown };
// Date and DateTime compare with each other (Date converts implicitly); Time only with Time. nullopt: the kinds are
// not comparable.
std::optional<PartialOrder> compare(const Temporal &a, const Temporal &b);
bool equivalent(const Temporal &a, const Temporal &b); // ~ : different precision is false, not empty
Temporal toDateTime(const Temporal &date);
// Adds a calendar quantity (FHIRPath §6.6.1 date arithmetic); empty when the unit is not a time unit or the result
// is out of range. For a Date only whole days and coarser units count.
std::optional<Temporal> addDuration(const Temporal &t, const Quantity &q, bool subtract);
Temporal fromQDateTime(const QDateTime &dt, Temporal::Kind kind);
bool isValidDay(int year, int month, int day);

// ---- Quantity and units -------------------------------------------------------------------------------------------

// The canonical form of a unit: a factor to base units and the exponents of the base dimensions it spans.
struct UnitInfo {
    Decimal factor;            // value in base units = value * factor
    std::int8_t mass = 0;      // g
    std::int8_t length = 0;    // m
    std::int8_t time = 0;      // s
    bool calendarYear = false; // calendar year/month (factor in months): commensurable only with each other
};

// Parses a UCUM unit expression over the supported atoms (docs/fhirpath.md), or a calendar keyword. Empty when not
// supported.
std::optional<UnitInfo> unitInfo(const QString &unit);
// The calendar keyword for a FHIRPath duration word ("years" -> "year"); empty when not one.
QString calendarKeyword(QStringView word);
// Converts q to the unit `target`; empty when not commensurable or unsupported.
std::optional<Quantity> convert(const Quantity &q, const QString &target);
// Comparison after conversion; nullopt when not commensurable.
std::optional<std::strong_ordering> compare(const Quantity &a, const Quantity &b);
std::optional<bool> equivalent(const Quantity &a, const Quantity &b);
std::optional<Quantity> multiply(const Quantity &a, const Quantity &b);
std::optional<Quantity> divide(const Quantity &a, const Quantity &b);
std::optional<Quantity> addQuantities(const Quantity &a, const Quantity &b, bool subtract);
// The FHIRPath string form: 5 'mg', 4 days -> "4 'day'" (spec: calendar units quoted).
QString quantityText(const Quantity &q);
// Parses "5 'mg'", "4 days", "1.5" (unit '1') as toQuantity() accepts.
std::optional<Quantity> parseQuantity(QStringView text);

// ---- Strings ------------------------------------------------------------------------------------------------------

QString decimalText(const Decimal &d);
std::optional<std::int64_t> parseInteger(QStringView text);

} // namespace veldwerk::fhirpath::detail
