// The forms commands of veldwerk-cli: questionnaire validate (and evaluate). They need no vault: an instrument
// author checks a file before publishing it.
#include "app/cli/Cli.h"

#include "app/forms/JsonReader.h"
#include "app/forms/QuestionnaireReader.h"
#include "app/forms/ResponseEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veldwerk::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Reads at most the JSON size limit (+1, so an oversized file is recognised without reading all of it); a device
// or a pipe that never ends cannot hang the command.
std::optional<QByteArray> readInput(const QString &path, forms::Problems &problems)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        printErr(Text::tr("%1 is een map, geen bestand.").arg(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(Text::tr("Kan %1 niet lezen: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray bytes = file.read(forms::JsonReader::MaxBytes + 1);
    if (bytes.size() > forms::JsonReader::MaxBytes) {
        problems.append(
            {forms::Problem::Severity::Error,
             QStringLiteral("$"),
             {},
             Text::tr("Het bestand is groter dan %1 MB.").arg(forms::JsonReader::MaxBytes / (1024 * 1024))});
        return QByteArray();
    }
    return bytes;
}

QString formatProblem(const forms::Problem &p)
{
    const QString severity = p.isError() ? Text::tr("fout") : Text::tr("waarschuwing");
    const QString where = p.linkId.isEmpty() ? p.path : Text::tr("%1 (linkId %2)").arg(p.path, p.linkId);
    return QStringLiteral("%1: %2: %3").arg(severity, where, p.message);
}

int validate(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(Text::tr("questionnaire validate verwacht precies één BESTAND."));
    forms::Problems problems;
    const auto bytes = readInput(args.first(), problems);
    if (!bytes)
        return Failed;
    std::shared_ptr<const forms::Questionnaire> questionnaire;
    if (problems.isEmpty())
        questionnaire = forms::QuestionnaireReader::read(*bytes, problems);
    int errors = 0;
    for (const auto &p : std::as_const(problems)) {
        printOut(formatProblem(p));
        errors += p.isError() ? 1 : 0;
    }
    const int warnings = static_cast<int>(problems.size()) - errors;
    if (!questionnaire) {
        printErr(Text::tr("Ongeldig: %n fout(en)", nullptr, errors)
                 + Text::tr(", %n waarschuwing(en).", nullptr, warnings));
        return Failed;
    }
    printOut(Text::tr("Geldig: %1 (%2), %n item(s)", nullptr, static_cast<int>(questionnaire->items().size()))
                 .arg(questionnaire->title.isEmpty() ? questionnaire->name : questionnaire->title,
                      questionnaire->canonical())
             + Text::tr(", %n waarschuwing(en).", nullptr, warnings));
    return Ok;
}

QJsonObject message(const forms::Problem &p)
{
    return {{QStringLiteral("linkId"), p.linkId},
            {QStringLiteral("severity"), p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message}};
}

int evaluate(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Text::tr("questionnaire evaluate verwacht QUESTIONNAIRE.json en RESPONSE.json."));
    forms::Problems problems;
    const auto questionnaireBytes = readInput(args.at(0), problems);
    if (!questionnaireBytes)
        return Failed;
    std::shared_ptr<const forms::Questionnaire> questionnaire;
    if (!forms::hasErrors(problems))
        questionnaire = forms::QuestionnaireReader::read(*questionnaireBytes, problems);
    if (!questionnaire) {
        for (const auto &p : std::as_const(problems))
            printErr(Text::tr("%1: %2").arg(args.at(0), formatProblem(p)));
        return Failed;
    }
    forms::Problems responseProblems;
    const auto responseBytes = readInput(args.at(1), responseProblems);
    if (!responseBytes)
        return Failed;
    std::optional<QJsonObject> responseJson;
    if (!forms::hasErrors(responseProblems))
        responseJson = forms::JsonReader::readObject(*responseBytes, responseProblems);
    forms::ResponseEngine engine(questionnaire);
    if (responseJson && !engine.load(*responseJson, responseProblems))
        responseJson.reset();
    if (!responseJson) {
        for (const auto &p : std::as_const(responseProblems))
            printErr(Text::tr("%1: %2").arg(args.at(1), formatProblem(p)));
        return Failed;
    }

    const QString status = responseJson->value(QLatin1String("status")).toString();
    const QJsonArray enabled = QJsonArray::fromStringList(engine.enabledLinkIds());
    const QJsonObject calculated = engine.calculatedValues();
    QJsonArray messages;
    for (const auto &p : std::as_const(problems)) // warnings about the questionnaire
        messages.append(message(p));
    for (const auto &p : std::as_const(responseProblems))
        messages.append(message(p));
    const bool completing = status == QLatin1String("completed") || status == QLatin1String("amended");
    for (const auto &p : engine.validate(completing))
        messages.append(message(p));
    for (const auto &p : engine.computeProblems())
        messages.append(message(p));

    forms::ResponseEngine::Meta meta;
    meta.id = responseJson->value(QLatin1String("id")).toString();
    meta.status = status;
    meta.authored = responseJson->value(QLatin1String("authored")).toString();
    QJsonObject response = engine.toResponse(meta);
    // Elements the engine does not own (subject, author, …) pass through unchanged.
    for (auto it = responseJson->begin(); it != responseJson->end(); ++it) {
        if (!response.contains(it.key()) && it.key() != QLatin1String("item"))
            response.insert(it.key(), it.value());
    }
    const QJsonObject out{{QStringLiteral("enabled"), enabled},
                          {QStringLiteral("messages"), messages},
                          {QStringLiteral("calculated"), calculated},
                          {QStringLiteral("response"), response}};
    printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
    return Ok;
}

} // namespace

int runQuestionnaire(const Context &, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(Text::tr("Geef een questionnaire-opdracht: validate of evaluate."));
    const QString command = args.first();
    if (command == QLatin1String("validate"))
        return validate(args.mid(1));
    if (command == QLatin1String("evaluate"))
        return evaluate(args.mid(1));
    return usageError(Text::tr("Onbekende questionnaire-opdracht: %1").arg(command));
}

} // namespace veldwerk::cli
