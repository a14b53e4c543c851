#include "app/ui/AppShell.h"

#include "app/session/DataDirectory.h"
#include "app/ui/Formats.h"
#include "app/ui/IdleWatcher.h"
#include "app/ui/Preferences.h"
#include "app/ui/VaultController.h"
#include "qml/i18n/Translations.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace veldwerk::ui {

AppShell::AppShell(Options options, QObject *parent)
    : QObject(parent)
    , m_preferences(std::make_unique<Preferences>())
    , m_vault(std::make_unique<VaultController>())
    , m_idle(std::make_unique<IdleWatcher>())
{
    applyLanguage();
    applyIdleTimeout();
    connect(m_preferences.get(), &Preferences::languageChanged, this, &AppShell::applyLanguage);
    connect(m_preferences.get(), &Preferences::idleLockSecondsChanged, this, &AppShell::applyIdleTimeout);

    connect(m_vault.get(), &VaultController::unlocked, m_idle.get(), [this] { m_idle->setActive(true); });
    connect(m_vault.get(), &VaultController::locked, m_idle.get(), [this] { m_idle->setActive(false); });
    connect(m_idle.get(), &IdleWatcher::idle, m_vault.get(), &VaultController::lock);
    connect(m_idle.get(), &IdleWatcher::backgrounded, m_vault.get(), &VaultController::lock);

    const QString dir = options.dataDirectory.isEmpty()
                            ? QString::fromStdString(session::DataDirectory::defaultLocation().string())
                            : options.dataDirectory;
    m_vault->setDataDirectory(dir);
}

AppShell::~AppShell()
{
    // The engine goes first: its items hold pointers into the controllers.
    m_engine.reset();
    if (m_translatorInstalled)
        QCoreApplication::removeTranslator(&m_translator);
}

void AppShell::applyLanguage()
{
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    Formats::setLanguage(m_preferences->effectiveLanguage());
    if (i18n::load(m_translator, m_preferences->effectiveLanguage()))
        m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

void AppShell::applyIdleTimeout()
{
    m_idle->setTimeout(std::chrono::seconds(m_preferences->idleLockSeconds()));
}

bool AppShell::load()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    // The module lives at qrc:/Veldwerk (RESOURCE_PREFIX /); Qt 6.4 does not search qrc:/ by default, and the
    // pages in subfolders find their sibling components through "import Veldwerk".
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->setInitialProperties({
        {QStringLiteral("vault"), QVariant::fromValue(m_vault.get())},
        {QStringLiteral("preferences"), QVariant::fromValue(m_preferences.get())},
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/Veldwerk/Main.qml")));
    return window() != nullptr;
}

QQuickWindow *AppShell::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace veldwerk::ui
