// Quantities: a small UCUM subset (weight, length, time, volume, dimensionless) and FHIRPath calendar durations,
// with conversion for comparison and arithmetic (FHIRPath §6.1 Quantity equality, §6.6 math on quantities).
// The supported atoms are listed in docs/fhirpath.md; any other unit is "not supported", which makes comparisons
// empty rather than wrong.
#include "app/forms/fhirpath/Values.h"

namespace veldwerk::fhirpath {

namespace {

using detail::UnitInfo;

struct Atom {
    const char *code;
    const char *factor; // in base units g, m, s
    std::int8_t mass, length, time;
};

// UCUM definitions (unitsofmeasure.org): [lb_av] = 453.59237 g, [oz_av] = 1/16 [lb_av], [in_i] = 2.54 cm,
// [ft_i] = 12 [in_i], a = 365.25 d (Julian year), mo = a/12, L = dm3.
constexpr Atom kAtoms[] = {
    {"g", "1", 1, 0, 0},
    {"kg", "1000", 1, 0, 0},
    {"mg", "0.001", 1, 0, 0},
    {"ug", "0.000001", 1, 0, 0},
    {"[lb_av]", "453.59237", 1, 0, 0},
    {"[oz_av]", "28.349523125", 1, 0, 0},
    {"m", "1", 0, 1, 0},
    {"cm", "0.01", 0, 1, 0},
    {"mm", "0.001", 0, 1, 0},
    {"km", "1000", 0, 1, 0},
    {"[in_i]", "0.0254", 0, 1, 0},
    {"[ft_i]", "0.3048", 0, 1, 0},
    {"L", "0.001", 0, 3, 0},
    {"l", "0.001", 0, 3, 0},
    {"dL", "0.0001", 0, 3, 0},
    {"mL", "0.000001", 0, 3, 0},
    {"s", "1", 0, 0, 1},
    {"ms", "0.001", 0, 0, 1},
    {"min", "60", 0, 0, 1},
    {"h", "3600", 0, 0, 1},
    {"d", "86400", 0, 0, 1},
    {"wk", "604800", 0, 0, 1},
    {"mo", "2629800", 0, 0, 1},
    {"a", "31557600", 0, 0, 1},
    {"%", "0.01", 0, 0, 0},
    {"1", "1", 0, 0, 0},
};

// FHIRPath calendar duration keywords (§2.1.20.5), singular. Week and smaller equal their UCUM namesakes; year and
// month are commensurable only with each other.
struct Calendar {
    const char *word;
    const char *factor;
    bool yearMonth;
};
constexpr Calendar kCalendar[] = {
    {"year", "12", true},    {"month", "1", true},    {"week", "604800", false}, {"day", "86400", false},
    {"hour", "3600", false}, {"minute", "60", false}, {"second", "1", false},    {"millisecond", "0.001", false},
};

std::optional<UnitInfo> atomInfo(QStringView code)
{
    for (const Atom &a : kAtoms) {
        if (code == QLatin1String(a.code)) {
            UnitInfo u{*Decimal::parse(QString::fromLatin1(a.factor)), a.mass, a.length, a.time};
            return u;
        }
    }
    return std::nullopt;
}

std::optional<UnitInfo> power(const UnitInfo &u, int exponent)
{
    if (exponent == 1)
        return u;
    UnitInfo r{Decimal::fromInteger(1)};
    const int n = exponent < 0 ? -exponent : exponent;
    for (int i = 0; i < n; ++i) {
        const auto f = detail::multiply(r.factor, u.factor);
        if (!f)
            return std::nullopt;
        r.factor = *f;
    }
    if (exponent < 0) {
        const auto f = detail::divide(Decimal::fromInteger(1), r.factor);
        if (!f)
            return std::nullopt;
        r.factor = *f;
    }
    r.mass = static_cast<std::int8_t>(u.mass * exponent);
    r.length = static_cast<std::int8_t>(u.length * exponent);
    r.time = static_cast<std::int8_t>(u.time * exponent);
    return r;
}

std::optional<UnitInfo> combine(const UnitInfo &a, const UnitInfo &b, bool divide)
{
    const auto f = divide ? detail::divide(a.factor, b.factor) : detail::multiply(a.factor, b.factor);
    if (!f)
        return std::nullopt;
    UnitInfo r{*f};
    const int sign = divide ? -1 : 1;
    r.mass = static_cast<std::int8_t>(a.mass + sign * b.mass);
    r.length = static_cast<std::int8_t>(a.length + sign * b.length);
    r.time = static_cast<std::int8_t>(a.time + sign * b.time);
    return r;
}

// UCUM term grammar (subset): term := component (('.' | '/') component)*; component := '(' term ')' | annotation |
// atom exponent? annotation?; annotation := '{' ... '}' (dimensionless). A leading '/' means 1/x.
class UnitParser {
public:
    explicit UnitParser(QStringView text)
        : m_text(text)
    {
    }

    std::optional<UnitInfo> parse()
    {
        auto r = term(0);
        if (!r || m_pos != m_text.size())
            return std::nullopt;
        return r;
    }

private:
    std::optional<UnitInfo> term(int depth)
    {
        if (depth > 8)
            return std::nullopt;
        std::optional<UnitInfo> acc;
        if (peek() == u'/') {
            acc = UnitInfo{Decimal::fromInteger(1)};
        } else {
            acc = component(depth);
            if (!acc)
                return std::nullopt;
        }
        while (peek() == u'.' || peek() == u'/') {
            const bool div = peek() == u'/';
            ++m_pos;
            const auto next = component(depth);
            if (!next)
                return std::nullopt;
            acc = combine(*acc, *next, div);
            if (!acc)
                return std::nullopt;
        }
        return acc;
    }

    std::optional<UnitInfo> component(int depth)
    {
        if (peek() == u'(') {
            ++m_pos;
            auto inner = term(depth + 1);
            if (!inner || peek() != u')')
                return std::nullopt;
            ++m_pos;
            return inner;
        }
        if (peek() == u'{')
            return annotation() ? std::optional<UnitInfo>(UnitInfo{Decimal::fromInteger(1)}) : std::nullopt;
        // The atom: a bracketed code, or letters/'%', or the digits of a pure number ("1", "10").
        const qsizetype start = m_pos;
        if (peek() == u'[') {
            while (m_pos < m_text.size() && m_text[m_pos] != u']')
                ++m_pos;
            if (m_pos >= m_text.size())
                return std::nullopt;
            ++m_pos;
        } else if (peek().isDigit()) {
            while (peek().isDigit())
                ++m_pos;
            const auto value = detail::parseInteger(m_text.mid(start, m_pos - start));
            if (!value || *value != 1) // only the unity "1"; "10*3" style factors are not supported
                return std::nullopt;
            if (peek() == u'{' && !annotation())
                return std::nullopt;
            return UnitInfo{Decimal::fromInteger(1)};
        } else {
            while (peek().isLetter() || peek() == u'%' || peek() == u'_')
                ++m_pos;
        }
        const QStringView code = m_text.mid(start, m_pos - start);
        if (code.isEmpty())
            return std::nullopt;
        auto info = atomInfo(code);
        if (!info)
            return std::nullopt;
        // Exponent: optional sign and digits (m2, s-1).
        if (peek() == u'-' || peek() == u'+' || peek().isDigit()) {
            const qsizetype expStart = m_pos;
            if (peek() == u'-' || peek() == u'+')
                ++m_pos;
            while (peek().isDigit())
                ++m_pos;
            const auto e = detail::parseInteger(m_text.mid(expStart, m_pos - expStart));
            if (!e || *e == 0 || *e > 4 || *e < -4)
                return std::nullopt;
            info = power(*info, static_cast<int>(*e));
            if (!info)
                return std::nullopt;
        }
        if (peek() == u'{' && !annotation())
            return std::nullopt;
        return info;
    }

    bool annotation()
    {
        ++m_pos; // '{'
        while (m_pos < m_text.size() && m_text[m_pos] != u'}')
            ++m_pos;
        if (m_pos >= m_text.size())
            return false;
        ++m_pos;
        return true;
    }

    QChar peek() const { return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }

    QStringView m_text;
    qsizetype m_pos = 0;
};

bool sameDimension(const UnitInfo &a, const UnitInfo &b)
{
    // Calendar years and months convert only into each other: they are not UCUM a/mo, nor a number of days
    // (FHIRPath: 1 year = 1 'a' is empty).
    if (a.calendarYear || b.calendarYear)
        return a.calendarYear && b.calendarYear;
    return a.mass == b.mass && a.length == b.length && a.time == b.time;
}

std::optional<Decimal> toBase(const Quantity &q, const UnitInfo &u)
{
    return detail::multiply(q.value, u.factor);
}

} // namespace

bool Quantity::isCalendarDuration() const
{
    for (const Calendar &c : kCalendar) {
        if (unit == QLatin1String(c.word))
            return true;
    }
    return false;
}

namespace detail {

QString calendarKeyword(QStringView word)
{
    for (const Calendar &c : kCalendar) {
        const QLatin1String w(c.word);
        if (word == w)
            return w;
        if (word.size() == w.size() + 1 && word.startsWith(w) && word.back() == u's')
            return w;
    }
    return {};
}

std::optional<UnitInfo> unitInfo(const QString &unit)
{
    if (unit.size() > 64)
        return std::nullopt;
    for (const Calendar &c : kCalendar) {
        if (unit == QLatin1String(c.word)) {
            UnitInfo u{*Decimal::parse(QString::fromLatin1(c.factor))};
            if (c.yearMonth) {
                u.calendarYear = true;
            } else {
                u.time = 1;
            }
            return u;
        }
    }
    return UnitParser(unit).parse();
}

std::optional<Quantity> convert(const Quantity &q, const QString &target)
{
    if (q.unit == target)
        return q;
    const auto from = unitInfo(q.unit);
    const auto to = unitInfo(target);
    if (!from || !to || !sameDimension(*from, *to))
        return std::nullopt;
    const auto base = toBase(q, *from);
    if (!base)
        return std::nullopt;
    const auto value = divide(*base, to->factor);
    if (!value)
        return std::nullopt;
    return Quantity{*value, target};
}

namespace {

// Both quantities in the unit of the less granular one (FHIRPath: convert to the least granular unit).
std::optional<std::pair<Decimal, Decimal>> commonValues(const Quantity &a, const Quantity &b)
{
    if (a.unit == b.unit)
        return std::make_pair(a.value, b.value);
    const auto ua = unitInfo(a.unit);
    const auto ub = unitInfo(b.unit);
    if (!ua || !ub || !sameDimension(*ua, *ub))
        return std::nullopt;
    const bool aCoarser = compare(ua->factor, ub->factor) != std::strong_ordering::less;
    if (aCoarser) {
        const auto cb = convert(b, a.unit);
        if (!cb)
            return std::nullopt;
        return std::make_pair(a.value, cb->value);
    }
    const auto ca = convert(a, b.unit);
    if (!ca)
        return std::nullopt;
    return std::make_pair(ca->value, b.value);
}

QString ucumForCalendar(const QString &unit)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("week"), QStringLiteral("wk")},  {QStringLiteral("day"), QStringLiteral("d")},
        {QStringLiteral("hour"), QStringLiteral("h")},   {QStringLiteral("minute"), QStringLiteral("min")},
        {QStringLiteral("second"), QStringLiteral("s")}, {QStringLiteral("millisecond"), QStringLiteral("ms")}};
    return map.value(unit, unit);
}

bool needsParentheses(const QString &unit)
{
    return unit.contains(u'.') || unit.contains(u'/');
}

} // namespace

std::optional<std::strong_ordering> compare(const Quantity &a, const Quantity &b)
{
    const auto v = commonValues(a, b);
    if (!v)
        return std::nullopt;
    return compare(v->first, v->second);
}

std::optional<bool> equivalent(const Quantity &a, const Quantity &b)
{
    const auto v = commonValues(a, b);
    if (!v)
        return std::nullopt;
    return equivalent(v->first, v->second);
}

std::optional<Quantity> multiply(const Quantity &a, const Quantity &b)
{
    const QString ua = ucumForCalendar(a.unit);
    const QString ub = ucumForCalendar(b.unit);
    if (!unitInfo(ua) || !unitInfo(ub) || unitInfo(ua)->calendarYear || unitInfo(ub)->calendarYear)
        return std::nullopt;
    const auto v = multiply(a.value, b.value);
    if (!v)
        return std::nullopt;
    QString unit;
    if (ua == u"1")
        unit = ub;
    else if (ub == u"1")
        unit = ua;
    else
        unit = (needsParentheses(ua) ? u'(' + ua + u')' : ua) + u'.' + (needsParentheses(ub) ? u'(' + ub + u')' : ub);
    if (unit.size() > 64)
        return std::nullopt;
    return Quantity{*v, unit};
}

std::optional<Quantity> divide(const Quantity &a, const Quantity &b)
{
    if (b.value.isZero())
        return std::nullopt;
    const QString ua = ucumForCalendar(a.unit);
    const QString ub = ucumForCalendar(b.unit);
    if (!unitInfo(ua) || !unitInfo(ub) || unitInfo(ua)->calendarYear || unitInfo(ub)->calendarYear)
        return std::nullopt;
    const auto v = divide(a.value, b.value);
    if (!v)
        return std::nullopt;
    QString unit;
    if (ua == ub)
        unit = QStringLiteral("1");
    else if (ub == u"1")
        unit = ua;
    else
        unit = (needsParentheses(ua) ? u'(' + ua + u')' : ua) + u'/' + (needsParentheses(ub) ? u'(' + ub + u')' : ub);
    if (unit.size() > 64)
        return std::nullopt;
    return Quantity{*v, unit};
}

std::optional<Quantity> addQuantities(const Quantity &a, const Quantity &b, bool subtractB)
{
    const auto cb = convert(b, a.unit);
    if (!cb)
        return std::nullopt;
    const auto v = subtractB ? subtract(a.value, cb->value) : add(a.value, cb->value);
    if (!v)
        return std::nullopt;
    return Quantity{*v, a.unit};
}

QString quantityText(const Quantity &q)
{
    return q.value.toString() + QStringLiteral(" '") + q.unit + u'\'';
}

std::optional<Quantity> parseQuantity(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    while (i < text.size() && !text[i].isSpace())
        ++i;
    const auto value = Decimal::parse(text.left(i));
    if (!value)
        return std::nullopt;
    const QStringView rest = text.mid(i).trimmed();
    if (rest.isEmpty())
        return Quantity{*value, QStringLiteral("1")};
    if (rest.size() >= 2 && rest.front() == u'\'' && rest.back() == u'\'') {
        const QString unit = rest.mid(1, rest.size() - 2).toString();
        if (unit.isEmpty() || unit.contains(u'\''))
            return std::nullopt;
        return Quantity{*value, unit};
    }
    const QString calendar = calendarKeyword(rest);
    if (calendar.isEmpty())
        return std::nullopt;
    return Quantity{*value, calendar};
}

} // namespace detail
} // namespace veldwerk::fhirpath
