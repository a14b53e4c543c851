#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace veldwerk::forms {
class Questionnaire;
class ResponseEngine;
} // namespace veldwerk::forms
namespace veldwerk::store {
class CaseStore;
struct StoredResponse;
} // namespace veldwerk::store

namespace veldwerk::formstore {

// The Dutch word for a response's status (FHIR QuestionnaireResponse.status) on screens.
QString statusText(const QString &status);

// A stored response, opened in the form engine against the instrument version it was filled against.
struct OpenedForm {
    std::shared_ptr<const forms::Questionnaire> questionnaire;
    std::unique_ptr<forms::ResponseEngine> engine;
    int unplaced = 0; // stored answers that do not fit this version of the instrument: reported, never shown
};

// Initial values first, then the stored answers (a cleared one included) over them. Fails with a Dutch reason when
// the instrument is not on this device or the answers cannot be read.
Result<OpenedForm, QString> openStoredForm(store::CaseStore &cases, const store::StoredResponse &response);

// The FHIR R4 QuestionnaireResponse of a stored response: enabled questions with their answers, calculated values
// filled, the instrument as `questionnaire` (url|version), status and authored time as stored.
Result<QJsonObject, QString> questionnaireResponseOf(store::CaseStore &cases, const QString &responseId);

// Gives every (not deleted) response of a store::exportRecords() result its QuestionnaireResponse, under
// "questionnaireResponse", or the reason it could not be made under "questionnaireResponseProblem": the stored
// rows say what was saved, the resource says it in the format other systems read (DESIGN §7).
void addQuestionnaireResponses(store::CaseStore &cases, QJsonObject &exported);

} // namespace veldwerk::formstore
