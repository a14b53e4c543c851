// Catch2 runner for tests that drive the real application offscreen (DESIGN §12: offscreen + software backend).
// Settings go to a scratch directory so a test never reads or writes the developer's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/session/DataDirectory.h"
#include "crypto/Sodium.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    // Qt's caches too, so a test can prove that no client text ends up in them.
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());

    QGuiApplication app(argc, argv);
    veldwerk::session::DataDirectory::configureApplicationIdentity();
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    if (!veldwerk::crypto::initialize()) {
        std::fputs("libsodium failed to initialise\n", stderr);
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
