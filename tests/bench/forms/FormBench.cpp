// Veldwerk's form engine on the files of bench_form_generate, the same files the npm peers (LHC-Forms, fhirpath.js)
// get in the same run (scripts/bench, tests/bench/forms/README.md):
//   build      read + validate questionnaire.json, build the engine, load response.json (everything evaluated);
//   answer     the answer of one-answer.json set and set back, each timed to the end of propagation — once on the
//              form as generated (enableWhen and the 100 calculations), once on the same form without its
//              calculatedExpressions (enableWhen only);
//   memory     RSS growth of holding the read questionnaire and the loaded engine;
//   screen     FormPage offscreen (software renderer) on a vault holding the form as an imported instrument: from
//              opening the response to the first frame with rows on it;
//   fhirpath   every expression of fhirpath-expressions.json, parsed once, time per evaluation.
// Output: name=value lines on stdout (BenchStats.h); progress on stderr.
#include "../BenchStats.h"
#include "app/demo/DemoCaseload.h"
#include "app/forms/QuestionnaireReader.h"
#include "app/forms/ResponseEngine.h"
#include "app/forms/fhirpath/FhirPath.h"
#include "app/formstore/InstrumentCatalog.h"
#include "app/session/Session.h"
#include "app/ui/VaultController.h"
#include "crypto/KeyStore.h"
#include "crypto/Sodium.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

using namespace veldwerk;
using bench::Clock;
using bench::millisecondsSince;
using bench::result;
using bench::summarize;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_forms: %s kan niet worden gelezen\n", qPrintable(path));
        std::exit(2);
    }
    return f.readAll();
}

long long rssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void report(const char *name, const std::vector<double> &samples)
{
    const auto s = summarize(samples);
    result(std::string(name) + "_median", s.median);
    result(std::string(name) + "_p95", s.p95);
}

// The generated questionnaire without its calculatedExpressions: the enableWhen-only variant of the answer timing.
QByteArray withoutCalculations(const QByteArray &bytes)
{
    QJsonObject q = QJsonDocument::fromJson(bytes).object();
    std::function<QJsonArray(QJsonArray)> strip = [&](QJsonArray items) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            QJsonArray kept;
            for (const auto &e : item.value(QStringLiteral("extension")).toArray()) {
                if (!e.toObject()
                         .value(QStringLiteral("url"))
                         .toString()
                         .endsWith(QStringLiteral("calculatedExpression")))
                    kept.append(e);
            }
            if (kept.isEmpty()) // R4 has no empty arrays
                item.remove(QStringLiteral("extension"));
            else
                item.insert(QStringLiteral("extension"), kept);
            if (item.contains(QStringLiteral("item")))
                item.insert(QStringLiteral("item"), strip(item.value(QStringLiteral("item")).toArray()));
            items.replace(i, item);
        }
        return items;
    };
    q.insert(QStringLiteral("item"), strip(q.value(QStringLiteral("item")).toArray()));
    return QJsonDocument(q).toJson(QJsonDocument::Compact);
}

struct OneAnswer {
    QString linkId;
    forms::Value from;
    forms::Value to;
};

OneAnswer oneAnswer(const forms::Questionnaire &q, const QJsonObject &spec)
{
    OneAnswer a;
    a.linkId = spec.value(QStringLiteral("linkId")).toString();
    const int index = q.indexOf(a.linkId);
    if (index < 0) {
        std::fprintf(stderr, "bench_forms: %s staat niet in de vragenlijst\n", qPrintable(a.linkId));
        std::exit(2);
    }
    const auto from = forms::Value::findChoice(spec.value(QStringLiteral("from")).toObject(), u"value");
    const auto to = forms::Value::findChoice(spec.value(QStringLiteral("to")).toObject(), u"value");
    if (!from.value || !to.value) {
        std::fprintf(stderr, "bench_forms: one-answer.json heeft geen from/to voor %s\n", qPrintable(a.linkId));
        std::exit(2);
    }
    a.from = *from.value;
    a.to = *to.value;
    return a;
}

std::unique_ptr<forms::ResponseEngine> loaded(std::shared_ptr<const forms::Questionnaire> q,
                                              const QJsonObject &response)
{
    auto engine = std::make_unique<forms::ResponseEngine>(std::move(q));
    forms::Problems problems;
    const auto changes = engine->load(response, problems);
    if (changes && std::getenv("BENCH_FORMS_VERBOSE"))
        std::fprintf(stderr, "load: %d conditions, %d expressions\n", changes->conditions, changes->expressions);
    if (!changes) {
        std::fprintf(stderr, "bench_forms: response.json laadt niet (%lld problemen)\n",
                     static_cast<long long>(problems.size()));
        std::exit(1);
    }
    return engine;
}

// Sets the answer back and forth `runs` times; returns the times of both directions and the work counted.
std::vector<double> answerTimes(forms::ResponseEngine &engine, const OneAnswer &a, int runs, long long *conditions,
                                long long *expressions, long long *enablement)
{
    const int id = engine.instancesOf(engine.questionnaire().indexOf(a.linkId)).first();
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        for (const auto &value : {a.to, a.from}) {
            const auto start = Clock::now();
            auto r = engine.setAnswers(id, {value});
            samples.push_back(millisecondsSince(start));
            if (!r.ok) {
                std::fprintf(stderr, "bench_forms: het antwoord werd geweigerd: %s\n", qPrintable(r.message));
                std::exit(1);
            }
            if (i == 0 && value.code() == a.to.code()) {
                *conditions = r.changes.conditions;
                *expressions = r.changes.expressions;
                *enablement = r.changes.enablement.size();
            }
        }
    }
    return samples;
}

// FormPage on a real vault, offscreen: from setting the response to the first frame that shows rows.
bool firstScreen(const QByteArray &questionnaire, int runs, std::vector<double> &samples, long long *rows)
{
    QTemporaryDir dir;
    const QString secret = QStringLiteral("bench formulier eerste scherm");
    const QByteArray secretUtf8 = secret.toUtf8();
    const std::span<const unsigned char> secretBytes(reinterpret_cast<const unsigned char *>(secretUtf8.constData()),
                                                     static_cast<std::size_t>(secretUtf8.size()));
    QStringList responseIds;
    {
        crypto::NoKeyStore none;
        auto s = session::Session::create(session::DataDirectory(dir.path().toStdString()), none, secretBytes,
                                          crypto::CostProfile::Interactive, 10);
        if (!s)
            return false;
        auto &cases = (*s)->cases();
        if (!demo::DemoCaseload::load(cases, demo::DemoCaseload::bundled(), QDate::currentDate()))
            return false;
        const auto imported = formstore::InstrumentCatalog::import(&cases, questionnaire);
        if (!imported.stored)
            return false;
        auto visits = cases.visits().onDay(QDate::currentDate(), QTimeZone::systemTimeZone());
        if (!visits || visits->isEmpty())
            return false;
        for (int i = 0; i < runs; ++i) {
            auto id =
                cases.responses().create(visits->first().visit.id, imported.url, imported.version, imported.title);
            if (!id)
                return false;
            responseIds.append(*id);
        }
    }
    ui::VaultController vault;
    vault.setDataDirectory(dir.path());
    vault.unlock(secret);
    QElapsedTimer wait;
    wait.start();
    while (!vault.session() && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!vault.session())
        return false;

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(R"(import QtQuick
import QtQuick.Controls
import Veldwerk
ApplicationWindow {
    width: 1280; height: 800; visible: true
    property alias page: formPage
    FormPage { id: formPage; anchors.fill: parent }
})",
                      QUrl());
    for (const QString &responseId : std::as_const(responseIds)) {
        std::unique_ptr<QObject> root(component.create());
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(stderr, "bench_forms: %s\n", qPrintable(component.errorString()));
            return false;
        }
        auto *page = root->property("page").value<QObject *>();
        page->setProperty("vault", QVariant::fromValue(&vault));
        // The window's own first frame is not what is measured: only the form's.
        bool swapped = false;
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { swapped = true; });
        while (!swapped)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        swapped = false;
        auto *list = page->findChild<QQuickItem *>(QStringLiteral("formRows"));
        const auto start = Clock::now();
        page->setProperty("responseId", responseId);
        while (!(swapped && list && list->property("count").toInt() > 0))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        samples.push_back(millisecondsSince(start));
        *rows = list->property("count").toInt();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    session::DataDirectory::configureApplicationIdentity();
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    if (!crypto::initialize())
        return 1;
    QCommandLineParser args;
    args.addOption({QStringLiteral("form"), QStringLiteral("bench_form_generate's directory"), QStringLiteral("DIR")});
    args.addOption(
        {QStringLiteral("expressions"), QStringLiteral("fhirpath-expressions.json"), QStringLiteral("FILE")});
    args.addOption({QStringLiteral("patient"), QStringLiteral("patient.json"), QStringLiteral("FILE")});
    args.process(app);
    const QString dir = args.value(QStringLiteral("form"));
    if (dir.isEmpty()) {
        std::fputs("Gebruik: bench_forms --form DIR [--expressions FILE --patient FILE]\n", stderr);
        return 2;
    }
    const QByteArray questionnaireBytes = readAll(dir + QStringLiteral("/questionnaire.json"));
    const QJsonObject response = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/response.json"))).object();
    const QJsonObject one = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/one-answer.json"))).object();

    // ---- build ----
    std::fprintf(stderr, "bench_forms: build\n");
    std::vector<double> parse;
    std::vector<double> build;
    std::shared_ptr<const forms::Questionnaire> q;
    constexpr int buildRuns = 15;
    for (int i = 0; i < buildRuns; ++i) {
        const auto start = Clock::now();
        forms::Problems problems;
        q = forms::QuestionnaireReader::read(questionnaireBytes, problems);
        parse.push_back(millisecondsSince(start));
        if (!q || !problems.isEmpty()) {
            std::fprintf(stderr, "bench_forms: de vragenlijst heeft %lld problemen\n",
                         static_cast<long long>(problems.size()));
            return 1;
        }
        auto engine = loaded(q, response);
        build.push_back(millisecondsSince(start));
    }
    report("parse_validate_ms", parse);
    report("build_ms", build);

    // ---- memory ----
    q.reset();
    const long long before = rssKib();
    {
        forms::Problems problems;
        auto held = forms::QuestionnaireReader::read(questionnaireBytes, problems);
        auto engine = loaded(held, response);
        result("memory_engine_kib", rssKib() - before);
        result("enabled_items", static_cast<long long>(engine->enabledLinkIds().size()));
    }

    // ---- one answer ----
    std::fprintf(stderr, "bench_forms: one answer\n");
    constexpr int answerRuns = 200;
    {
        forms::Problems problems;
        auto full = forms::QuestionnaireReader::read(questionnaireBytes, problems);
        auto engine = loaded(full, response);
        const OneAnswer a = oneAnswer(*full, one);
        long long conditions = 0, expressions = 0, enablement = 0;
        report("answer_ms", answerTimes(*engine, a, answerRuns, &conditions, &expressions, &enablement));
        result("answer_conditions", conditions);
        result("answer_expressions", expressions);
        result("answer_enablement_changes", enablement);
    }
    {
        forms::Problems problems;
        auto plain = forms::QuestionnaireReader::read(withoutCalculations(questionnaireBytes), problems);
        if (!plain) {
            std::fprintf(stderr, "bench_forms: de vragenlijst zonder berekeningen is ongeldig (%lld problemen)\n",
                         static_cast<long long>(problems.size()));
            return 1;
        }
        auto engine = loaded(plain, response);
        const OneAnswer a = oneAnswer(*plain, one);
        long long conditions = 0, expressions = 0, enablement = 0;
        report("answer_enable_when_ms", answerTimes(*engine, a, answerRuns, &conditions, &expressions, &enablement));
        result("answer_enable_when_conditions", conditions);
    }

    // ---- FHIRPath ----
    if (args.isSet(QStringLiteral("expressions"))) {
        std::fprintf(stderr, "bench_forms: FHIRPath\n");
        forms::Problems problems;
        auto full = forms::QuestionnaireReader::read(questionnaireBytes, problems);
        auto engine = loaded(full, response);
        fhirpath::Environment responseEnv;
        engine->formEnvironment(responseEnv);
        const auto patient =
            fhirpath::Node::fromJson(QJsonDocument::fromJson(readAll(args.value(QStringLiteral("patient")))).object());
        fhirpath::Environment patientEnv;
        patientEnv.setVariable(QStringLiteral("resource"), {fhirpath::Item::node(patient)});
        patientEnv.functions = responseEnv.functions;
        fhirpath::ParseOptions options;
        options.functions = engine->functionRegistry();
        QStringList names;
        for (const auto &e : QJsonDocument::fromJson(readAll(args.value(QStringLiteral("expressions")))).array()) {
            const QJsonObject o = e.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            const bool onPatient = o.value(QStringLiteral("input")).toString() == QLatin1String("patient");
            auto expression = fhirpath::Expression::parse(o.value(QStringLiteral("expression")).toString(), options);
            if (!expression) {
                std::fprintf(stderr, "bench_forms: %s: %s\n", qPrintable(name),
                             qPrintable(expression.error().toString()));
                continue;
            }
            const fhirpath::NodePtr focus = onPatient ? patient : engine->responseNode();
            const auto &env = onPatient ? patientEnv : responseEnv;
            // Batches long enough to time, as the fhirpath.js peer does.
            int batch = 1;
            for (;;) {
                const auto start = Clock::now();
                for (int i = 0; i < batch; ++i)
                    (void)expression->evaluate(focus, env);
                if (millisecondsSince(start) > 2.0 || batch >= (1 << 20))
                    break;
                batch *= 2;
            }
            std::vector<double> ns;
            for (int b = 0; b < 30; ++b) {
                const auto start = Clock::now();
                for (int i = 0; i < batch; ++i)
                    (void)expression->evaluate(focus, env);
                ns.push_back(millisecondsSince(start) * 1e6 / batch);
            }
            const auto s = summarize(ns);
            result(("expr_" + name + "_ns_median").toStdString(), s.median);
            result(("expr_" + name + "_ns_p95").toStdString(), s.p95);
            names.append(name);
        }
        result("expressions", names.join(QLatin1Char(' ')).toStdString());
    }

    // ---- first screen ----
    std::fprintf(stderr, "bench_forms: first screen\n");
    std::vector<double> screen;
    long long rows = 0;
    if (!firstScreen(questionnaireBytes, 7, screen, &rows)) {
        std::fputs("bench_forms: het eerste scherm kon niet worden gemeten\n", stderr);
        return 1;
    }
    report("first_screen_ms", screen);
    result("first_screen_rows", rows);
    return 0;
}
