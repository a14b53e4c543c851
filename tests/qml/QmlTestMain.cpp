// Qt Quick Test runner for the Veldwerk QML module: loads the static module, gives the tests a scratch data
// directory and a Preferences object (which QML cannot create).
#include "app/session/DataDirectory.h"
#include "app/ui/Preferences.h"
#include "crypto/Sodium.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        veldwerk::session::DataDirectory::configureApplicationIdentity();
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        if (!veldwerk::crypto::initialize())
            qFatal("libsodium failed to initialise");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("testDataRoot"), m_dir.path());
        engine->rootContext()->setContextProperty(QStringLiteral("testPreferences"), &m_preferences);
    }

private:
    QTemporaryDir m_dir;
    veldwerk::ui::Preferences m_preferences;
};

QUICK_TEST_MAIN_WITH_SETUP(veldwerk_qml, Setup)

#include "QmlTestMain.moc"
