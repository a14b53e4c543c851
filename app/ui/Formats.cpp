#include "app/ui/Formats.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace veldwerk::ui {

namespace {
QString g_language = QStringLiteral("nl");
} // namespace

void Formats::setLanguage(const QString &language)
{
    g_language = language;
}

QLocale Formats::locale()
{
    return g_language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                             : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

std::optional<QDate> Formats::parseDate(const QString &text, const QDate &today)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("vandaag") || t == QLatin1String("today"))
        return today;
    if (t == QLatin1String("morgen") || t == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (t == QLatin1String("gisteren") || t == QLatin1String("yesterday"))
        return today.addDays(-1);
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression dutch(QStringLiteral(R"(^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$)"));
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

std::optional<QTime> Formats::parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,2})(?:[:.]?(\d{2}))?$)"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QString Formats::dateText(const QDate &date)
{
    return date.isValid() ? locale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString Formats::dateInput(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString Formats::dayText(const QDate &date)
{
    return date.isValid() ? locale().toString(date, QStringLiteral("dddd d MMMM")) : QString();
}

QString Formats::timeText(const QDateTime &instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString Formats::ageText(const QDate &birth, const QDate &expected, const QDate &today)
{
    if (!birth.isValid() && expected.isValid()) {
        const qint64 days = today.daysTo(expected);
        const QString when = dateText(expected);
        if (days <= 0)
            return tr("verwacht %1").arg(when);
        if (days < 60)
            return tr("verwacht %1 (over %2 weken)").arg(when).arg((days + 6) / 7);
        return tr("verwacht %1 (over %2 maanden)").arg(when).arg((days + 15) / 30);
    }
    if (!birth.isValid())
        return {};
    int months = (today.year() - birth.year()) * 12 + today.month() - birth.month();
    if (today.day() < birth.day())
        --months;
    if (months >= 24)
        return tr("%1 jaar").arg(months / 12);
    if (months >= 2)
        return tr("%1 maanden").arg(months);
    const qint64 weeks = birth.daysTo(today) / 7;
    return weeks == 1 ? tr("1 week") : tr("%1 weken").arg(weeks);
}

QVariantMap Formats::checkDate(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("empty"), true}};
    const auto date = parseDate(text, QDate::currentDate());
    if (!date)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("message"), tr("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 25-11-2026.")}};
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("iso"), date->toString(Qt::ISODate)},
            {QStringLiteral("text"), dateText(*date)}};
}

QVariantMap Formats::checkTime(const QString &text) const
{
    const auto time = parseTime(text);
    if (!time)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("message"), tr("Schrijf de tijd als uu:mm, bijvoorbeeld 10:30.")}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("text"), time->toString(QStringLiteral("HH:mm"))}};
}

} // namespace veldwerk::ui
