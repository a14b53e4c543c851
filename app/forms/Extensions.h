#pragma once

#include "app/forms/Problem.h"
#include "app/forms/Questionnaire.h"

#include <QJsonValue>

namespace veldwerk::forms {

// Where an extension sits decides which ones mean something there.
enum class ExtensionSite : quint8 { Questionnaire, Item, AnswerOption, Coding, Primitive, Other };

struct ExtensionContext {
    ExtensionSite site;
    bool modifier;
    QString path;
    QString linkId;
    Item *item;                           // the item being read (Item, AnswerOption, Coding sites)
    AnswerOption *option;                 // the option being read (AnswerOption, Coding sites)
    QList<FormExpression> *formVariables; // Questionnaire-level SDC variables
};

// The SDC and core extensions the forms act on. docs/forms.md lists them with what each does.
namespace extension {
inline constexpr auto ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
inline constexpr auto MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
inline constexpr auto MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";
inline constexpr auto SliderStep = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue";
inline constexpr auto EntryFormat = "http://hl7.org/fhir/StructureDefinition/entryFormat";
inline constexpr auto Unit = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
inline constexpr auto Hidden = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden";
inline constexpr auto Regex = "http://hl7.org/fhir/StructureDefinition/regex";
inline constexpr auto MinLength = "http://hl7.org/fhir/StructureDefinition/minLength";
inline constexpr auto MaxDecimalPlaces = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";
inline constexpr auto OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
inline constexpr auto IsoCoValue = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
inline constexpr auto ItemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight";
inline constexpr auto ChoiceOrientation = "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation";
inline constexpr auto Variable = "http://hl7.org/fhir/StructureDefinition/variable";
inline constexpr auto CalculatedExpression =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
inline constexpr auto EnableWhenExpression =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
inline constexpr auto InitialExpression =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression";
inline constexpr auto AnswerExpression =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-answerExpression";
} // namespace extension

// Checks one element of an `extension` / `modifierExtension` list and applies what it means to the item or option
// of the context. Returns the problems: an unknown extension is a warning, an unknown modifier extension an error
// (R4: a modifier the reader does not understand makes the element unsafe to use).
Problems applyExtension(const QJsonValue &extension, const ExtensionContext &context);

} // namespace veldwerk::forms
