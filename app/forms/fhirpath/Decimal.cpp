// Exact decimal arithmetic for FHIRPath Decimal (FHIRPath §2.1.20.1: a step of 10^-8 at least; here up to 28
// decimals). A 128-bit mantissa and a scale; every operation checks for overflow instead of wrapping.
#include "app/forms/fhirpath/Values.h"

#include <array>
#include <cassert>
#include <cmath>

namespace veldwerk::fhirpath {

namespace {

using u128 = unsigned __int128;
using i128 = __int128;

// 10^0 .. 10^38; 10^38 < 2^127.
constexpr std::array<u128, 39> makePowers()
{
    std::array<u128, 39> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i)
        p[i] = p[i - 1] * 10;
    return p;
}
constexpr auto kPow10 = makePowers();
// Mantissas stay below 10^38 in magnitude, so that a remainder times ten still fits unsigned 128 bits.
constexpr u128 kLimit = kPow10[38];

// A 256-bit unsigned integer as four 64-bit limbs, least significant first: just enough for exact products.
struct U256 {
    std::uint64_t limb[4] = {0, 0, 0, 0};

    unsigned divide10()
    {
        u128 rem = 0;
        for (int i = 3; i >= 0; --i) {
            const u128 cur = (rem << 64) | limb[i];
            limb[i] = static_cast<std::uint64_t>(cur / 10);
            rem = cur % 10;
        }
        return static_cast<unsigned>(rem);
    }
    bool fitsBelow(u128 limit) const { return limb[2] == 0 && limb[3] == 0 && low128() < limit; }
    u128 low128() const { return (u128(limb[1]) << 64) | limb[0]; }
};

U256 mul128(u128 a, u128 b)
{
    const std::uint64_t a0 = static_cast<std::uint64_t>(a), a1 = static_cast<std::uint64_t>(a >> 64);
    const std::uint64_t b0 = static_cast<std::uint64_t>(b), b1 = static_cast<std::uint64_t>(b >> 64);
    U256 r;
    const u128 p00 = u128(a0) * b0;
    const u128 p01 = u128(a0) * b1;
    const u128 p10 = u128(a1) * b0;
    const u128 p11 = u128(a1) * b1;
    r.limb[0] = static_cast<std::uint64_t>(p00);
    u128 mid = (p00 >> 64) + static_cast<std::uint64_t>(p01) + static_cast<std::uint64_t>(p10);
    r.limb[1] = static_cast<std::uint64_t>(mid);
    u128 high = (mid >> 64) + (p01 >> 64) + (p10 >> 64) + static_cast<std::uint64_t>(p11);
    r.limb[2] = static_cast<std::uint64_t>(high);
    r.limb[3] = static_cast<std::uint64_t>((high >> 64) + (p11 >> 64));
    return r;
}

u128 magnitude(i128 v)
{
    return v < 0 ? u128(0) - u128(v) : u128(v);
}

std::optional<i128> signedFrom(u128 mag, bool negative)
{
    if (mag >= kLimit)
        return std::nullopt;
    return negative ? -i128(mag) : i128(mag);
}

// Divides a magnitude by 10^digits with the given rounding, the sign given separately (for floor and ceiling).
u128 divideRounded(u128 mag, int digits, detail::Rounding rounding, bool negative)
{
    if (digits <= 0)
        return mag;
    if (digits > 38)
        digits = 38;
    const u128 div = kPow10[static_cast<std::size_t>(digits)];
    u128 q = mag / div;
    const u128 r = mag % div;
    if (r == 0)
        return q;
    switch (rounding) {
    case detail::Rounding::Truncate:
        break;
    case detail::Rounding::HalfAwayFromZero:
        if (r * 2 >= div)
            ++q;
        break;
    case detail::Rounding::HalfUp:
        // Towards +infinity at exactly one half: 2.5 -> 3, -2.5 -> -2.
        if (negative ? r * 2 > div : r * 2 >= div)
            ++q;
        break;
    case detail::Rounding::Floor:
        if (negative)
            ++q;
        break;
    case detail::Rounding::Ceiling:
        if (!negative)
            ++q;
        break;
    }
    return q;
}

} // namespace

Decimal Decimal::fromInteger(std::int64_t value)
{
    return fromParts(value, 0);
}

Decimal Decimal::fromParts(__int128 mantissa, int scale)
{
    assert(scale >= 0 && scale <= maxScale && magnitude(mantissa) < kLimit);
    Decimal d;
    d.m_mantissa = mantissa;
    d.m_scale = scale;
    return d;
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    u128 mag = 0;
    int scale = 0;
    int digits = 0;
    bool truncated = false; // fraction digits beyond what fits: rounded away
    bool roundUp = false;
    while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
        const unsigned d = text[i].unicode() - '0';
        if (mag > (kLimit - 1 - d) / 10)
            return std::nullopt; // integer part too large
        mag = mag * 10 + d;
        ++digits;
        ++i;
    }
    if (digits == 0)
        return std::nullopt;
    if (i < n && text[i] == u'.') {
        ++i;
        int fraction = 0;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            const unsigned d = text[i].unicode() - '0';
            if (!truncated && scale < maxScale && mag <= (kLimit - 1 - d) / 10) {
                mag = mag * 10 + d;
                ++scale;
            } else if (!truncated) {
                truncated = true;
                roundUp = d >= 5;
            }
            ++fraction;
            ++i;
        }
        if (fraction == 0)
            return std::nullopt;
    }
    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negExp = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            negExp = text[i] == u'-';
            ++i;
        }
        int expDigits = 0;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            exponent = exponent * 10 + (text[i].unicode() - '0');
            if (exponent > 400)
                return std::nullopt;
            ++expDigits;
            ++i;
        }
        if (expDigits == 0)
            return std::nullopt;
        if (negExp)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    if (roundUp) {
        ++mag;
        if (mag >= kLimit)
            return std::nullopt;
    }
    scale -= exponent;
    while (scale < 0) {
        if (mag > (kLimit - 1) / 10)
            return std::nullopt;
        mag *= 10;
        ++scale;
    }
    if (scale > maxScale) {
        mag = divideRounded(mag, scale - maxScale, detail::Rounding::HalfAwayFromZero, negative);
        scale = maxScale;
    }
    const auto m = signedFrom(mag, negative);
    if (!m)
        return std::nullopt;
    return fromParts(*m, scale);
}

QString Decimal::toString() const
{
    u128 mag = magnitude(m_mantissa);
    char buf[64];
    int len = 0;
    do {
        buf[len++] = static_cast<char>('0' + static_cast<int>(mag % 10));
        mag /= 10;
    } while (mag != 0);
    while (len <= m_scale)
        buf[len++] = '0';
    QString out;
    out.reserve(len + 2);
    if (m_mantissa < 0)
        out += u'-';
    for (int i = len - 1; i >= 0; --i) {
        out += QLatin1Char(buf[i]);
        if (i == m_scale && i != 0)
            out += u'.';
    }
    return out;
}

double Decimal::toDouble() const
{
    return toString().toDouble();
}

namespace detail {

QString decimalText(const Decimal &d)
{
    return d.toString();
}

std::optional<Decimal> rescale(const Decimal &a, int scale, Rounding rounding)
{
    if (scale < 0 || scale > Decimal::maxScale)
        return std::nullopt;
    const bool negative = a.mantissa() < 0;
    u128 mag = magnitude(a.mantissa());
    if (scale >= a.scale()) {
        const int up = scale - a.scale();
        if (mag != 0 && mag >= kLimit / kPow10[static_cast<std::size_t>(up)])
            return std::nullopt;
        mag *= kPow10[static_cast<std::size_t>(up)];
    } else {
        mag = divideRounded(mag, a.scale() - scale, rounding, negative);
    }
    const auto m = signedFrom(mag, negative && mag != 0);
    if (!m)
        return std::nullopt;
    return Decimal::fromParts(*m, scale);
}

Decimal normalized(const Decimal &a)
{
    i128 m = a.mantissa();
    int s = a.scale();
    while (s > 0 && m % 10 == 0) {
        m /= 10;
        --s;
    }
    return Decimal::fromParts(m, s);
}

std::optional<Decimal> add(const Decimal &a, const Decimal &b)
{
    const int s = std::max(a.scale(), b.scale());
    auto x = rescale(a, s, Rounding::Truncate);
    auto y = rescale(b, s, Rounding::Truncate);
    if (!x || !y)
        return std::nullopt;
    i128 sum;
    if (__builtin_add_overflow(x->mantissa(), y->mantissa(), &sum))
        return std::nullopt;
    if (magnitude(sum) >= kLimit)
        return std::nullopt;
    return Decimal::fromParts(sum, s);
}

std::optional<Decimal> negate(const Decimal &a)
{
    return Decimal::fromParts(-a.mantissa(), a.scale());
}

std::optional<Decimal> subtract(const Decimal &a, const Decimal &b)
{
    return add(a, *negate(b));
}

std::optional<Decimal> multiply(const Decimal &a, const Decimal &b)
{
    // The exact product in 256 bits, then rounded to at most maxScale decimals and 38 digits, so that
    // 0.333...3 (28 decimals) squared keeps all the precision a Decimal can hold.
    U256 p = mul128(magnitude(a.mantissa()), magnitude(b.mantissa()));
    int scale = a.scale() + b.scale();
    unsigned lastDigit = 0;
    bool dropped = false;
    while (scale > Decimal::maxScale || !p.fitsBelow(kLimit)) {
        if (scale == 0)
            return std::nullopt; // a whole number too large
        lastDigit = p.divide10();
        dropped = true;
        --scale;
    }
    u128 mag = p.low128();
    if (dropped && lastDigit >= 5) {
        ++mag; // half away from zero
        if (mag >= kLimit)
            return std::nullopt;
    }
    const bool negative = (a.mantissa() < 0) != (b.mantissa() < 0);
    return Decimal::fromParts(negative ? -i128(mag) : i128(mag), scale);
}

std::optional<Decimal> divide(const Decimal &a, const Decimal &b)
{
    if (b.isZero())
        return std::nullopt;
    Decimal x = normalized(a);
    Decimal y = normalized(b);
    // Keep the divisor below 10^37 so remainder * 10 stays within 128 bits.
    while (magnitude(y.mantissa()) >= kPow10[37]) {
        if (y.scale() == 0)
            return Decimal::fromInteger(0);
        y = *rescale(y, y.scale() - 1, Rounding::HalfAwayFromZero);
    }
    const int target = std::min(Decimal::maxScale, std::max({8, a.scale(), b.scale()}));
    const int keep = a.scale();
    const bool negative = (x.mantissa() < 0) != (y.mantissa() < 0);
    const u128 num = magnitude(x.mantissa());
    const u128 den = magnitude(y.mantissa());
    // value = num/den * 10^(y.scale - x.scale); mantissa at `target` = num * 10^k / den.
    int k = target - x.scale() + y.scale();
    u128 q = num / den;
    u128 r = num % den;
    if (k < 0) {
        // More decimals in the dividend than wanted: divide the quotient down with rounding.
        const u128 scaled = q;
        q = divideRounded(scaled, -k, Rounding::HalfAwayFromZero, negative);
        k = 0;
        r = 0;
    }
    for (int i = 0; i < k; ++i) {
        if (q > (kLimit - 1) / 10)
            return std::nullopt;
        r *= 10;
        q = q * 10 + r / den;
        r %= den;
    }
    if (r != 0 && (r * 2) >= den)
        ++q;
    const auto m = signedFrom(q, negative && q != 0);
    if (!m)
        return std::nullopt;
    Decimal result = Decimal::fromParts(*m, target);
    // Trailing zeros beyond the dividend's own precision carry no information: 1 / 2 is 0.5, 4.0 / 2.0 is 2.0.
    i128 mm = result.mantissa();
    int s = result.scale();
    while (s > keep && mm % 10 == 0) {
        mm /= 10;
        --s;
    }
    return Decimal::fromParts(mm, s);
}

std::strong_ordering compare(const Decimal &a, const Decimal &b)
{
    const bool na = a.mantissa() < 0;
    const bool nb = b.mantissa() < 0;
    if (a.isZero() && b.isZero())
        return std::strong_ordering::equal;
    if (na != nb)
        return na ? std::strong_ordering::less : std::strong_ordering::greater;
    const u128 ma = magnitude(a.mantissa());
    const u128 mb = magnitude(b.mantissa());
    const u128 ia = ma / kPow10[static_cast<std::size_t>(a.scale())];
    const u128 ib = mb / kPow10[static_cast<std::size_t>(b.scale())];
    std::strong_ordering mag = std::strong_ordering::equal;
    if (ia != ib) {
        mag = ia < ib ? std::strong_ordering::less : std::strong_ordering::greater;
    } else {
        const int s = std::max(a.scale(), b.scale());
        const u128 fa =
            (ma % kPow10[static_cast<std::size_t>(a.scale())]) * kPow10[static_cast<std::size_t>(s - a.scale())];
        const u128 fb =
            (mb % kPow10[static_cast<std::size_t>(b.scale())]) * kPow10[static_cast<std::size_t>(s - b.scale())];
        if (fa != fb)
            mag = fa < fb ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    if (!na)
        return mag;
    if (mag == std::strong_ordering::less)
        return std::strong_ordering::greater;
    if (mag == std::strong_ordering::greater)
        return std::strong_ordering::less;
    return mag;
}

bool equivalent(const Decimal &a, const Decimal &b)
{
    const int s = std::min(a.scale(), b.scale());
    const auto x = rescale(a, s, Rounding::HalfAwayFromZero);
    const auto y = rescale(b, s, Rounding::HalfAwayFromZero);
    return x && y && compare(*x, *y) == std::strong_ordering::equal;
}

std::optional<std::int64_t> toInteger(const Decimal &a)
{
    const Decimal n = normalized(a);
    if (n.scale() != 0)
        return std::nullopt;
    if (n.mantissa() > std::numeric_limits<std::int64_t>::max()
        || n.mantissa() < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return static_cast<std::int64_t>(n.mantissa());
}

std::optional<Decimal> fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const auto d = Decimal::parse(QString::number(value, 'g', 15));
    if (!d)
        return std::nullopt;
    return normalized(*d);
}

std::optional<std::int64_t> parseInteger(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    if (i >= text.size())
        return std::nullopt;
    u128 mag = 0;
    for (; i < text.size(); ++i) {
        if (!text[i].isDigit() || text[i].unicode() >= 128)
            return std::nullopt;
        mag = mag * 10 + (text[i].unicode() - '0');
        if (mag > u128(std::numeric_limits<std::int64_t>::max()) + 1)
            return std::nullopt;
    }
    if (!negative && mag > u128(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    return negative ? static_cast<std::int64_t>(-i128(mag)) : static_cast<std::int64_t>(mag);
}

} // namespace detail
} // namespace veldwerk::fhirpath
