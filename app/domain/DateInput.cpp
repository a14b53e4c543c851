#include "app/domain/DateInput.h"

#include <QRegularExpression>

namespace veldwerk::domain {

std::optional<QDate> DateInput::parseDate(const QString &text, const QDate &today)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("vandaag") || t == QLatin1String("today"))
        return today;
    if (t == QLatin1String("morgen") || t == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (t == QLatin1String("gisteren") || t == QLatin1String("yesterday"))
        return today.addDays(-1);
    // ASCII digits only: "\\d" would also accept digits of other scripts that toInt() then reads as 0.
    static const QRegularExpression iso(QStringLiteral(R"(^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$)"));
    static const QRegularExpression dutch(
        QStringLiteral(R"(^([0-9]{1,2})[-/. ]([0-9]{1,2})[-/. ]([0-9]{2}|[0-9]{4})$)"));
    int y = 0;
    int m = 0;
    int d = 0;
    if (const auto match = iso.match(t); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto match2 = dutch.match(t); match2.hasMatch()) {
        d = match2.captured(1).toInt();
        m = match2.captured(2).toInt();
        y = match2.captured(3).toInt();
        if (match2.captured(3).size() == 2) {
            // A two-digit year means the nearest century: "26" is 2026, "98" is 1998 for a parent's birth year.
            y += 2000;
            if (y > today.year() + 20)
                y -= 100;
        }
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QTime> DateInput::parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([0-9]{1,2})(?:[:.]?([0-9]{2}))?$)"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace veldwerk::domain
