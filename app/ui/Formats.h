#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace veldwerk::ui {

// How dates, times and ages are read from a field and shown on screen, the way Dutch professionals write them
// (25-11-2026, 10:30, "3 jaar", "verwacht over 4 maanden"). The parsing is used by the controllers that store what
// was typed; QML uses the same functions for hints, so the screen and the store agree.
class Formats : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Formats(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    // Follows the interface language (AppShell sets it).
    static void setLanguage(const QString &language);
    static QLocale locale();

    // "25-11-2026", "25-11-26", "25/11/2026", "25 11 2026", "2026-11-25", "vandaag", "morgen", "gisteren".
    static std::optional<QDate> parseDate(const QString &text, const QDate &today);
    // "10:30", "10.30", "1030", "10".
    static std::optional<QTime> parseTime(const QString &text);

    static QString dateText(const QDate &date);        // 25 november 2026
    static QString dateInput(const QDate &date);       // 25-11-2026, as typed in a field
    static QString dayText(const QDate &date);         // woensdag 25 november
    static QString timeText(const QDateTime &instant); // 10:30, local
    static QString ageText(const QDate &birth, const QDate &expected, const QDate &today);

    // QML: {ok, iso, message} for a typed date, so a field can show its problem while typing.
    Q_INVOKABLE QVariantMap checkDate(const QString &text) const;
    Q_INVOKABLE QVariantMap checkTime(const QString &text) const;
    Q_INVOKABLE QString today() const { return dateInput(QDate::currentDate()); }
};

} // namespace veldwerk::ui
