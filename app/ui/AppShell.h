#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace veldwerk::ui {

class IdleWatcher;
class Preferences;
class VaultController;

// The application's wiring, shared by main() and the end-to-end tests so that the tests drive exactly what a
// user starts: the controllers, the translation, the idle lock and the QML engine with Main.qml.
class AppShell : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString dataDirectory; // empty: the platform's application data directory
    };

    explicit AppShell(Options options, QObject *parent = nullptr);
    ~AppShell() override;

    // Loads Main.qml; false (with the QML errors on stderr) when it cannot.
    bool load();

    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return *m_engine; }
    VaultController &vault() { return *m_vault; }
    Preferences &preferences() { return *m_preferences; }
    IdleWatcher &idleWatcher() { return *m_idle; }

private:
    void applyLanguage();
    void applyIdleTimeout();

    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<VaultController> m_vault;
    std::unique_ptr<IdleWatcher> m_idle;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace veldwerk::ui
