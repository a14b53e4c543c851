#include "app/ui/Formats.h"

#include "app/domain/DateInput.h"

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
    return domain::DateInput::parseDate(text, today);
}

std::optional<QTime> Formats::parseTime(const QString &text)
{
    return domain::DateInput::parseTime(text);
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
