// bench_startup: cold start of Veldwerk to its unlock screen, against bench_hello_qml (the smallest Qt Quick
// Controls app) measured in the same run. Each program is started with --quit-after-first-frame; the time is
// wall clock from spawning the process to its "first-frame" line, so it includes loading the executable and
// its libraries, which the programs' own figure (ms since main) cannot see.
//   bench_startup --app VELDWERK --data-dir VAULT --hello BENCH_HELLO_QML [--runs 10] [--warmup 1]
#include "BenchStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <string>
#include <vector>

namespace {

namespace bench = veldwerk::bench;

constexpr int TimeoutMs = 60000;

struct Launch {
    double wallMs = 0;
    double selfMs = 0; // as the program reports it: since main()
    double rssKib = 0;
    double hwmKib = 0;
};

struct Series {
    std::vector<double> wallMs, selfMs, rssKib, hwmKib;
    void add(const Launch &l)
    {
        wallMs.push_back(l.wallMs);
        selfMs.push_back(l.selfMs);
        rssKib.push_back(l.rssKib);
        hwmKib.push_back(l.hwmKib);
    }
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(what));
    std::exit(1);
}

Launch launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    static const QRegularExpression firstFrame(QStringLiteral(R"(first-frame ms=(\d+) rss-kib=(\d+) hwm-kib=(\d+))"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);

    QElapsedTimer timer;
    timer.start();
    process.start();
    QByteArray out;
    QRegularExpressionMatch match;
    double wallMs = 0;
    while (!(match = firstFrame.match(QString::fromUtf8(out))).hasMatch()) {
        const qint64 left = TimeoutMs - timer.elapsed();
        if (left <= 0 || !process.waitForReadyRead(static_cast<int>(left))) {
            process.kill();
            process.waitForFinished();
            die(program + QStringLiteral(" showed no first frame:\n") + QString::fromLocal8Bit(out)
                + QString::fromLocal8Bit(process.readAllStandardError()));
        }
        wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        out += process.readAllStandardOutput();
    }
    if (!process.waitForFinished(TimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        die(program + QStringLiteral(" did not exit cleanly after its first frame:\n")
            + QString::fromLocal8Bit(process.readAllStandardError()));
    }
    return {wallMs, match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3).toDouble()};
}

void report(const std::string &name, const Series &series)
{
    bench::result(name + "_wall_ms", bench::summarize(series.wallMs));
    bench::result(name + "_self_ms", bench::summarize(series.selfMs));
    bench::result(name + "_rss_kib_median", static_cast<long long>(bench::summarize(series.rssKib).median));
    bench::result(name + "_hwm_kib_median", static_cast<long long>(bench::summarize(series.hwmKib).median));
    bench::result(name + "_hwm_kib_max", static_cast<long long>(bench::summarize(series.hwmKib).max));
}

} // namespace

int main(int argc, char **argv)
{
    const QString app = QString::fromStdString(bench::option(argc, argv, "--app"));
    const QString dataDir = QString::fromStdString(bench::option(argc, argv, "--data-dir"));
    const QString hello = QString::fromStdString(bench::option(argc, argv, "--hello"));
    const int runs = bench::intOption(argc, argv, "--runs", 10);
    const int warmup = bench::intOption(argc, argv, "--warmup", 1);
    if (app.isEmpty() || dataDir.isEmpty() || hello.isEmpty() || runs < 1) {
        std::fputs("usage: bench_startup --app VELDWERK --data-dir VAULT --hello BENCH_HELLO_QML [--runs 10] "
                   "[--warmup 1]\n",
                   stderr);
        return 2;
    }
    QCoreApplication application(argc, argv);

    // Headless, as DESIGN §12 describes: the offscreen platform with the software renderer.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    if (environment.value(QStringLiteral("XDG_RUNTIME_DIR")).isEmpty()) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("veldwerk-bench-runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }

    const QStringList appArguments = {QStringLiteral("--data-dir"), dataDir,
                                      QStringLiteral("--quit-after-first-frame")};
    const QStringList helloArguments = {QStringLiteral("--quit-after-first-frame")};
    Series veldwerk, baseline;
    for (int i = 0; i < warmup + runs; ++i) {
        // Alternating which goes first, so that neither always runs right after the other has warmed a cache.
        Launch a, h;
        if (i % 2 == 0) {
            a = launch(app, appArguments, environment);
            h = launch(hello, helloArguments, environment);
        } else {
            h = launch(hello, helloArguments, environment);
            a = launch(app, appArguments, environment);
        }
        if (i < warmup)
            continue;
        veldwerk.add(a);
        baseline.add(h);
    }

    bench::result("runs", static_cast<long long>(runs));
    bench::result("warmup", static_cast<long long>(warmup));
    report("app", veldwerk);
    report("hello", baseline);
    const double helloMedian = bench::summarize(baseline.wallMs).median;
    bench::result("ratio_wall_median", helloMedian > 0 ? bench::summarize(veldwerk.wallMs).median / helloMedian : 0.0);
    return 0;
}
