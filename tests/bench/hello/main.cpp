// bench_hello_qml: the cold-start baseline for Veldwerk. Starts Qt Quick the way app/main.cpp does (QGuiApplication,
// Basic style, a QQmlApplicationEngine loading a compiled-in ApplicationWindow) and with --quit-after-first-frame
// prints the same line as the app after its first frame: "first-frame ms=<since main> rss-kib=<> hwm-kib=<>".
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// The same reading as app/main.cpp, so both programs report memory the same way.
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
    bool quitAfterFirstFrame = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quit-after-first-frame") == 0)
            quitAfterFirstFrame = true;
    }

    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/BenchHello/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    if (quitAfterFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                static bool done = false;
                if (done)
                    return;
                done = true;
                std::printf("first-frame ms=%lld %s\n", static_cast<long long>(sinceStart.elapsed()),
                            memoryLine().constData());
                std::fflush(stdout);
                QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
            },
            Qt::QueuedConnection);
    }
    return app.exec();
}
