#include "qml/i18n/Translations.h"

#include <QLocale>
#include <QTranslator>

namespace veldwerk::i18n {

QString systemLanguage()
{
    const QLocale system = QLocale::system();
    // The POSIX "C" locale means "no preference", not "English": stay with the source language.
    if (system.language() == QLocale::C)
        return QStringLiteral("nl");
    const QStringList preferred = system.uiLanguages();
    for (const QString &tag : preferred) {
        if (tag.startsWith(QLatin1String("nl")))
            return QStringLiteral("nl");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("nl");
}

QString resolve(const QString &setting)
{
    if (setting == QLatin1String("nl") || setting == QLatin1String("en"))
        return setting;
    return systemLanguage();
}

bool load(QTranslator &translator, const QString &language)
{
    if (language != QLatin1String("en"))
        return false;
    return translator.load(QStringLiteral(":/i18n/veldwerk_en.qm"));
}

} // namespace veldwerk::i18n
