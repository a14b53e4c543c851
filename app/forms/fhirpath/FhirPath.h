#pragma once

// FHIRPath (http://hl7.org/fhirpath/N1/) for FHIR R4 Questionnaires (SDC): a documented subset, see
// docs/fhirpath.md. QtCore only. Inputs are untrusted (an imported Questionnaire may hold any expression), so every
// resource the evaluator spends is bounded (Limits) and every failure is an Error value, never an exception, a
// crash or a hang.
//
// Use: parse once, evaluate many.
//   auto expr = Expression::parse(u"%resource.item.where(linkId = 'q1').answer.value");
//   Environment env;
//   env.setVariable(QStringLiteral("resource"), {Item::node(responseTree)});
//   auto result = expr->evaluate({Item::node(responseTree)}, env);

#include "common/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace veldwerk::fhirpath {

// ---------------------------------------------------------------------------------------------------------------
// Errors

enum class ErrorCode {
    Syntax,             // the text is not a FHIRPath expression (detail says what was expected)
    TooDeep,            // nesting beyond Limits::maxDepth (parse time)
    TooLong,            // expression text beyond Limits::maxExpressionLength
    UnknownFunction,    // a function that is neither built in nor registered by the host (detail: its name)
    UnknownVariable,    // %name not set in the Environment (detail: its name)
    UnknownType,        // a type specifier in is/as/ofType that is not a known FHIR or System type
    WrongArgumentCount, // a function called with too few or too many arguments
    InvalidArgument,    // an argument of the wrong kind (a negative precision, a non-string pattern, ...)
    TypeMismatch,       // an operator applied to operands it is not defined for (1 + 'a', 'a' < 1, ...)
    NotSingleton,       // a collection of more than one item where the spec requires a single item
    Overflow,           // Integer or Decimal arithmetic beyond the representable range
    StepLimit,          // evaluation took more than Limits::maxSteps steps
    CollectionLimit,    // a collection grew beyond Limits::maxCollectionSize
    StringLimit,        // a string grew beyond Limits::maxStringLength
    InvalidRegex,       // a pattern that QRegularExpression rejects
    RegexLimit,         // a regular expression exceeded its match limit or the input bound
    InvalidJson,        // Node::parseJson: not a JSON object
    HostFunction,       // a host function failed (it may also return any other code)
    Unsupported,        // valid FHIRPath outside the documented subset (detail: what)
};

// Stable English name of a code ("UnknownFunction"), for logs and for the integrator's Dutch messages.
const char *errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Syntax;
    QString detail;          // English, e.g. the function name or "expected ')'"
    qsizetype position = -1; // character offset into the expression text, -1 when not tied to one place

    QString toString() const; // "Syntax at 12: expected ')'"
};

template <typename T>
using Result = veldwerk::Result<T, Error>;

// ---------------------------------------------------------------------------------------------------------------
// System values

// An exact decimal: mantissa * 10^-scale with a 128-bit mantissa (about 38 significant digits) and a scale of
// 0..maxScale. Arithmetic that would need more digits than fit is an Overflow error, never a silent wrap.
// The scale is the number of decimals written (1.50 has scale 2); equality ignores trailing zeros.
class Decimal {
public:
    static constexpr int maxScale = 28;

    Decimal() = default;
    static Decimal fromInteger(std::int64_t value);
    // FHIRPath / FHIR JSON decimal text: optional '-', digits, optional '.' digits; exponent form ("1e3", as JSON
    // numbers may be written) is accepted. Empty when malformed or out of range.
    static std::optional<Decimal> parse(QStringView text);

    __int128 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }

    QString toString() const; // keeps the scale: 1.50 stays "1.50"
    double toDouble() const;

    // Internal constructor; callers outside the library use parse/fromInteger. Requires 0 <= scale <= maxScale
    // and |mantissa| < 10^38.
    static Decimal fromParts(__int128 mantissa, int scale);

private:
    __int128 m_mantissa = 0;
    int m_scale = 0;
};

// A Date, DateTime or Time with partial precision and an optional timezone offset (FHIRPath §2.1.20.3).
// Fractional seconds are kept to milliseconds.
struct Temporal {
    enum class Kind : std::uint8_t { Date, DateTime, Time };
    enum class Precision : std::uint8_t { Year, Month, Day, Hour, Minute, Second, Millisecond };

    Kind kind = Kind::Date;
    Precision precision = Precision::Year;
    std::int16_t year = 0;
    std::uint8_t month = 1, day = 1, hour = 0, minute = 0, second = 0;
    std::uint16_t millisecond = 0;
    bool hasOffset = false;
    std::int16_t offsetMinutes = 0; // east of UTC; "Z" is hasOffset with 0

    // FHIR text ("2020-01-31", "2020-01-31T10:00:00+01:00", "10:00:00.123"), without FHIRPath's '@' / "@T".
    // A DateTime may be given with date precision only ("2020-01"), as FHIR dateTime allows.
    static std::optional<Temporal> parse(Kind kind, QStringView text);
    QString toString() const; // the FHIR text form, as precise as the value
    // FHIRPath literal form: "@2020-01-31", "@2020-01-31T10:00", "@T10:00".
    QString toLiteral() const;

    friend bool operator==(const Temporal &, const Temporal &) = default; // field-wise, not FHIRPath equality
};

// A Quantity: a decimal with a unit. The unit is a UCUM code ("kg", "[lb_av]", "mo") or one of FHIRPath's
// calendar duration keywords, stored singular ("year", "month", "week", "day", "hour", "minute", "second",
// "millisecond"). A FHIR Quantity element {value, unit, system, code} converts to one when used as a value.
struct Quantity {
    Decimal value;
    QString unit = QStringLiteral("1");

    bool isCalendarDuration() const;
};

class Node;
using NodePtr = std::shared_ptr<const Node>;

// One item of a collection: a System value or an element node of the FHIR tree.
class Item {
public:
    enum class Kind : std::uint8_t { Boolean, Integer, Decimal, String, Date, DateTime, Time, Quantity, Node };

    static Item boolean(bool value);
    static Item integer(std::int64_t value);
    static Item decimal(Decimal value);
    static Item string(QString value);
    static Item temporal(Temporal value);
    static Item quantity(Quantity value);
    static Item node(NodePtr node);

    Kind kind() const { return m_kind; }
    bool isNode() const { return m_kind == Kind::Node; }

    // Accessors; each asserts the kind.
    bool asBoolean() const;
    std::int64_t asInteger() const;
    const Decimal &asDecimal() const;
    const QString &asString() const;
    const Temporal &asTemporal() const;
    const Quantity &asQuantity() const;
    const NodePtr &asNode() const;

    // The System value this item stands for in operators: a node that is a FHIR primitive gives its value
    // (Patient.birthDate -> Date), a FHIR Quantity element gives a Quantity; any other item is returned as is.
    Item systemValue() const;

private:
    Item() = default;
    using Storage = std::variant<std::monostate, bool, std::int64_t, Decimal, QString, Temporal,
                                 std::shared_ptr<const Quantity>, NodePtr>;
    Storage m_value;
    Kind m_kind = Kind::Boolean;
};

// Ordered, possibly empty, possibly with duplicates (FHIRPath §4.1).
using Collection = std::vector<Item>;

// ---------------------------------------------------------------------------------------------------------------
// The data model: an immutable FHIR element tree, shared by std::shared_ptr<const Node>.
//
// A node is either an object (a resource or a complex element: children, no value) or a primitive (a value, and
// possibly the children "id" and "extension" from FHIR JSON's "_name" companion). Arrays are repeated children of
// the same name, in order. Every node has a FHIR type name when it is known ("Patient", "HumanName", "Coding",
// "date", "string"); choice elements (value[x]) are children named without the suffix ("value") whose type is the
// suffix ("Coding"). The small type table is documented in docs/fhirpath.md.
class Node {
public:
    struct Child {
        QString name;
        NodePtr node;
        bool choice = false;    // written in JSON as name + type suffix (valueCoding)
        bool repeating = false; // written in JSON as an array even when alone (came from one)
    };

    // A FHIR resource (or any JSON object) in R4 JSON. typeName is used when the object has no "resourceType"
    // (for an element, e.g. "Coding"); empty when unknown. Cheap: strings are shared with the QJsonObject.
    // JSON numbers arrive from Qt as doubles, so their written precision ("1.50") is lost here; use parseJson to
    // keep it.
    static NodePtr fromJson(const QJsonObject &object, const QString &typeName = {});
    // The same from JSON text, keeping decimal numbers exactly as written.
    static Result<NodePtr> parseJson(QByteArrayView json, const QString &typeName = {});
    // A primitive node (value of kind Boolean, Integer, Decimal, String, Date, DateTime or Time). fhirType
    // defaults to the System kind's FHIR name ("boolean", "integer", "decimal", "string", "date", ...).
    static NodePtr primitive(Item value, QString fhirType = {});

    bool isPrimitive() const { return m_value.has_value(); }
    const std::optional<Item> &value() const { return m_value; } // set exactly for primitives
    const QString &typeName() const { return m_typeName; }       // FHIR type, empty when unknown
    bool isResource() const { return m_resource; }               // had a resourceType
    int tag() const { return m_tag; }                            // opaque host value, -1 unless set

    const std::vector<Child> &children() const { return m_children; }
    std::vector<NodePtr> children(QStringView name) const;
    NodePtr firstChild(QStringView name) const;

    // R4 JSON of this node: an object for objects, the JSON value for primitives (their id/extension are lost;
    // the parent writes them as "_name" in its own toJson).
    QJsonValue toJson() const;

private:
    friend class NodeBuilder;
    QString m_typeName;
    std::vector<Child> m_children;
    std::optional<Item> m_value;
    int m_tag = -1;
    bool m_resource = false;
};

// Builds nodes, and derives new nodes from old ones with structural sharing: untouched children stay the same
// shared pointers, so replacing one item's answers in a 1,000-item QuestionnaireResponse copies one path of
// parents, not the tree.
//   auto item = NodeBuilder(*oldItem).replaceChildren(u"answer", {answerNode}).build();
//   auto root = NodeBuilder(*oldRoot).replaceChild(index, item).build();
class NodeBuilder {
public:
    explicit NodeBuilder(QString typeName = {});
    explicit NodeBuilder(const Node &from); // a copy to modify: type, tag, value, children (shared)

    NodeBuilder &setTypeName(QString typeName);
    NodeBuilder &setResource(bool resource); // a resource: toJson writes resourceType
    NodeBuilder &setTag(int tag);
    NodeBuilder &setValue(Item value); // makes it a primitive; value must not be a Node
    // repeating: the element is a list in FHIR (item, answer, coding), so toJson writes an array even for one.
    NodeBuilder &append(QString name, NodePtr child, bool repeating = false);
    NodeBuilder &appendChoice(QString name, NodePtr child); // value[x]: written as name + type suffix
    NodeBuilder &appendValue(QString name, Item value, QString fhirType = {}, bool repeating = false);
    // Replaces all children of this name by nodes, at the position of the first such child (or at the end).
    NodeBuilder &replaceChildren(QStringView name, std::vector<NodePtr> nodes, bool repeating = false,
                                 bool choice = false);
    NodeBuilder &replaceChild(std::size_t index, NodePtr child); // keeps the name
    NodeBuilder &removeChildren(QStringView name);
    std::size_t childCount() const { return m_node.m_children.size(); }

    NodePtr build() const;

private:
    Node m_node;
};

// JSON for output: numbers as JSON numbers, strings, temporals as FHIR strings, a Quantity as
// {value, unit, system, code}, nodes as their JSON.
QJsonValue toJson(const Item &item);
QJsonArray toJson(const Collection &collection);

// The FHIRPath literal / toString() form of a System value ("1.50", "@2020-01", "5 'mg'"); nodes give their
// primitive value's text, or "" for objects.
QString toText(const Item &item);

// FHIRPath singleton evaluation of collections as a boolean (§4.5), as the operators and iif() use it: empty ->
// nullopt; one Boolean -> it; one Integer, Decimal or String that converts with toBoolean() ('true', 1, 0.0, ...)
// -> that; one that does not -> nullopt; one object node or other value -> true; more than one item ->
// NotSingleton.
Result<std::optional<bool>> toBoolean(const Collection &collection);

// ---------------------------------------------------------------------------------------------------------------
// Evaluation context

struct Limits {
    qsizetype maxExpressionLength = 1 << 20; // characters
    int maxDepth = 200;                      // AST nesting depth at parse time
    std::uint64_t maxSteps = 1'000'000;      // node/item operations per evaluation
    std::size_t maxCollectionSize = 100'000; // items in any intermediate collection
    qsizetype maxStringLength = 1 << 20;     // characters of any string built
    qsizetype maxRegexInput = 1 << 16;       // characters a regular expression is run on
};

// A host function. focus is the input collection; args are the evaluated argument expressions (each evaluated
// against the same input as the function, FHIRPath §5).
using HostFunction = std::function<Result<Collection>(const Collection &focus, const std::vector<Collection> &args)>;

class FunctionRegistry {
public:
    struct Entry {
        int minArgs = 0;
        int maxArgs = 0;
        HostFunction function;
    };
    // A host function overrides nothing: a name that is built in is not looked up here.
    void add(QString name, int minArgs, int maxArgs, HostFunction function);
    const Entry *find(QStringView name) const;
    bool contains(QStringView name) const { return find(name) != nullptr; }

private:
    QHash<QString, Entry> m_functions;
};

// Called when the evaluator reads children of an object node: childName is the element name, or empty for
// children()/descendants()/repeat()-style access of all children. Lets the forms engine learn which items'
// answers an expression depends on.
using AccessObserver = std::function<void(const Node &node, QStringView childName)>;

class Environment {
public:
    Environment();

    // A variable, referenced in expressions as %name (name given without '%', e.g. "resource", "context",
    // "questionnaire", an SDC variable's name). %ucum, %sct and %loinc are predefined and may be overridden;
    // %vs-[name] and %ext-[name] give FHIR's ValueSet and StructureDefinition URLs unless set here.
    void setVariable(const QString &name, Collection value);
    const Collection *variable(QStringView name) const;

    std::shared_ptr<const FunctionRegistry> functions; // host functions, may be null
    AccessObserver observer;                           // may be empty
    std::function<QDateTime()> clock;                  // now(), today(), timeOfDay(); default: the system clock
    std::function<void(const QString &name, const Collection &)> trace; // trace(); default: nothing
    Limits limits;

private:
    QHash<QString, Collection> m_variables;
};

struct ParseOptions {
    Limits limits;
    // Host functions the expression may call; a name that is neither built in nor here is an UnknownFunction
    // error at parse time. Evaluation looks them up in the Environment's registry.
    const FunctionRegistry *functions = nullptr;
    // Accept any function name at parse time (unknown ones then fail when evaluated).
    bool allowUnknownFunctions = false;
};

namespace detail {
struct Ast;
}

// A parsed expression: an immutable AST, cheap to copy, safe to evaluate from several threads at once.
class Expression {
public:
    Expression() = default; // the empty expression: evaluates to the empty collection

    static Result<Expression> parse(QStringView text, const ParseOptions &options = {});

    Result<Collection> evaluate(const Collection &focus, const Environment &env) const;
    Result<Collection> evaluate(const NodePtr &focus, const Environment &env) const;

    const QString &text() const;
    bool isEmpty() const { return !m_ast; }
    // The %variables the expression references, without '%', sorted, each once (for ordering SDC variables and
    // detecting cycles). Includes predefined ones such as "resource" and "ucum".
    QStringList variableNames() const;
    // The functions it calls, sorted, each once (built-in and host).
    QStringList functionNames() const;

private:
    std::shared_ptr<const detail::Ast> m_ast;
};

} // namespace veldwerk::fhirpath
