// The FHIR R4 model subset (http://hl7.org/fhir/R4/): element types of the resources and data types that
// Questionnaires, QuestionnaireResponses and the FHIRPath R4 test suite use. An element missing here is still read;
// it only gets its type from its JSON value (string, boolean, integer/decimal) or none (an object). Listed in
// docs/fhirpath.md.
#include "app/forms/fhirpath/Model.h"

#include <QHash>
#include <QSet>

namespace veldwerk::fhirpath::detail {

namespace {

// "Parent element type" lines. A type starting with '@' is a backbone element, keyed by its path; "=" aliases a
// nested backbone to the one it repeats (Questionnaire.item.item is a Questionnaire.item).
constexpr const char *kElements = R"(
* extension Extension
* modifierExtension Extension
Extension url uri
Resource id id
Resource meta Meta
Resource implicitRules uri
Resource language code
Resource text Narrative
Resource contained Resource
Narrative status code
Narrative div xhtml
Meta versionId id
Meta lastUpdated instant
Meta source uri
Meta profile canonical
Meta security Coding
Meta tag Coding
Coding system uri
Coding version string
Coding code code
Coding display string
Coding userSelected boolean
CodeableConcept coding Coding
CodeableConcept text string
Quantity value decimal
Quantity comparator code
Quantity unit string
Quantity system uri
Quantity code code
Range low Quantity
Range high Quantity
Ratio numerator Quantity
Ratio denominator Quantity
Period start dateTime
Period end dateTime
Reference reference string
Reference type uri
Reference identifier Identifier
Reference display string
Identifier use code
Identifier type CodeableConcept
Identifier system uri
Identifier value string
Identifier period Period
Identifier assigner Reference
HumanName use code
HumanName text string
HumanName family string
HumanName given string
HumanName prefix string
HumanName suffix string
HumanName period Period
ContactPoint system code
ContactPoint value string
ContactPoint use code
ContactPoint rank positiveInt
ContactPoint period Period
Address use code
Address type code
Address text string
Address line string
Address city string
Address district string
Address state string
Address postalCode string
Address country string
Address period Period
Attachment contentType code
Attachment language code
Attachment data base64Binary
Attachment url url
Attachment size unsignedInt
Attachment hash base64Binary
Attachment title string
Attachment creation dateTime
Annotation text markdown
Annotation time dateTime
Expression description string
Expression name id
Expression language code
Expression expression string
Expression reference uri
ContactDetail name string
ContactDetail telecom ContactPoint
UsageContext code Coding
Patient identifier Identifier
Patient active boolean
Patient name HumanName
Patient telecom ContactPoint
Patient gender code
Patient birthDate date
Patient address Address
Patient maritalStatus CodeableConcept
Patient multipleBirthInteger integer
Patient photo Attachment
Patient contact @Patient.contact
Patient.contact relationship CodeableConcept
Patient.contact name HumanName
Patient.contact telecom ContactPoint
Patient.contact address Address
Patient.contact gender code
Patient.contact organization Reference
Patient.contact period Period
Patient communication @Patient.communication
Patient.communication language CodeableConcept
Patient.communication preferred boolean
Patient generalPractitioner Reference
Patient managingOrganization Reference
Patient link @Patient.link
Patient.link other Reference
Patient.link type code
Observation identifier Identifier
Observation basedOn Reference
Observation partOf Reference
Observation status code
Observation category CodeableConcept
Observation code CodeableConcept
Observation subject Reference
Observation focus Reference
Observation encounter Reference
Observation issued instant
Observation performer Reference
Observation dataAbsentReason CodeableConcept
Observation interpretation CodeableConcept
Observation note Annotation
Observation bodySite CodeableConcept
Observation method CodeableConcept
Observation specimen Reference
Observation device Reference
Observation referenceRange @Observation.referenceRange
Observation.referenceRange low Quantity
Observation.referenceRange high Quantity
Observation.referenceRange type CodeableConcept
Observation.referenceRange appliesTo CodeableConcept
Observation.referenceRange age Range
Observation.referenceRange text string
Observation hasMember Reference
Observation derivedFrom Reference
Observation component @Observation.component
Observation.component code CodeableConcept
Observation.component dataAbsentReason CodeableConcept
Observation.component interpretation CodeableConcept
Questionnaire url uri
Questionnaire identifier Identifier
Questionnaire version string
Questionnaire name string
Questionnaire title string
Questionnaire derivedFrom canonical
Questionnaire status code
Questionnaire experimental boolean
Questionnaire subjectType code
Questionnaire date dateTime
Questionnaire publisher string
Questionnaire contact ContactDetail
Questionnaire description markdown
Questionnaire useContext UsageContext
Questionnaire jurisdiction CodeableConcept
Questionnaire purpose markdown
Questionnaire copyright markdown
Questionnaire approvalDate date
Questionnaire lastReviewDate date
Questionnaire effectivePeriod Period
Questionnaire code Coding
Questionnaire item @Questionnaire.item
Questionnaire.item linkId string
Questionnaire.item definition uri
Questionnaire.item code Coding
Questionnaire.item prefix string
Questionnaire.item text string
Questionnaire.item type code
Questionnaire.item enableWhen @Questionnaire.item.enableWhen
Questionnaire.item.enableWhen question string
Questionnaire.item.enableWhen operator code
Questionnaire.item enableBehavior code
Questionnaire.item required boolean
Questionnaire.item repeats boolean
Questionnaire.item readOnly boolean
Questionnaire.item maxLength integer
Questionnaire.item answerValueSet canonical
Questionnaire.item answerOption @Questionnaire.item.answerOption
Questionnaire.item.answerOption initialSelected boolean
Questionnaire.item initial @Questionnaire.item.initial
Questionnaire.item item =Questionnaire.item
QuestionnaireResponse identifier Identifier
QuestionnaireResponse basedOn Reference
QuestionnaireResponse partOf Reference
QuestionnaireResponse questionnaire canonical
QuestionnaireResponse status code
QuestionnaireResponse subject Reference
QuestionnaireResponse encounter Reference
QuestionnaireResponse authored dateTime
QuestionnaireResponse author Reference
QuestionnaireResponse source Reference
QuestionnaireResponse item @QuestionnaireResponse.item
QuestionnaireResponse.item linkId string
QuestionnaireResponse.item definition uri
QuestionnaireResponse.item text string
QuestionnaireResponse.item answer @QuestionnaireResponse.item.answer
QuestionnaireResponse.item.answer item =QuestionnaireResponse.item
QuestionnaireResponse.item item =QuestionnaireResponse.item
ValueSet url uri
ValueSet identifier Identifier
ValueSet version string
ValueSet name string
ValueSet title string
ValueSet status code
ValueSet experimental boolean
ValueSet date dateTime
ValueSet publisher string
ValueSet contact ContactDetail
ValueSet description markdown
ValueSet immutable boolean
ValueSet purpose markdown
ValueSet copyright markdown
ValueSet compose @ValueSet.compose
ValueSet.compose lockedDate date
ValueSet.compose inactive boolean
ValueSet.compose include @ValueSet.compose.include
ValueSet.compose exclude =ValueSet.compose.include
ValueSet.compose.include system uri
ValueSet.compose.include version string
ValueSet.compose.include concept @ValueSet.compose.include.concept
ValueSet.compose.include.concept code code
ValueSet.compose.include.concept display string
ValueSet.compose.include filter @ValueSet.compose.include.filter
ValueSet.compose.include.filter property code
ValueSet.compose.include.filter op code
ValueSet.compose.include.filter value string
ValueSet.compose.include valueSet canonical
ValueSet expansion @ValueSet.expansion
ValueSet.expansion identifier uri
ValueSet.expansion timestamp dateTime
ValueSet.expansion total integer
ValueSet.expansion offset integer
ValueSet.expansion parameter @ValueSet.expansion.parameter
ValueSet.expansion.parameter name string
ValueSet.expansion contains @ValueSet.expansion.contains
ValueSet.expansion.contains system uri
ValueSet.expansion.contains abstract boolean
ValueSet.expansion.contains inactive boolean
ValueSet.expansion.contains version string
ValueSet.expansion.contains code code
ValueSet.expansion.contains display string
ValueSet.expansion.contains contains =ValueSet.expansion.contains
Bundle identifier Identifier
Bundle type code
Bundle timestamp instant
Bundle total unsignedInt
Bundle link @Bundle.link
Bundle.link relation string
Bundle.link url uri
Bundle entry @Bundle.entry
Bundle.entry fullUrl uri
Bundle.entry resource Resource
Parameters parameter @Parameters.parameter
Parameters.parameter name string
Parameters.parameter resource Resource
Parameters.parameter part =Parameters.parameter
)";

struct Tables {
    QHash<QString, QString> elements; // "Parent\nname" -> type key
    Tables()
    {
        const QString text = QString::fromLatin1(kElements);
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(u' ');
            if (parts.size() != 3)
                continue;
            QString type = parts[2];
            if (type.startsWith(u'='))
                type = u'@' + type.mid(1);
            elements.insert(parts[0] + u'\n' + parts[1], type);
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

// FHIR R4 data types that may follow a choice element's base name (http://hl7.org/fhir/R4/datatypes.html).
constexpr const char *kChoiceTypes[] = {"base64Binary",
                                        "boolean",
                                        "canonical",
                                        "code",
                                        "date",
                                        "dateTime",
                                        "decimal",
                                        "id",
                                        "instant",
                                        "integer",
                                        "markdown",
                                        "oid",
                                        "positiveInt",
                                        "string",
                                        "time",
                                        "unsignedInt",
                                        "uri",
                                        "url",
                                        "uuid",
                                        "Address",
                                        "Age",
                                        "Annotation",
                                        "Attachment",
                                        "CodeableConcept",
                                        "Coding",
                                        "ContactPoint",
                                        "Count",
                                        "Distance",
                                        "Duration",
                                        "HumanName",
                                        "Identifier",
                                        "Money",
                                        "Period",
                                        "Quantity",
                                        "Range",
                                        "Ratio",
                                        "Reference",
                                        "SampledData",
                                        "Signature",
                                        "Timing",
                                        "ContactDetail",
                                        "Contributor",
                                        "DataRequirement",
                                        "Expression",
                                        "ParameterDefinition",
                                        "RelatedArtifact",
                                        "TriggerDefinition",
                                        "UsageContext",
                                        "Dosage",
                                        "Meta"};

// Base names of the R4 choice elements ([x]) in the resources Questionnaires touch, extensions and
// ElementDefinition. A JSON key is a choice only with one of these bases, so "linkId" stays "linkId".
const QSet<QString> &choiceBases()
{
    static const QSet<QString> bases{
        QStringLiteral("value"),      QStringLiteral("deceased"),     QStringLiteral("multipleBirth"),
        QStringLiteral("effective"),  QStringLiteral("onset"),        QStringLiteral("abatement"),
        QStringLiteral("answer"),     QStringLiteral("initial"),      QStringLiteral("timing"),
        QStringLiteral("occurrence"), QStringLiteral("performed"),    QStringLiteral("born"),
        QStringLiteral("age"),        QStringLiteral("defaultValue"), QStringLiteral("fixed"),
        QStringLiteral("pattern"),    QStringLiteral("minValue"),     QStringLiteral("maxValue"),
        QStringLiteral("product"),    QStringLiteral("medication"),   QStringLiteral("reported"),
        QStringLiteral("asNeeded"),   QStringLiteral("serviced"),     QStringLiteral("location"),
        QStringLiteral("collected"),  QStringLiteral("allowed"),      QStringLiteral("used"),
        QStringLiteral("subject"),    QStringLiteral("rate"),         QStringLiteral("dose"),
        QStringLiteral("author"),     QStringLiteral("probability"),  QStringLiteral("item"),
        QStringLiteral("event"),      QStringLiteral("scheduled"),    QStringLiteral("time"),
        QStringLiteral("detail"),     QStringLiteral("diagnosis"),    QStringLiteral("procedure"),
        QStringLiteral("definition"), QStringLiteral("target"),       QStringLiteral("source"),
    };
    return bases;
}

const QHash<QString, QString> &primitiveToSystem()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("boolean"), QStringLiteral("Boolean")},
        {QStringLiteral("integer"), QStringLiteral("Integer")},
        {QStringLiteral("positiveInt"), QStringLiteral("Integer")},
        {QStringLiteral("unsignedInt"), QStringLiteral("Integer")},
        {QStringLiteral("integer64"), QStringLiteral("Integer")},
        {QStringLiteral("decimal"), QStringLiteral("Decimal")},
        {QStringLiteral("date"), QStringLiteral("Date")},
        {QStringLiteral("dateTime"), QStringLiteral("DateTime")},
        {QStringLiteral("instant"), QStringLiteral("DateTime")},
        {QStringLiteral("time"), QStringLiteral("Time")},
        {QStringLiteral("string"), QStringLiteral("String")},
        {QStringLiteral("code"), QStringLiteral("String")},
        {QStringLiteral("id"), QStringLiteral("String")},
        {QStringLiteral("markdown"), QStringLiteral("String")},
        {QStringLiteral("uri"), QStringLiteral("String")},
        {QStringLiteral("url"), QStringLiteral("String")},
        {QStringLiteral("canonical"), QStringLiteral("String")},
        {QStringLiteral("oid"), QStringLiteral("String")},
        {QStringLiteral("uuid"), QStringLiteral("String")},
        {QStringLiteral("base64Binary"), QStringLiteral("String")},
        {QStringLiteral("xhtml"), QStringLiteral("String")},
    };
    return map;
}

// Direct parent of each FHIR type that is not a plain Element (R4 type hierarchy, profiles of Quantity included).
const QHash<QString, QString> &fhirParents()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("code"), QStringLiteral("string")},
        {QStringLiteral("id"), QStringLiteral("string")},
        {QStringLiteral("markdown"), QStringLiteral("string")},
        {QStringLiteral("url"), QStringLiteral("uri")},
        {QStringLiteral("canonical"), QStringLiteral("uri")},
        {QStringLiteral("oid"), QStringLiteral("uri")},
        {QStringLiteral("uuid"), QStringLiteral("uri")},
        {QStringLiteral("positiveInt"), QStringLiteral("integer")},
        {QStringLiteral("unsignedInt"), QStringLiteral("integer")},
        {QStringLiteral("Age"), QStringLiteral("Quantity")},
        {QStringLiteral("Count"), QStringLiteral("Quantity")},
        {QStringLiteral("Distance"), QStringLiteral("Quantity")},
        {QStringLiteral("Duration"), QStringLiteral("Quantity")},
        {QStringLiteral("SimpleQuantity"), QStringLiteral("Quantity")},
        {QStringLiteral("MoneyQuantity"), QStringLiteral("Quantity")},
        {QStringLiteral("BackboneElement"), QStringLiteral("Element")},
        {QStringLiteral("Extension"), QStringLiteral("Element")},
    };
    return map;
}

// Resources that are not DomainResources (R4).
bool isPlainResource(QStringView type)
{
    return type == u"Bundle" || type == u"Parameters" || type == u"Binary";
}

} // namespace

QString elementType(const QString &parent, QStringView name, bool parentIsResource)
{
    const auto &el = tables().elements;
    QString key = parent.startsWith(u'@') ? parent.mid(1) : parent;
    key += u'\n';
    key += name;
    auto it = el.constFind(key);
    if (it != el.constEnd())
        return it.value();
    // Resource-level elements for any resource type (id, meta, text, contained), and extensions everywhere.
    if (parentIsResource) {
        it = el.constFind(QStringLiteral("Resource\n") + name.toString());
        if (it != el.constEnd())
            return it.value();
    }
    it = el.constFind(QStringLiteral("*\n") + name.toString());
    if (it != el.constEnd())
        return it.value();
    if (name == u"id")
        return QStringLiteral("string"); // Element.id
    return {};
}

bool splitChoice(QStringView key, QString &base, QString &type)
{
    // The suffix starts at the last upper-case letter that leaves a known base and a known type.
    for (qsizetype i = key.size() - 1; i > 0; --i) {
        if (!key[i].isUpper())
            continue;
        const QStringView b = key.left(i);
        if (!choiceBases().contains(b.toString()))
            continue;
        const QStringView suffix = key.mid(i);
        for (const char *t : kChoiceTypes) {
            const QLatin1String name(t);
            if (suffix.size() == name.size() && suffix.mid(1) == QLatin1String(t + 1)
                && suffix[0].toLower() == QChar::fromLatin1(t[0]).toLower()) {
                base = b.toString();
                type = name;
                return true;
            }
        }
    }
    return false;
}

QString choiceSuffix(const QString &type)
{
    if (type.isEmpty())
        return type;
    QString s = type;
    s[0] = s[0].toUpper();
    return s;
}

QString publicTypeName(const QString &key)
{
    return key.startsWith(u'@') ? QStringLiteral("BackboneElement") : key;
}

bool isFhirPrimitiveType(QStringView type)
{
    return primitiveToSystem().contains(type.toString());
}

QString systemTypeOf(QStringView fhirPrimitive)
{
    return primitiveToSystem().value(fhirPrimitive.toString());
}

bool fhirTypeIs(const QString &type, QStringView ancestor, bool isResource)
{
    if (type == ancestor)
        return true;
    if (isResource) {
        if (ancestor == u"Resource")
            return true;
        return ancestor == u"DomainResource" && !isPlainResource(type);
    }
    if (type.isEmpty())
        return ancestor == u"Element" || ancestor == u"BackboneElement";
    if (ancestor == u"Element")
        return true;
    QString t = type;
    for (int guard = 0; guard < 4; ++guard) {
        const auto it = fhirParents().constFind(t);
        if (it == fhirParents().constEnd())
            return false;
        t = it.value();
        if (t == ancestor)
            return true;
    }
    return false;
}

bool isKnownFhirType(QStringView type)
{
    if (type.isEmpty())
        return false;
    if (isFhirPrimitiveType(type))
        return true;
    // Complex types and resources start with an upper-case letter; any such name is accepted as a FHIR type,
    // since the engine does not carry the full list of R4 resources.
    return type.front().isUpper();
}

bool isQuantityType(QStringView type)
{
    return type == u"Quantity" || fhirParents().value(type.toString()) == u"Quantity";
}

} // namespace veldwerk::fhirpath::detail
