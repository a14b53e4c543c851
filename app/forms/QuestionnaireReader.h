#pragma once

#include "app/forms/Problem.h"
#include "app/forms/Questionnaire.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

namespace veldwerk::forms {

// Reads a FHIR R4 Questionnaire from untrusted bytes and checks it against R4: structure and types of every element
// the forms use, the invariants que-1 … que-13, unique linkIds, enableWhen naming an existing question with an answer
// of a fitting type, and the SDC expressions. Every problem is reported with its JSON path; elements and extensions
// outside the supported set are warnings, never silently dropped (docs/forms.md lists the set).
//
// The result is null exactly when `problems` holds an error.
class QuestionnaireReader {
public:
    static std::shared_ptr<const Questionnaire> read(const QByteArray &bytes, Problems &problems);
    static std::shared_ptr<const Questionnaire> read(const QJsonObject &json, Problems &problems);
};

} // namespace veldwerk::forms
