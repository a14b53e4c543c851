#pragma once

#include "app/forms/Questionnaire.h"

namespace veldwerk::forms {

// One enableWhen condition against the answers the referenced question has (none when that question is disabled:
// a disabled question sees no answer). FHIR R4 with the operator definitions as R5 clarified them
// (http://hl7.org/fhir/questionnaire-enable-operator):
//   exists  true when "there is an answer" equals answerBoolean;
//   =       at least one answer equals the condition's answer;
//   !=      no answer equals it;
//   > < >= <= at least one answer compares so.
// With no answer at all every operator but exists gives false (docs/forms.md explains the choice for !=).
// Answers that cannot be compared (dates of different precision, quantities in different units) never satisfy an
// ordering operator.
bool conditionHolds(const EnableWhen &condition, const QList<Value> &answers);

} // namespace veldwerk::forms
