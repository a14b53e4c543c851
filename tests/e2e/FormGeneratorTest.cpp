// bench_form_generate as scripts/bench runs it: the forms benchmark is only as good as its input, so the files
// are read here independently of the generator's own self-check.
#include <catch2/catch.hpp>

#include "Process.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

using namespace veldwerk::test;

namespace {

const QString Calculated =
    QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression");

QJsonObject readJson(const std::filesystem::path &path)
{
    QFile f(QString::fromStdString(path.string()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

ProcessResult generate(const std::filesystem::path &dir, std::vector<std::string> extra = {})
{
    std::vector<std::string> argv = {VELDWERK_FORM_GENERATE, "--out", dir.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return runProcess(argv);
}

struct Form {
    int items = 0, groups = 0, nested = 0, enableWhen = 0, calculated = 0, calculatedNotReadOnly = 0;
    int forwardReferences = 0, questions = 0;
    QSet<QString> linkIds;
    QSet<QString> calculatedIds;
    QStringList expressions;
    QStringList conditionTargets;
};

void walk(const QJsonArray &items, int depth, Form &f)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        ++f.items;
        const QString linkId = o.value(QStringLiteral("linkId")).toString();
        const QJsonArray conditions = o.value(QStringLiteral("enableWhen")).toArray();
        f.enableWhen += conditions.isEmpty() ? 0 : 1;
        for (const QJsonValue &c : conditions) {
            const QString target = c.toObject().value(QStringLiteral("question")).toString();
            f.forwardReferences += f.linkIds.contains(target) ? 0 : 1;
            f.conditionTargets << target;
        }
        f.linkIds.insert(linkId);
        for (const QJsonValue &e : o.value(QStringLiteral("extension")).toArray()) {
            if (e.toObject().value(QStringLiteral("url")).toString() != Calculated)
                continue;
            ++f.calculated;
            f.calculatedIds.insert(linkId);
            f.calculatedNotReadOnly += o.value(QStringLiteral("readOnly")).toBool() ? 0 : 1;
            f.expressions << e.toObject()
                                 .value(QStringLiteral("valueExpression"))
                                 .toObject()
                                 .value(QStringLiteral("expression"))
                                 .toString();
        }
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("group")) {
            ++f.groups;
            f.nested += depth > 0 ? 1 : 0;
            walk(o.value(QStringLiteral("item")).toArray(), depth + 1, f);
        } else {
            ++f.questions;
        }
    }
}

void answered(const QJsonArray &items, QStringList &out)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("answer")).toArray().isEmpty())
            out << o.value(QStringLiteral("linkId")).toString();
        answered(o.value(QStringLiteral("item")).toArray(), out);
    }
}

QJsonObject answerOf(const QJsonArray &items, const QString &linkId)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("linkId")).toString() == linkId)
            return o.value(QStringLiteral("answer")).toArray().first().toObject();
        const QJsonObject inner = answerOf(o.value(QStringLiteral("item")).toArray(), linkId);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

} // namespace

TEST_CASE("the generated form holds exactly the items, enableWhen and calculations asked for")
{
    TempDir dir;
    struct Ask {
        int items, enableWhen, calculated;
    };
    const Ask ask = GENERATE(Ask{1000, 300, 100}, Ask{200, 60, 20});
    const ProcessResult r =
        generate(dir.path(), {"--items", std::to_string(ask.items), "--enable-when", std::to_string(ask.enableWhen),
                              "--calculated", std::to_string(ask.calculated), "--seed", "7"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    Form f;
    walk(readJson(dir / "questionnaire.json").value(QStringLiteral("item")).toArray(), 0, f);
    CHECK(f.items == ask.items);
    CHECK(f.enableWhen == ask.enableWhen);
    CHECK(f.calculated == ask.calculated);
    CHECK(f.calculatedNotReadOnly == 0);
    CHECK(f.forwardReferences == 0);
    CHECK(f.linkIds.size() == ask.items);
    // About one group in 25 items, a quarter of them inside another group.
    CHECK(f.groups == (ask.items + 12) / 25);
    CHECK(f.nested == f.groups / 4);
    CHECK(r.out.find("items=" + std::to_string(ask.items) + "\n") != std::string::npos);

    SECTION("the response answers open questions only, and a good part of them")
    {
        QStringList ids;
        answered(readJson(dir / "response.json").value(QStringLiteral("item")).toArray(), ids);
        const int open = f.questions - f.calculated;
        CHECK(ids.size() > open * 40 / 100);
        CHECK(ids.size() < open * 75 / 100);
        QSet<QString> disabled;
        for (const QJsonValue &v :
             readJson(dir / "one-answer.json").value(QStringLiteral("disabledInResponse")).toArray())
            disabled.insert(v.toString());
        CHECK(disabled.size() > 0);
        for (const QString &id : ids) {
            INFO(id.toStdString());
            CHECK(f.linkIds.contains(id));
            CHECK_FALSE(f.calculatedIds.contains(id));
            CHECK_FALSE(disabled.contains(id));
        }
    }

    SECTION("the one answer names a question that three enableWhen and two calculations depend on")
    {
        const QJsonObject one = readJson(dir / "one-answer.json");
        const QString key = one.value(QStringLiteral("linkId")).toString();
        CHECK(f.conditionTargets.count(key) >= 3);
        int named = 0;
        for (const QString &e : f.expressions)
            named += e.contains(QStringLiteral("linkId='%1'").arg(key)) ? 1 : 0;
        CHECK(named >= 2);
        const QJsonObject from = answerOf(readJson(dir / "response.json").value(QStringLiteral("item")).toArray(), key);
        CHECK(from == one.value(QStringLiteral("from")).toObject());
        CHECK(one.value(QStringLiteral("to")).toObject() != from);
        CHECK_FALSE(one.value(QStringLiteral("becomeDisabled")).toArray().isEmpty());
    }
}

TEST_CASE("the same seed writes the same bytes and another seed another form")
{
    TempDir a, b, c;
    REQUIRE(generate(a.path(), {"--items", "300", "--enable-when", "90", "--calculated", "30"}).exitCode == 0);
    REQUIRE(generate(b.path(), {"--items", "300", "--enable-when", "90", "--calculated", "30"}).exitCode == 0);
    REQUIRE(generate(c.path(), {"--items", "300", "--enable-when", "90", "--calculated", "30", "--seed", "2"}).exitCode
            == 0);
    for (const char *name : {"questionnaire.json", "response.json", "one-answer.json"}) {
        INFO(name);
        CHECK(readFile(a / name) == readFile(b / name));
    }
    CHECK(readFile(a / "questionnaire.json") != readFile(c / "questionnaire.json"));
    CHECK(readFile(a / "response.json") != readFile(c / "response.json"));
}

TEST_CASE("a form that cannot be made as asked is refused with exit code 2")
{
    TempDir dir;
    CHECK(runProcess({VELDWERK_FORM_GENERATE}).exitCode == 2);
    CHECK(generate(dir.path(), {"--items", "50"}).exitCode == 2);
    CHECK(generate(dir.path(), {"--items", "200", "--calculated", "100"}).exitCode == 2);
    CHECK(generate(dir.path(), {"--items", "200", "--enable-when", "190", "--calculated", "20"}).exitCode == 2);
    CHECK(generate(dir.path(), {"--items", "veel"}).exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "questionnaire.json"));
}
