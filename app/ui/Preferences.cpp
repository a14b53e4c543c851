#include "app/ui/Preferences.h"

#include "qml/i18n/Translations.h"

#include <QSettings>

namespace veldwerk::ui {

namespace {
const QString LanguageKey = QStringLiteral("interface/language");
const QString IdleKey = QStringLiteral("security/idleLockSeconds");

bool validLanguage(const QString &l)
{
    return l == QLatin1String("system") || l == QLatin1String("nl") || l == QLatin1String("en");
}
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    m_language = settings.value(LanguageKey, QStringLiteral("system")).toString();
    if (!validLanguage(m_language))
        m_language = QStringLiteral("system");
    bool ok = false;
    const int idle = settings.value(IdleKey, DefaultIdleLockSeconds).toInt(&ok);
    // Values a settings file may hold but the screen never offers (tests use a few seconds) are accepted
    // between 1 s and the maximum.
    m_idleLockSeconds = ok && idle >= 1 ? std::min(idle, MaxIdleLockSeconds) : DefaultIdleLockSeconds;
}

void Preferences::setLanguage(const QString &language)
{
    if (!validLanguage(language) || language == m_language)
        return;
    m_language = language;
    QSettings().setValue(LanguageKey, m_language);
    Q_EMIT languageChanged();
}

QString Preferences::effectiveLanguage() const
{
    return i18n::resolve(m_language);
}

void Preferences::setIdleLockSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, MaxIdleLockSeconds);
    if (seconds == m_idleLockSeconds)
        return;
    m_idleLockSeconds = seconds;
    QSettings().setValue(IdleKey, m_idleLockSeconds);
    Q_EMIT idleLockSecondsChanged();
}

} // namespace veldwerk::ui
