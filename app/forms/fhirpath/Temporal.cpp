// Partial dates, date/times and times (FHIRPath §2.1.20.3, FHIR date/dateTime/instant/time): parsing, text,
// comparison with precision and timezone rules, and calendar arithmetic.
#include "app/forms/fhirpath/Values.h"

#include <QTimeZone>

#include <array>

namespace veldwerk::fhirpath {

namespace {

using P = Temporal::Precision;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    return days[static_cast<std::size_t>(month - 1)];
}

class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    bool take(QChar c)
    {
        if (peek() == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // Exactly n ASCII digits.
    std::optional<int> digits(int n)
    {
        if (m_pos + n > m_text.size())
            return std::nullopt;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const QChar c = m_text[m_pos + i];
            if (c.unicode() < '0' || c.unicode() > '9')
                return std::nullopt;
            v = v * 10 + (c.unicode() - '0');
        }
        m_pos += n;
        return v;
    }
    bool nextIsDigit() const { return !atEnd() && peek().unicode() >= '0' && peek().unicode() <= '9'; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool parseTime(Scanner &s, Temporal &t)
{
    const auto h = s.digits(2);
    if (!h || *h > 23)
        return false;
    t.hour = static_cast<std::uint8_t>(*h);
    t.precision = P::Hour;
    if (!s.take(u':'))
        return true;
    const auto mi = s.digits(2);
    if (!mi || *mi > 59)
        return false;
    t.minute = static_cast<std::uint8_t>(*mi);
    t.precision = P::Minute;
    if (!s.take(u':'))
        return true;
    const auto se = s.digits(2);
    if (!se || *se > 59)
        return false;
    t.second = static_cast<std::uint8_t>(*se);
    t.precision = P::Second;
    if (!s.take(u'.'))
        return true;
    if (!s.nextIsDigit())
        return false;
    int ms = 0;
    int count = 0;
    while (s.nextIsDigit()) {
        const int d = *s.digits(1);
        if (count < 3)
            ms = ms * 10 + d;
        ++count;
        if (count > 9)
            return false;
    }
    for (int i = count; i < 3; ++i)
        ms *= 10;
    t.millisecond = static_cast<std::uint16_t>(ms);
    t.precision = P::Millisecond;
    return true;
}

bool parseOffset(Scanner &s, Temporal &t)
{
    if (s.take(u'Z')) {
        t.hasOffset = true;
        t.offsetMinutes = 0;
        return true;
    }
    const bool plus = s.peek() == u'+';
    if (!plus && s.peek() != u'-')
        return true; // no offset
    s.take(s.peek());
    const auto h = s.digits(2);
    if (!h || !s.take(u':'))
        return false;
    const auto m = s.digits(2);
    if (!m || *h > 14 || *m > 59)
        return false;
    t.hasOffset = true;
    t.offsetMinutes = static_cast<std::int16_t>((plus ? 1 : -1) * (*h * 60 + *m));
    return true;
}

// Fields as comparable numbers, seconds and milliseconds merged into one precision (FHIRPath §6.1.1).
struct Fields {
    std::array<std::int64_t, 6> v{};
    int count = 0;
};

Fields fieldsOf(const Temporal &t)
{
    Fields f;
    const int p = static_cast<int>(t.precision);
    if (t.kind == Temporal::Kind::Time) {
        f.v = {t.hour, t.minute, t.second * 1000 + t.millisecond, 0, 0, 0};
        f.count = std::min(p, 5) - 2; // Hour=3 -> 1, Minute -> 2, Second/Millisecond -> 3
        return f;
    }
    f.v = {t.year, t.month, t.day, t.hour, t.minute, t.second * 1000 + t.millisecond};
    f.count = std::min(p, 5) + 1;
    return f;
}

// Shifts a DateTime with an offset to UTC (kept at its precision).
Temporal toUtc(const Temporal &t)
{
    if (!t.hasOffset || t.offsetMinutes == 0 || t.precision < P::Hour)
        return t;
    std::int64_t minutes = daysFromCivil(t.year, t.month, t.day) * 1440 + t.hour * 60 + t.minute - t.offsetMinutes;
    Temporal u = t;
    std::int64_t days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    const std::int64_t rest = minutes - days * 1440;
    std::int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    u.year = static_cast<std::int16_t>(y);
    u.month = static_cast<std::uint8_t>(m);
    u.day = static_cast<std::uint8_t>(d);
    u.hour = static_cast<std::uint8_t>(rest / 60);
    u.minute = static_cast<std::uint8_t>(rest % 60);
    u.offsetMinutes = 0;
    return u;
}

} // namespace

std::optional<Temporal> Temporal::parse(Kind kind, QStringView text)
{
    Scanner s(text);
    Temporal t;
    t.kind = kind;
    if (kind == Kind::Time) {
        if (!parseTime(s, t) || !s.atEnd())
            return std::nullopt;
        return t;
    }
    const auto y = s.digits(4);
    if (!y || *y < 1)
        return std::nullopt;
    t.year = static_cast<std::int16_t>(*y);
    t.precision = P::Year;
    if (s.take(u'-')) {
        const auto m = s.digits(2);
        if (!m || *m < 1 || *m > 12)
            return std::nullopt;
        t.month = static_cast<std::uint8_t>(*m);
        t.precision = P::Month;
        if (s.take(u'-')) {
            const auto d = s.digits(2);
            if (!d || !detail::isValidDay(t.year, t.month, *d))
                return std::nullopt;
            t.day = static_cast<std::uint8_t>(*d);
            t.precision = P::Day;
        }
    }
    if (kind == Kind::Date)
        return s.atEnd() ? std::optional<Temporal>(t) : std::nullopt;
    if (s.take(u'T')) {
        // FHIRPath allows "@2015T" (a DateTime of year precision) and a time after the T.
        if (s.nextIsDigit()) {
            if (t.precision != P::Day)
                return std::nullopt;
            if (!parseTime(s, t) || !parseOffset(s, t))
                return std::nullopt;
        }
    }
    if (!s.atEnd())
        return std::nullopt;
    return t;
}

QString Temporal::toString() const
{
    auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    QString out;
    if (kind != Kind::Time) {
        out = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
        if (precision >= P::Month)
            out += u'-' + two(month);
        if (precision >= P::Day)
            out += u'-' + two(day);
        if (kind == Kind::Date || precision <= P::Day)
            return out;
        out += u'T';
    }
    out += two(hour);
    if (precision >= P::Minute)
        out += u':' + two(minute);
    if (precision >= P::Second)
        out += u':' + two(second);
    if (precision >= P::Millisecond)
        out += QStringLiteral(".%1").arg(millisecond, 3, 10, QLatin1Char('0'));
    if (kind == Kind::DateTime && hasOffset) {
        if (offsetMinutes == 0) {
            out += u'Z';
        } else {
            const int a = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
            out += (offsetMinutes < 0 ? u'-' : u'+') + two(a / 60) + u':' + two(a % 60);
        }
    }
    return out;
}

QString Temporal::toLiteral() const
{
    if (kind == Kind::Time)
        return QStringLiteral("@T") + toString();
    if (kind == Kind::DateTime && precision <= P::Day)
        return u'@' + toString() + u'T';
    return u'@' + toString();
}

namespace detail {

bool isValidDay(int year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

Temporal toDateTime(const Temporal &date)
{
    Temporal t = date;
    if (t.kind == Temporal::Kind::Date)
        t.kind = Temporal::Kind::DateTime;
    return t;
}

std::optional<PartialOrder> compare(const Temporal &a0, const Temporal &b0)
{
    const bool aTime = a0.kind == Temporal::Kind::Time;
    const bool bTime = b0.kind == Temporal::Kind::Time;
    if (aTime != bTime)
        return std::nullopt;
    Temporal a = a0;
    Temporal b = b0;
    bool offsetMismatch = false;
    if (!aTime) {
        if (a.hasOffset && b.hasOffset) {
            a = toUtc(a);
            b = toUtc(b);
        } else if (a.hasOffset != b.hasOffset) {
            // No default offset (FHIRPath §6.1.1 leaves it to policy): with one offset missing, hours and finer are
            // unknown; dates still compare.
            offsetMismatch = true;
        }
    }
    const Fields fa = fieldsOf(a);
    const Fields fb = fieldsOf(b);
    const int common = std::min(fa.count, fb.count);
    for (int i = 0; i < common; ++i) {
        if (offsetMismatch && i >= 3)
            return PartialOrder::Unknown;
        if (fa.v[static_cast<std::size_t>(i)] != fb.v[static_cast<std::size_t>(i)])
            return fa.v[static_cast<std::size_t>(i)] < fb.v[static_cast<std::size_t>(i)] ? PartialOrder::Less
                                                                                         : PartialOrder::Greater;
    }
    return fa.count == fb.count ? PartialOrder::Equal : PartialOrder::Unknown;
}

bool equivalent(const Temporal &a, const Temporal &b)
{
    const auto order = compare(a, b);
    return order && *order == PartialOrder::Equal;
}

Temporal fromQDateTime(const QDateTime &dt, Temporal::Kind kind)
{
    Temporal t;
    t.kind = kind;
    const QDate d = dt.date();
    const QTime tm = dt.time();
    t.year = static_cast<std::int16_t>(d.year());
    t.month = static_cast<std::uint8_t>(d.month());
    t.day = static_cast<std::uint8_t>(d.day());
    t.hour = static_cast<std::uint8_t>(tm.hour());
    t.minute = static_cast<std::uint8_t>(tm.minute());
    t.second = static_cast<std::uint8_t>(tm.second());
    t.millisecond = static_cast<std::uint16_t>(tm.msec());
    switch (kind) {
    case Temporal::Kind::Date:
        t.precision = P::Day;
        t.hour = t.minute = t.second = 0;
        t.millisecond = 0;
        break;
    case Temporal::Kind::DateTime:
        t.precision = P::Millisecond;
        t.hasOffset = true;
        t.offsetMinutes = static_cast<std::int16_t>(dt.offsetFromUtc() / 60);
        break;
    case Temporal::Kind::Time:
        t.precision = P::Millisecond;
        t.year = 0;
        t.month = t.day = 1;
        break;
    }
    return t;
}

std::optional<Temporal> addDuration(const Temporal &t, const Quantity &q, bool subtract)
{
    // The quantity's unit as a calendar unit; UCUM definite durations from a week down count as their calendar
    // namesakes, UCUM a and mo do not (they are not calendar years and months).
    static const QHash<QString, QString> ucumToCalendar{
        {QStringLiteral("wk"), QStringLiteral("week")},  {QStringLiteral("d"), QStringLiteral("day")},
        {QStringLiteral("h"), QStringLiteral("hour")},   {QStringLiteral("min"), QStringLiteral("minute")},
        {QStringLiteral("s"), QStringLiteral("second")}, {QStringLiteral("ms"), QStringLiteral("millisecond")}};
    QString unit = q.isCalendarDuration() ? q.unit : ucumToCalendar.value(q.unit);
    if (unit.isEmpty())
        return std::nullopt;
    // Partial values are truncated (FHIRPath §6.6.1: only whole units are added).
    const auto whole = rescale(q.value, 0, Rounding::Truncate);
    if (!whole)
        return std::nullopt;
    const auto amount64 = toInteger(*whole);
    // Amounts that would leave years 1..9999 whatever the start are refused up front, which also keeps the
    // millisecond arithmetic below far from 64-bit overflow.
    const std::int64_t maxAmount = unit == u"year"     ? 10'000LL
                                   : unit == u"month"  ? 120'000LL
                                   : unit == u"week"   ? 530'000LL
                                   : unit == u"day"    ? 3'700'000LL
                                   : unit == u"hour"   ? 88'000'000LL
                                   : unit == u"minute" ? 5'300'000'000LL
                                   : unit == u"second" ? 320'000'000'000LL
                                                       : 320'000'000'000'000LL;
    if (!amount64 || *amount64 > maxAmount || *amount64 < -maxAmount)
        return std::nullopt;
    std::int64_t amount = subtract ? -*amount64 : *amount64;

    Temporal r = t;
    if (t.kind == Temporal::Kind::Time) {
        if (unit == u"year" || unit == u"month" || unit == u"week" || unit == u"day")
            return std::nullopt;
        std::int64_t ms = ((t.hour * 60 + t.minute) * 60 + t.second) * 1000LL + t.millisecond;
        const std::int64_t per = unit == u"hour"     ? 3'600'000
                                 : unit == u"minute" ? 60'000
                                 : unit == u"second" ? 1000
                                                     : 1;
        ms += amount * per;
        const std::int64_t day = 86'400'000;
        ms = ((ms % day) + day) % day; // Time wraps around midnight
        r.hour = static_cast<std::uint8_t>(ms / 3'600'000);
        r.minute = static_cast<std::uint8_t>(ms / 60'000 % 60);
        r.second = static_cast<std::uint8_t>(ms / 1000 % 60);
        r.millisecond = static_cast<std::uint16_t>(ms % 1000);
        return r;
    }

    // Convert the amount to the value's precision where it is coarser than the unit (@2014 + 24 months = @2016).
    std::int64_t months = 0;
    std::int64_t ms = 0;
    if (unit == u"year")
        months = amount * 12;
    else if (unit == u"month")
        months = amount;
    else if (unit == u"week")
        ms = amount * 7 * 86'400'000LL;
    else if (unit == u"day")
        ms = amount * 86'400'000LL;
    else if (unit == u"hour")
        ms = amount * 3'600'000LL;
    else if (unit == u"minute")
        ms = amount * 60'000LL;
    else if (unit == u"second")
        ms = amount * 1000LL;
    else
        ms = amount;
    if (t.precision == P::Year) {
        months = months / 12 * 12 + (ms / (365LL * 86'400'000)) * 12;
        ms = 0;
    } else if (t.precision == P::Month) {
        months += ms / (30LL * 86'400'000);
        ms = 0;
    } else if (t.precision == P::Day || t.kind == Temporal::Kind::Date) {
        ms = ms / 86'400'000 * 86'400'000;
    }

    std::int64_t totalMonths = static_cast<std::int64_t>(r.year) * 12 + (r.month - 1) + months;
    std::int64_t year = totalMonths >= 0 ? totalMonths / 12 : -1;
    if (year < 1 || year > 9999)
        return std::nullopt;
    int month = static_cast<int>(totalMonths % 12) + 1;
    int day = std::min<int>(r.day, daysInMonth(static_cast<int>(year), month)); // 2020-01-31 + 1 month = 02-29
    std::int64_t stamp = (daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86'400'000LL)
                         + ((r.hour * 60LL + r.minute) * 60 + r.second) * 1000 + r.millisecond + ms;
    std::int64_t days = stamp >= 0 ? stamp / 86'400'000 : -((-stamp + 86'399'999) / 86'400'000);
    std::int64_t rest = stamp - days * 86'400'000;
    std::int64_t y2;
    unsigned m2, d2;
    civilFromDays(days, y2, m2, d2);
    if (y2 < 1 || y2 > 9999)
        return std::nullopt;
    r.year = static_cast<std::int16_t>(y2);
    r.month = static_cast<std::uint8_t>(m2);
    r.day = static_cast<std::uint8_t>(d2);
    r.hour = static_cast<std::uint8_t>(rest / 3'600'000);
    r.minute = static_cast<std::uint8_t>(rest / 60'000 % 60);
    r.second = static_cast<std::uint8_t>(rest / 1000 % 60);
    r.millisecond = static_cast<std::uint16_t>(rest % 1000);
    return r;
}

} // namespace detail
} // namespace veldwerk::fhirpath
