// Fuzz target: dates and times typed into the app. Property: never crash; an accepted date or time is valid, and a
// date written back the way the app shows it in a field reads as the same date.
#include "app/domain/DateInput.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using veldwerk::domain::DateInput;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QDate today(2026, 11, 25);
    if (const auto date = DateInput::parseDate(text, today)) {
        if (!date->isValid())
            std::abort();
        if (date->year() >= 1000 && DateInput::parseDate(date->toString(QStringLiteral("dd-MM-yyyy")), today) != date)
            std::abort();
    }
    if (const auto time = DateInput::parseTime(text); time && !time->isValid())
        std::abort();
    return 0;
}
