// The hand-worked cases: for each Questionnaire in tests/data (real public ones, with their sources) and each
// bundled instrument, responses whose enabled items and calculated scores were worked out by hand from the
// specification. The engine must give exactly those.
#include "FormsTestSupport.h"

#include "app/forms/JsonReader.h"
#include "app/forms/ResponseEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return std::fabs(a.toDouble() - b.toDouble()) <= 1e-6 * std::max(1.0, std::fabs(b.toDouble()));
    return a == b;
}

struct Outcome {
    int cases = 0;
    int passed = 0;
};

// Runs every <case>.response.json against its <case>.expected.json.
Outcome runCases(const std::shared_ptr<const Questionnaire> &q, const QString &casesDir)
{
    Outcome outcome;
    const QDir dir(casesDir);
    for (const auto &name : dir.entryList({QStringLiteral("*.response.json")}, QDir::Files, QDir::Name)) {
        const QString base = name.chopped(QStringLiteral(".response.json").size());
        ++outcome.cases;
        Problems problems;
        const auto response = JsonReader::readObject(readFile(dir.filePath(name)), problems);
        const auto expected =
            QJsonDocument::fromJson(readFile(dir.filePath(base + QStringLiteral(".expected.json")))).object();
        INFO((casesDir + QLatin1Char('/') + base).toStdString());
        REQUIRE(response);
        ResponseEngine engine(q);
        const auto loaded = engine.load(*response, problems);
        INFO(describe(problems).toStdString());
        REQUIRE(loaded);
        const QStringList enabled = engine.enabledLinkIds();
        QStringList want;
        for (const auto &v : expected.value(QStringLiteral("enabled")).toArray())
            want << v.toString();
        CHECK(enabled.join(QLatin1Char(' ')).toStdString() == want.join(QLatin1Char(' ')).toStdString());
        const QJsonObject calculated = engine.calculatedValues();
        const QJsonObject wantCalculated = expected.value(QStringLiteral("calculated")).toObject();
        INFO(QJsonDocument(calculated).toJson(QJsonDocument::Compact).toStdString());
        INFO(describe(engine.computeProblems()).toStdString());
        bool same = true;
        for (auto it = wantCalculated.begin(); it != wantCalculated.end(); ++it) {
            const bool ok = sameValue(calculated.value(it.key()), it.value());
            if (!ok)
                UNSCOPED_INFO(it.key().toStdString()
                              << ": got "
                              << QJsonDocument(QJsonArray{calculated.value(it.key())})
                                     .toJson(QJsonDocument::Compact)
                                     .toStdString()
                              << ", expected "
                              << QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).toStdString());
            same = same && ok;
        }
        CHECK(same);
        if (enabled == want && same)
            ++outcome.passed;
    }
    return outcome;
}

} // namespace

TEST_CASE("real public Questionnaires give the hand-worked enabled items and scores", "[forms][conformance]")
{
    const QDir root(QStringLiteral(VELDWERK_SOURCE_DIR "/tests/data/questionnaires"));
    const auto dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(dirs.size() >= 20);
    int files = 0, cases = 0, passed = 0, withoutStatus = 0, refused = 0;
    for (const auto &d : dirs) {
        const QString path = root.filePath(d + QStringLiteral("/questionnaire.json"));
        if (!QFile::exists(path))
            continue;
        INFO(d.toStdString());
        auto r = readQuestionnaire(readFile(path));
        // A file that a conforming renderer must refuse (REFUSED.md says why) is refused with an error.
        if (QFile::exists(root.filePath(d + QStringLiteral("/REFUSED.md")))) {
            INFO(describe(r.problems).toStdString());
            CHECK_FALSE(r.questionnaire);
            ++refused;
            continue;
        }
        // Some published test files (the Android FHIR SDK catalog) omit Questionnaire.status, which R4 requires
        // (1..1): the validator must say so, and the engine is then tested on the file with status added.
        if (!r.questionnaire && count(r.problems, Problem::Severity::Error) == 1
            && has(r.problems, Problem::Severity::Error, QStringLiteral("$.status"))) {
            ++withoutStatus;
            auto json = QJsonDocument::fromJson(readFile(path)).object();
            json.insert(QStringLiteral("status"), QStringLiteral("draft"));
            r = readQuestionnaire(QJsonDocument(json).toJson());
        }
        REQUIRE_NO_ERRORS(r);
        ++files;
        const auto outcome = runCases(r.questionnaire, root.filePath(d + QStringLiteral("/cases")));
        cases += outcome.cases;
        passed += outcome.passed;
    }
    WARN("conformance: " << files << " questionnaires (" << withoutStatus << " without the required status, " << refused
                         << " refused as they must be), " << passed << "/" << cases << " cases as worked out by hand");
    CHECK(files >= 20);
    CHECK(passed == cases);
}

TEST_CASE("every bundled instrument is valid under our own validator and scores its cases", "[forms][instruments]")
{
    const QDir instruments(QStringLiteral(VELDWERK_SOURCE_DIR "/app/forms/instruments"));
    const auto files = instruments.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    for (const auto &file : files) {
        INFO(file.toStdString());
        const auto r = readQuestionnaire(readFile(instruments.filePath(file)));
        REQUIRE_NO_ERRORS(r);
        // Bundled instruments use only what the engine supports: not even a warning.
        INFO(describe(r.problems).toStdString());
        CHECK(r.problems.isEmpty());
        const auto &q = *r.questionnaire;
        CHECK(q.url == QStringLiteral("https://veldwerk.nl/fhir/Questionnaire/") + file.chopped(5));
        CHECK_FALSE(q.version.isEmpty());
        CHECK(q.description.contains(QStringLiteral("seed")));
        const QString cases = QStringLiteral(VELDWERK_SOURCE_DIR "/tests/data/instruments/") + file.chopped(5);
        if (QDir(cases).exists()) {
            const auto outcome = runCases(r.questionnaire, cases);
            CHECK(outcome.cases == outcome.passed);
        }
    }
}
