#pragma once

// Internal: the small FHIR R4 model the engine knows (docs/fhirpath.md, "Data model"): element types for the
// resources Questionnaires use and the test suite reads, choice-element suffixes, and the type hierarchy for
// is/as/ofType.

#include <QString>
#include <QStringView>

namespace veldwerk::fhirpath::detail {

// The type key of element `name` inside an object of type key `parent` ("Patient" + "birthDate" -> "date",
// "Questionnaire" + "item" -> "@Questionnaire.item", a backbone element). Empty when unknown.
QString elementType(const QString &parent, QStringView name, bool parentIsResource);
// A JSON key of a choice element ("valueCoding" -> base "value", type "Coding"); false when the key is not one.
bool splitChoice(QStringView key, QString &base, QString &type);
// The JSON suffix for a choice of FHIR type `type` ("Coding" -> "Coding", "dateTime" -> "DateTime").
QString choiceSuffix(const QString &type);
// The public type name for a type key: backbone keys become "BackboneElement".
QString publicTypeName(const QString &key);

bool isFhirPrimitiveType(QStringView type);
// FHIR primitive type -> System type name it maps to ("code" -> "String", "positiveInt" -> "Integer").
QString systemTypeOf(QStringView fhirPrimitive);
// Whether FHIR type `type` is `ancestor` or derives from it (code is a string, Age is a Quantity, Patient is a
// DomainResource and a Resource, everything is an Element or a Resource).
bool fhirTypeIs(const QString &type, QStringView ancestor, bool isResource);
bool isKnownFhirType(QStringView type);
bool isQuantityType(QStringView type);

} // namespace veldwerk::fhirpath::detail
