#pragma once

// Internal: the parsed form of an expression. Immutable after parsing, shared by every copy of an Expression and
// read concurrently by evaluations.

#include "app/forms/fhirpath/FhirPath.h"

#include <memory>
#include <vector>

namespace veldwerk::fhirpath::detail {

enum class Op : std::uint8_t {
    Literal,  // literal
    This,     // $this
    Index,    // $index
    Total,    // $total
    Variable, // %name
    Member,   // kids[0] (focus, may be null: the context) . name
    Call,     // kids[0] (focus, may be null) . name(kids[1..])
    Indexer,  // kids[0] [ kids[1] ]
    Negate,   // - kids[0]
    Positive, // + kids[0]
    Multiply,
    Divide,
    IntDivide,
    Modulo,
    Add,
    Subtract,
    Concatenate,
    Is, // kids[0] is type
    As, // kids[0] as type
    Union,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    Equivalent,
    NotEquivalent,
    In,
    Contains,
    And,
    Or,
    Xor,
    Implies,
    EmptyLiteral, // {}
};

// A type specifier: namespace ("System", "FHIR" or empty when unqualified) and name.
struct TypeSpec {
    QString ns;
    QString name;
};

// Built-in function identifiers; Host marks a function the Environment provides.
enum class Fn : std::uint8_t {
    None,
    Host,
    Empty,
    Exists,
    All,
    AllTrue,
    AnyTrue,
    AllFalse,
    AnyFalse,
    SubsetOf,
    SupersetOf,
    Count,
    Distinct,
    IsDistinct,
    Where,
    Select,
    Repeat,
    OfType,
    Single,
    First,
    Last,
    Tail,
    Skip,
    Take,
    Intersect,
    Exclude,
    Union,
    Combine,
    Iif,
    ToBoolean,
    ConvertsToBoolean,
    ToInteger,
    ConvertsToInteger,
    ToDecimal,
    ConvertsToDecimal,
    ToString,
    ConvertsToString,
    ToDate,
    ConvertsToDate,
    ToDateTime,
    ConvertsToDateTime,
    ToTime,
    ConvertsToTime,
    ToQuantity,
    ConvertsToQuantity,
    IndexOf,
    Substring,
    StartsWith,
    EndsWith,
    ContainsString,
    Upper,
    Lower,
    Replace,
    Matches,
    ReplaceMatches,
    Length,
    ToChars,
    Trim,
    Split,
    Join,
    Encode,
    Decode,
    Escape,
    Unescape,
    Abs,
    Ceiling,
    Exp,
    Floor,
    Ln,
    Log,
    Power,
    Round,
    Sqrt,
    Truncate,
    Children,
    Descendants,
    Trace,
    Now,
    TimeOfDay,
    Today,
    Not,
    Is,
    As,
    Type,
    Sum,
    Min,
    Max,
    Avg,
    Aggregate,
    HasValue,
    Extension,
    ConformsTo,
};

struct Builtin {
    const char *name;
    Fn fn;
    std::int8_t minArgs;
    std::int8_t maxArgs;
    // Arguments evaluated per input item with $this bound (where, select, ...), as a bit mask by position.
    std::uint8_t lambdaArgs;
    bool typeArg; // the single argument is a type specifier (is, as, ofType)
};

const Builtin *findBuiltin(QStringView name);

struct Expr {
    Op op = Op::Literal;
    Fn fn = Fn::None;
    int depth = 1; // height of this subtree, bounded by Limits::maxDepth
    qsizetype pos = 0;
    QString name;
    std::optional<Item> literal;
    TypeSpec type;
    std::vector<std::unique_ptr<Expr>> kids;
};

struct Ast {
    QString text;
    std::unique_ptr<Expr> root;
    QStringList variables;
    QStringList functions;
};

} // namespace veldwerk::fhirpath::detail
