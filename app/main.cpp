// Veldwerk, the application. Wiring only: options, the display check, and the AppShell.
#include "app/session/DataDirectory.h"
#include "app/ui/AppShell.h"
#include "crypto/Sodium.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

namespace {

struct Options {
    QString dataDirectory;
    QString screenshot;               // render the first screen offscreen into this PNG and quit
    bool quitAfterFirstFrame = false; // print start-up time and memory after the first frame, then quit (bench)
};

void usage()
{
    std::fputs("Gebruik: veldwerk [--data-dir MAP] [--screenshot BESTAND.png] [--quit-after-first-frame]\n", stderr);
}

// Parsed before QGuiApplication exists, because --screenshot must choose the platform plugin.
bool parse(int argc, char **argv, Options &options)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--data-dir") == 0 && i + 1 < argc) {
            options.dataDirectory = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(arg, "--screenshot") == 0 && i + 1 < argc) {
            options.screenshot = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(arg, "--quit-after-first-frame") == 0) {
            options.quitAfterFirstFrame = true;
        } else if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0) {
            usage();
            std::exit(0);
        } else if (std::strncmp(arg, "-platform", 9) == 0 || std::strncmp(arg, "-style", 6) == 0) {
            ++i; // Qt's own options, handled by QGuiApplication
        } else {
            std::fprintf(stderr, "veldwerk: onbekende optie %s\n", arg);
            usage();
            return false;
        }
    }
    return true;
}

// Without a display Qt's xcb plugin aborts with a page of text; say it in one line instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true;
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
#else
    return true;
#endif
}

QByteArray memoryLine()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray rss = "?";
    QByteArray hwm = "?";
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first();
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').first();
        }
    }
    return "rss-kib=" + rss + " hwm-kib=" + hwm;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    Options options;
    if (!parse(argc, argv, options))
        return 2;
    if (!options.screenshot.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    }
    if (!displayAvailable()) {
        std::fputs("veldwerk: geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg); start Veldwerk in een "
                   "grafische sessie, of maak een schermafbeelding met: scripts/run --screenshot bestand.png\n",
                   stderr);
        return 1;
    }

    QGuiApplication app(argc, argv);
    veldwerk::session::DataDirectory::configureApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Veldwerk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VELDWERK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.veldwerk.Veldwerk"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    if (!veldwerk::crypto::initialize()) {
        std::fputs("veldwerk: libsodium kon niet worden gestart\n", stderr);
        return 1;
    }

    veldwerk::ui::AppShell shell({options.dataDirectory});
    if (!shell.load())
        return 1;
    QQuickWindow *window = shell.window();

    if (!options.screenshot.isEmpty() || options.quitAfterFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                static bool done = false;
                if (done)
                    return;
                done = true;
                if (options.quitAfterFirstFrame) {
                    std::printf("first-frame ms=%lld %s\n", static_cast<long long>(sinceStart.elapsed()),
                                memoryLine().constData());
                    std::fflush(stdout);
                }
                if (!options.screenshot.isEmpty()) {
                    const QImage image = window->grabWindow();
                    if (image.isNull() || !image.save(options.screenshot)) {
                        std::fprintf(stderr, "veldwerk: schermafbeelding %s kon niet worden opgeslagen\n",
                                     qPrintable(options.screenshot));
                        QCoreApplication::exit(1);
                        return;
                    }
                    std::fprintf(stderr, "veldwerk: schermafbeelding opgeslagen in %s\n",
                                 qPrintable(options.screenshot));
                }
                QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
            },
            Qt::QueuedConnection);
    }
    return app.exec();
}
