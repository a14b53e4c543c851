#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace veldwerk::domain {

// Dates and times as Dutch professionals type them. Pure functions of the text (and of today, for "vandaag" and
// two-digit years), so they are tested and fuzzed without a screen.
class DateInput {
public:
    // "25-11-2026", "25-11-26", "25/11/2026", "25.11.2026", "25 11 2026", "2026-11-25", "vandaag", "morgen",
    // "gisteren".
    static std::optional<QDate> parseDate(const QString &text, const QDate &today);
    // "10:30", "10.30", "1030", "10".
    static std::optional<QTime> parseTime(const QString &text);
};

} // namespace veldwerk::domain
