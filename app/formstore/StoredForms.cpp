#include "app/formstore/StoredForms.h"

#include "app/forms/Questionnaire.h"
#include "app/forms/ResponseEngine.h"
#include "app/formstore/InstrumentCatalog.h"
#include "app/store/CaseStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace veldwerk::formstore {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoredForms)
};
} // namespace

QString statusText(const QString &status)
{
    if (status == QLatin1String("completed"))
        return Text::tr("Afgerond");
    if (status == QLatin1String("amended"))
        return Text::tr("Afgerond, daarna gewijzigd");
    return Text::tr("Bezig");
}

Result<OpenedForm, QString> openStoredForm(store::CaseStore &cases, const store::StoredResponse &response)
{
    OpenedForm out;
    QString why;
    out.questionnaire = InstrumentCatalog::load(&cases, response.questionnaireUrl, response.questionnaireVersion, &why);
    if (!out.questionnaire)
        return fail(why);
    auto stored = cases.responses().answers(response.id, true);
    if (!stored)
        return fail(Text::tr("De antwoorden konden niet worden gelezen."));
    QList<std::pair<QString, QJsonArray>> answers;
    answers.reserve(stored->size());
    for (const auto &a : *stored)
        answers.append({a.path, QJsonDocument::fromJson(a.answers.toUtf8()).array()});
    out.engine = std::make_unique<forms::ResponseEngine>(out.questionnaire);
    out.engine->start();
    if (!answers.isEmpty()) {
        forms::Problems problems;
        out.engine->restore(answers, problems);
        out.unplaced = static_cast<int>(problems.size());
    }
    return out;
}

Result<QJsonObject, QString> questionnaireResponseOf(store::CaseStore &cases, const QString &responseId)
{
    auto response = cases.responses().get(responseId);
    if (!response)
        return fail(response.error().notFound() ? Text::tr("Dit formulier bestaat niet (meer).")
                                                : Text::tr("Het formulier kon niet worden gelezen."));
    auto opened = openStoredForm(cases, *response);
    if (!opened)
        return fail(opened.error());
    forms::ResponseEngine::Meta meta;
    meta.id = response->id;
    meta.status = response->status;
    if (response->authored.isValid())
        meta.authored = response->authored.toUTC().toString(Qt::ISODateWithMs);
    return opened->engine->toResponse(meta);
}

void addQuestionnaireResponses(store::CaseStore &cases, QJsonObject &exported)
{
    QJsonArray responses = exported.value(QStringLiteral("responses")).toArray();
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QJsonObject response = responses.at(i).toObject();
        // A deleted form keeps no content to show (its answers were removed with it).
        if (response.value(QStringLiteral("deleted")).toBool())
            continue;
        auto resource = questionnaireResponseOf(cases, response.value(QStringLiteral("id")).toString());
        if (resource)
            response.insert(QStringLiteral("questionnaireResponse"), *resource);
        else
            response.insert(QStringLiteral("questionnaireResponseProblem"), resource.error());
        responses.replace(i, response);
    }
    exported.insert(QStringLiteral("responses"), responses);
}

} // namespace veldwerk::formstore
