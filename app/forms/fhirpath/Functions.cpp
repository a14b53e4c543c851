// The built-in functions (FHIRPath §5, §7 aggregate, FHIR's extension/hasValue/conformsTo), and host functions.
#include "app/forms/fhirpath/Evaluator.h"
#include "app/forms/fhirpath/Model.h"

#include <QRegularExpression>

#include <cmath>
#include <unordered_set>

namespace veldwerk::fhirpath::detail {

namespace {

// name, id, min args, max args, lambda argument mask, type argument
constexpr Builtin kBuiltins[] = {
    {"empty", Fn::Empty, 0, 0, 0, false},
    {"exists", Fn::Exists, 0, 1, 1, false},
    {"all", Fn::All, 1, 1, 1, false},
    {"allTrue", Fn::AllTrue, 0, 0, 0, false},
    {"anyTrue", Fn::AnyTrue, 0, 0, 0, false},
    {"allFalse", Fn::AllFalse, 0, 0, 0, false},
    {"anyFalse", Fn::AnyFalse, 0, 0, 0, false},
    {"subsetOf", Fn::SubsetOf, 1, 1, 0, false},
    {"supersetOf", Fn::SupersetOf, 1, 1, 0, false},
    {"count", Fn::Count, 0, 0, 0, false},
    {"distinct", Fn::Distinct, 0, 0, 0, false},
    {"isDistinct", Fn::IsDistinct, 0, 0, 0, false},
    {"where", Fn::Where, 1, 1, 1, false},
    {"select", Fn::Select, 1, 1, 1, false},
    {"repeat", Fn::Repeat, 1, 1, 1, false},
    {"ofType", Fn::OfType, 1, 1, 0, true},
    {"single", Fn::Single, 0, 0, 0, false},
    {"first", Fn::First, 0, 0, 0, false},
    {"last", Fn::Last, 0, 0, 0, false},
    {"tail", Fn::Tail, 0, 0, 0, false},
    {"skip", Fn::Skip, 1, 1, 0, false},
    {"take", Fn::Take, 1, 1, 0, false},
    {"intersect", Fn::Intersect, 1, 1, 0, false},
    {"exclude", Fn::Exclude, 1, 1, 0, false},
    {"union", Fn::Union, 1, 1, 0, false},
    {"combine", Fn::Combine, 1, 1, 0, false},
    {"iif", Fn::Iif, 2, 3, 0, false},
    {"toBoolean", Fn::ToBoolean, 0, 0, 0, false},
    {"convertsToBoolean", Fn::ConvertsToBoolean, 0, 0, 0, false},
    {"toInteger", Fn::ToInteger, 0, 0, 0, false},
    {"convertsToInteger", Fn::ConvertsToInteger, 0, 0, 0, false},
    {"toDecimal", Fn::ToDecimal, 0, 0, 0, false},
    {"convertsToDecimal", Fn::ConvertsToDecimal, 0, 0, 0, false},
    {"toString", Fn::ToString, 0, 0, 0, false},
    {"convertsToString", Fn::ConvertsToString, 0, 0, 0, false},
    {"toDate", Fn::ToDate, 0, 0, 0, false},
    {"convertsToDate", Fn::ConvertsToDate, 0, 0, 0, false},
    {"toDateTime", Fn::ToDateTime, 0, 0, 0, false},
    {"convertsToDateTime", Fn::ConvertsToDateTime, 0, 0, 0, false},
    {"toTime", Fn::ToTime, 0, 0, 0, false},
    {"convertsToTime", Fn::ConvertsToTime, 0, 0, 0, false},
    {"toQuantity", Fn::ToQuantity, 0, 1, 0, false},
    {"convertsToQuantity", Fn::ConvertsToQuantity, 0, 1, 0, false},
    {"indexOf", Fn::IndexOf, 1, 1, 0, false},
    {"substring", Fn::Substring, 1, 2, 0, false},
    {"startsWith", Fn::StartsWith, 1, 1, 0, false},
    {"endsWith", Fn::EndsWith, 1, 1, 0, false},
    {"contains", Fn::ContainsString, 1, 1, 0, false},
    {"upper", Fn::Upper, 0, 0, 0, false},
    {"lower", Fn::Lower, 0, 0, 0, false},
    {"replace", Fn::Replace, 2, 2, 0, false},
    {"matches", Fn::Matches, 1, 1, 0, false},
    {"replaceMatches", Fn::ReplaceMatches, 2, 2, 0, false},
    {"length", Fn::Length, 0, 0, 0, false},
    {"toChars", Fn::ToChars, 0, 0, 0, false},
    {"trim", Fn::Trim, 0, 0, 0, false},
    {"split", Fn::Split, 1, 1, 0, false},
    {"join", Fn::Join, 0, 1, 0, false},
    {"encode", Fn::Encode, 1, 1, 0, false},
    {"decode", Fn::Decode, 1, 1, 0, false},
    {"escape", Fn::Escape, 1, 1, 0, false},
    {"unescape", Fn::Unescape, 1, 1, 0, false},
    {"abs", Fn::Abs, 0, 0, 0, false},
    {"ceiling", Fn::Ceiling, 0, 0, 0, false},
    {"exp", Fn::Exp, 0, 0, 0, false},
    {"floor", Fn::Floor, 0, 0, 0, false},
    {"ln", Fn::Ln, 0, 0, 0, false},
    {"log", Fn::Log, 1, 1, 0, false},
    {"power", Fn::Power, 1, 1, 0, false},
    {"round", Fn::Round, 0, 1, 0, false},
    {"sqrt", Fn::Sqrt, 0, 0, 0, false},
    {"truncate", Fn::Truncate, 0, 0, 0, false},
    {"children", Fn::Children, 0, 0, 0, false},
    {"descendants", Fn::Descendants, 0, 0, 0, false},
    {"trace", Fn::Trace, 1, 2, 2, false},
    {"now", Fn::Now, 0, 0, 0, false},
    {"timeOfDay", Fn::TimeOfDay, 0, 0, 0, false},
    {"today", Fn::Today, 0, 0, 0, false},
    {"not", Fn::Not, 0, 0, 0, false},
    {"is", Fn::Is, 1, 1, 0, true},
    {"as", Fn::As, 1, 1, 0, true},
    {"type", Fn::Type, 0, 0, 0, false},
    {"sum", Fn::Sum, 0, 0, 0, false},
    {"min", Fn::Min, 0, 0, 0, false},
    {"max", Fn::Max, 0, 0, 0, false},
    {"avg", Fn::Avg, 0, 0, 0, false},
    {"aggregate", Fn::Aggregate, 1, 2, 1, false},
    {"hasValue", Fn::HasValue, 0, 0, 0, false},
    {"extension", Fn::Extension, 1, 1, 0, false},
    {"conformsTo", Fn::ConformsTo, 1, 1, 0, false},
};

Collection single(Item v)
{
    Collection c;
    c.push_back(std::move(v));
    return c;
}

Collection boolean(bool b)
{
    return single(Item::boolean(b));
}

bool isNumber(const Item &v)
{
    return v.kind() == Item::Kind::Integer || v.kind() == Item::Kind::Decimal;
}

Decimal numberAsDecimal(const Item &v)
{
    return v.kind() == Item::Kind::Integer ? Decimal::fromInteger(v.asInteger()) : v.asDecimal();
}

// FHIRPath's grammar for numbers in strings (toInteger/toDecimal): no exponent, optional sign.
bool isPlainNumber(const QString &s, bool allowFraction)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < s.size() && s[i].unicode() >= u'0' && s[i].unicode() <= u'9')
        ++i;
    if (i == digitsStart)
        return false;
    if (allowFraction && i < s.size() && s[i] == u'.') {
        ++i;
        const qsizetype f = i;
        while (i < s.size() && s[i].unicode() >= u'0' && s[i].unicode() <= u'9')
            ++i;
        if (i == f)
            return false;
    }
    return i == s.size();
}

// Expands $1, ${1} and ${name} in a replaceMatches substitution (the .NET / JavaScript style the spec's examples
// use).
QString expandSubstitution(const QString &sub, const QRegularExpressionMatch &m)
{
    QString out;
    for (qsizetype i = 0; i < sub.size(); ++i) {
        if (sub[i] != u'$' || i + 1 >= sub.size()) {
            out += sub[i];
            continue;
        }
        if (sub[i + 1] == u'$') {
            out += u'$';
            ++i;
            continue;
        }
        if (sub[i + 1] == u'{') {
            const qsizetype close = sub.indexOf(u'}', i + 2);
            if (close > 0) {
                const QString name = sub.mid(i + 2, close - i - 2);
                bool numeric = false;
                const int n = name.toInt(&numeric);
                // ${} names no group: nothing (and no warning from Qt for an empty name).
                if (numeric)
                    out += m.captured(n);
                else if (!name.isEmpty())
                    out += m.captured(name);
                i = close;
                continue;
            }
        }
        if (sub[i + 1].isDigit()) {
            int n = sub[i + 1].digitValue();
            qsizetype j = i + 2;
            if (j < sub.size() && sub[j].isDigit() && n * 10 + sub[j].digitValue() <= m.lastCapturedIndex()) {
                n = n * 10 + sub[j].digitValue();
                ++j;
            }
            out += m.captured(n);
            i = j - 1;
            continue;
        }
        out += sub[i];
    }
    return out;
}

} // namespace

const Builtin *findBuiltin(QStringView name)
{
    for (const Builtin &b : kBuiltins) {
        if (name == QLatin1String(b.name))
            return &b;
    }
    return nullptr;
}

// ---- Conversions (FHIRPath §5.5) ----------------------------------------------------------------------------------

std::optional<Item> convertToInteger(const Item &v)
{
    switch (v.kind()) {
    case Item::Kind::Integer:
        return v;
    case Item::Kind::Boolean:
        return Item::integer(v.asBoolean() ? 1 : 0);
    case Item::Kind::String:
        if (!isPlainNumber(v.asString(), false))
            return std::nullopt;
        if (const auto i = parseInteger(v.asString()))
            return Item::integer(*i);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<Item> convertToDecimal(const Item &v)
{
    switch (v.kind()) {
    case Item::Kind::Decimal:
        return v;
    case Item::Kind::Integer:
        return Item::decimal(Decimal::fromInteger(v.asInteger()));
    case Item::Kind::Boolean:
        return Item::decimal(*Decimal::parse(v.asBoolean() ? u"1.0" : u"0.0"));
    case Item::Kind::String:
        if (!isPlainNumber(v.asString(), true))
            return std::nullopt;
        if (const auto d = Decimal::parse(v.asString()))
            return Item::decimal(*d);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<QString> convertToString(const Item &v)
{
    if (v.isNode())
        return std::nullopt;
    return toText(v);
}

std::optional<Item> convertToQuantity(const Item &v)
{
    switch (v.kind()) {
    case Item::Kind::Quantity:
        return v;
    case Item::Kind::Integer:
    case Item::Kind::Decimal:
        return Item::quantity(Quantity{numberAsDecimal(v), QStringLiteral("1")});
    case Item::Kind::Boolean:
        return Item::quantity(Quantity{*Decimal::parse(v.asBoolean() ? u"1.0" : u"0.0"), QStringLiteral("1")});
    case Item::Kind::String:
        if (auto q = parseQuantity(v.asString()))
            return Item::quantity(std::move(*q));
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<Item> convertToTemporal(const Item &v, Temporal::Kind kind)
{
    if (v.kind() == Item::Kind::String) {
        if (auto t = Temporal::parse(kind, v.asString()))
            return Item::temporal(*t);
        return std::nullopt;
    }
    if (v.kind() == Item::Kind::Date) {
        if (kind == Temporal::Kind::Date)
            return v;
        if (kind == Temporal::Kind::DateTime)
            return Item::temporal(toDateTime(v.asTemporal()));
        return std::nullopt;
    }
    if (v.kind() == Item::Kind::DateTime) {
        if (kind == Temporal::Kind::DateTime)
            return v;
        if (kind == Temporal::Kind::Date) {
            Temporal t = v.asTemporal();
            t.kind = Temporal::Kind::Date;
            t.hasOffset = false;
            t.offsetMinutes = 0;
            if (t.precision > Temporal::Precision::Day)
                t.precision = Temporal::Precision::Day;
            t.hour = t.minute = t.second = 0;
            t.millisecond = 0;
            return Item::temporal(t);
        }
        return std::nullopt;
    }
    if (v.kind() == Item::Kind::Time && kind == Temporal::Kind::Time)
        return v;
    return std::nullopt;
}

// ---- Dispatch -----------------------------------------------------------------------------------------------------

namespace {

// One function call being evaluated. The functions are split into small groups so that the stack frame on every
// recursive path (an argument that calls where(), which calls select(), ...) stays small, also in debug builds where
// a single large switch would keep the locals of every case alive at once.
class Call {
public:
    Call(Evaluator &ev, const Expr &expr, const Frame &frame, const Collection &in)
        : e(expr)
        , f(frame)
        , input(in)
        , argc(expr.kids.size() - 1)
        , m_ev(ev)
    {
    }

    Result<Collection> host();
    Result<Collection> existence();
    Result<Collection> filtering();
    Result<Collection> subsetting();
    Result<Collection> iif();
    Result<Collection> utility();
    Result<Collection> conversion();
    Result<Collection> strings();
    Result<Collection> replace();
    Result<Collection> regex();
    Result<Collection> encoding();
    Result<Collection> math();
    Result<Collection> aggregates();

private:
    Result<Collection> eval(const Expr &x, const Frame &g) { return m_ev.eval(x, g); }
    void setOne(const Item &item)
    {
        if (one.empty())
            one.push_back(item);
        else
            one[0] = item;
    }
    Result<Collection> whereChildEquals(const QString &name, const std::vector<const QString *> &values);
    Result<Collection> arg(std::size_t i) { return m_ev.eval(*e.kids[i + 1], f); }
    // A lambda argument evaluated for one input item, with $this and $index bound.
    Result<Collection> perItem(std::size_t argIndex, std::size_t i)
    {
        setOne(input[i]);
        Frame inner;
        inner.context = &one;
        inner.index = static_cast<std::int64_t>(i);
        inner.total = f.total;
        return m_ev.eval(*e.kids[argIndex + 1], inner);
    }
    Failure<Error> mismatch(const QString &what) const
    {
        return fail(error(ErrorCode::TypeMismatch, e.name + QStringLiteral("(): ") + what, e));
    }
    // The single input item as a System value, for functions on one value.
    Result<std::optional<Item>> singleInput() { return singleton(input, e, "the input of this function"); }
    Result<std::optional<QString>> stringInput()
    {
        FP_TRY(v, singleInput());
        if (!v)
            return std::optional<QString>();
        if (v->kind() != Item::Kind::String)
            return fail(error(ErrorCode::TypeMismatch, e.name + QStringLiteral("() needs a string"), e));
        return std::optional<QString>(v->asString());
    }
    Result<std::optional<QString>> stringArg(std::size_t i)
    {
        FP_TRY(a, arg(i));
        FP_TRY(v, singleton(a, e, "a string argument"));
        if (!v)
            return std::optional<QString>();
        if (v->kind() != Item::Kind::String)
            return fail(error(ErrorCode::InvalidArgument, e.name + QStringLiteral("() needs a string argument"), e));
        return std::optional<QString>(v->asString());
    }
    Result<std::optional<std::int64_t>> integerArg(std::size_t i)
    {
        FP_TRY(a, arg(i));
        FP_TRY(v, singleton(a, e, "an integer argument"));
        if (!v)
            return std::optional<std::int64_t>();
        if (v->kind() != Item::Kind::Integer)
            return fail(error(ErrorCode::InvalidArgument, e.name + QStringLiteral("() needs an integer argument"), e));
        return std::optional<std::int64_t>(v->asInteger());
    }
    Error tooManyItems() const
    {
        return error(ErrorCode::CollectionLimit,
                     QStringLiteral("a collection of more than %1 items").arg(limits().maxCollectionSize), e);
    }
    Result<Collection> sized(Collection c) const
    {
        if (auto err = checkSize(c, e))
            return fail(*err);
        return c;
    }
    Result<Collection> stringResult(QString s) const
    {
        if (auto err = checkString(s, e))
            return fail(*err);
        return single(Item::string(std::move(s)));
    }

    // The evaluator's helpers, under the names the function bodies use.
    Error error(ErrorCode code, QString detail, const Expr &at) const
    {
        return m_ev.error(code, std::move(detail), at);
    }
    std::optional<Error> checkSize(const Collection &c, const Expr &at) const { return m_ev.checkSize(c, at); }
    std::optional<Error> checkString(const QString &s, const Expr &at) const { return m_ev.checkString(s, at); }
    Result<std::optional<Item>> singleton(const Collection &c, const Expr &at, const char *what) const
    {
        return m_ev.singleton(c, at, what);
    }
    Result<std::optional<bool>> booleanOf(const Collection &c, const Expr &at) const { return m_ev.booleanOf(c, at); }
    bool step(std::uint64_t n = 1) { return m_ev.step(n); }
    Error stepError(const Expr &at) const { return m_ev.stepError(at); }
    bool overBudget() const { return m_ev.overBudget(); }
    bool containsItem(const Collection &c, const Item &x) { return m_ev.containsItem(c, x); }
    std::optional<Error> distinctInPlace(Collection &c, const Expr &at) { return m_ev.distinctInPlace(c, at); }
    bool matchesType(const Item &item, const TypeSpec &type) const { return m_ev.matchesType(item, type); }
    Item typeInfo(const Item &item) const { return m_ev.typeInfo(item); }
    QDateTime now() { return m_ev.now(); }
    void observe(const Node &node, QStringView name) const { m_ev.observe(node, name); }
    const Limits &limits() const { return m_ev.limits(); }
    const Environment &env() const { return m_ev.env(); }

    const Expr &e;
    const Frame &f;
    const Collection &input;
    const std::size_t argc;
    Evaluator &m_ev;
    Collection one; // the one-item $this collection of an iteration, allocated when first needed
};

Result<Collection> Call::whereChildEquals(const QString &name, const std::vector<const QString *> &values)
{
    Collection out;
    for (const Item &item : input) {
        if (!step(values.size()))
            return fail(stepError(e));
        if (item.isNode() && m_ev.childEquals(*item.asNode(), name, values))
            out.push_back(item);
    }
    return out;
}

Result<Collection> Call::host()
{
    switch (e.fn) {
    case Fn::Host: {
        const FunctionRegistry::Entry *entry = env().functions ? env().functions->find(e.name) : nullptr;
        if (!entry)
            return fail(error(ErrorCode::UnknownFunction, e.name, e));
        if (static_cast<int>(argc) < entry->minArgs || static_cast<int>(argc) > entry->maxArgs)
            return fail(error(ErrorCode::WrongArgumentCount, e.name, e));
        std::vector<Collection> args;
        args.reserve(argc);
        for (std::size_t i = 0; i < argc; ++i) {
            FP_TRY(a, arg(i));
            args.push_back(std::move(a));
        }
        auto r = entry->function(input, args);
        if (!r) {
            Error err = r.error();
            if (err.position < 0)
                err.position = e.pos;
            return fail(err);
        }
        return sized(std::move(*r));
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::existence()
{
    switch (e.fn) {
    case Fn::Empty:
        return boolean(input.empty());
    case Fn::Exists:
        if (argc == 0)
            return boolean(!input.empty());
        for (std::size_t i = 0; i < input.size(); ++i) {
            FP_TRY(r, perItem(0, i));
            FP_TRY(b, booleanOf(r, e));
            if (b && *b)
                return boolean(true);
        }
        return boolean(false);
    case Fn::All:
        for (std::size_t i = 0; i < input.size(); ++i) {
            FP_TRY(r, perItem(0, i));
            FP_TRY(b, booleanOf(r, e));
            if (!b || !*b)
                return boolean(false);
        }
        return boolean(true);
    case Fn::AllTrue:
    case Fn::AnyTrue:
    case Fn::AllFalse:
    case Fn::AnyFalse: {
        const bool want = e.fn == Fn::AllTrue || e.fn == Fn::AnyTrue;
        const bool all = e.fn == Fn::AllTrue || e.fn == Fn::AllFalse;
        for (const Item &item : input) {
            const Item v = item.systemValue();
            const bool hit = v.kind() == Item::Kind::Boolean && v.asBoolean() == want;
            if (all && !hit)
                return boolean(false);
            if (!all && hit)
                return boolean(true);
        }
        return boolean(all);
    }
    case Fn::SubsetOf:
    case Fn::SupersetOf: {
        FP_TRY(other, arg(0));
        const Collection &small = e.fn == Fn::SubsetOf ? input : other;
        const Collection &big = e.fn == Fn::SubsetOf ? other : input;
        for (const Item &item : small) {
            if (!containsItem(big, item))
                return overBudget() ? fail(stepError(e)) : Result<Collection>(boolean(false));
        }
        return boolean(true);
    }
    case Fn::Count:
        return single(Item::integer(static_cast<std::int64_t>(input.size())));
    case Fn::Distinct: {
        Collection c = input;
        if (auto err = distinctInPlace(c, e))
            return fail(*err);
        return c;
    }
    case Fn::IsDistinct: {
        Collection c = input;
        if (auto err = distinctInPlace(c, e))
            return fail(*err);
        return boolean(c.size() == input.size());
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::filtering()
{
    switch (e.fn) {
    case Fn::Where: {
        // where(linkId = 'x' or …), the commonest SDC criterion, without building a collection per item.
        const QString *name = nullptr;
        std::vector<const QString *> values;
        if (Evaluator::childEqualsLiterals(*e.kids[1], &name, values))
            return whereChildEquals(*name, values);
        Collection out;
        for (std::size_t i = 0; i < input.size(); ++i) {
            FP_TRY(r, perItem(0, i));
            FP_TRY(b, booleanOf(r, e));
            if (b && *b)
                out.push_back(input[i]);
        }
        return out;
    }
    case Fn::Select: {
        Collection out;
        for (std::size_t i = 0; i < input.size(); ++i) {
            FP_TRY(r, perItem(0, i));
            out.insert(out.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
            if (auto err = checkSize(out, e))
                return fail(*err);
        }
        return out;
    }
    case Fn::Repeat: {
        // Breadth first; an item already in the result is not expanded again, so repeat($this) and cycles end.
        Collection out;
        Collection frontier = input;
        // repeat(item): a plain child name is read straight from the nodes, as member() would, without an
        // evaluation per node.
        const Expr &projection = *e.kids[1];
        const QString *childName = projection.op == Op::Member && !projection.kids[0] && !startsUpper(projection.name)
                                       ? &projection.name
                                       : nullptr;
        std::unordered_set<const Node *> seenNodes;
        QSet<QString> seenValues;
        while (!frontier.empty()) {
            Collection next;
            for (const Item &item : frontier) {
                Collection r;
                if (childName) {
                    if (!item.isNode())
                        continue;
                    const Node &n = *item.asNode();
                    m_ev.observe(n, *childName);
                    for (const Node::Child &c : n.children()) {
                        if (c.name == *childName)
                            r.push_back(Item::node(c.node));
                    }
                } else {
                    setOne(item);
                    Frame inner;
                    inner.context = &one;
                    inner.total = f.total;
                    FP_TRY(evaluated, eval(*e.kids[1], inner));
                    r = std::move(evaluated);
                }
                for (Item &x : r) {
                    if (!step())
                        return fail(stepError(e));
                    if (x.isNode()) {
                        if (!seenNodes.insert(x.asNode().get()).second)
                            continue;
                    } else {
                        const QString key = toText(x) + u'\x1f' + QString::number(static_cast<int>(x.kind()));
                        if (seenValues.contains(key))
                            continue;
                        seenValues.insert(key);
                    }
                    out.push_back(x);
                    next.push_back(std::move(x));
                }
                if (auto err = checkSize(out, e))
                    return fail(*err);
            }
            frontier = std::move(next);
        }
        return out;
    }
    case Fn::OfType: {
        Collection out;
        for (const Item &item : input) {
            if (matchesType(item, e.type))
                out.push_back(item);
        }
        return out;
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::subsetting()
{
    switch (e.fn) {
    case Fn::Single:
        if (input.size() > 1)
            return fail(error(ErrorCode::NotSingleton, QStringLiteral("single() on %1 items").arg(input.size()), e));
        return input;
    case Fn::First:
        return input.empty() ? Collection() : single(input.front());
    case Fn::Last:
        return input.empty() ? Collection() : single(input.back());
    case Fn::Tail:
        return input.size() <= 1 ? Collection() : Collection(input.begin() + 1, input.end());
    case Fn::Skip:
    case Fn::Take: {
        FP_TRY(n, integerArg(0));
        if (!n)
            return e.fn == Fn::Skip ? input : Collection();
        const std::size_t k = *n <= 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(*n), input.size());
        if (e.fn == Fn::Skip)
            return Collection(input.begin() + static_cast<std::ptrdiff_t>(k), input.end());
        return Collection(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(k));
    }
    case Fn::Intersect: {
        FP_TRY(other, arg(0));
        Collection out;
        for (const Item &item : input) {
            if (containsItem(other, item))
                out.push_back(item);
        }
        if (overBudget())
            return fail(stepError(e));
        if (auto err = distinctInPlace(out, e))
            return fail(*err);
        return out;
    }
    case Fn::Exclude: {
        FP_TRY(other, arg(0));
        Collection out;
        for (const Item &item : input) {
            if (!containsItem(other, item))
                out.push_back(item);
        }
        if (overBudget())
            return fail(stepError(e));
        return out;
    }
    case Fn::Union:
    case Fn::Combine: {
        FP_TRY(other, arg(0));
        Collection out = input;
        out.insert(out.end(), other.begin(), other.end());
        if (auto err = checkSize(out, e))
            return fail(*err);
        if (e.fn == Fn::Union) {
            if (auto err = distinctInPlace(out, e))
                return fail(*err);
        }
        return out;
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::iif()
{
    switch (e.fn) {
    case Fn::Iif: {
        // The criterion and results are evaluated in the caller's context, or against the focus when iif is
        // invoked on one (x.iif(...)); only the chosen branch is evaluated.
        Frame g = f;
        if (e.kids[0]) {
            if (input.size() > 1)
                return fail(error(ErrorCode::NotSingleton, QStringLiteral("iif() on more than one item"), e));
            g.context = &input;
        }
        FP_TRY(c, eval(*e.kids[1], g));
        FP_TRY(b, booleanOf(c, e));
        if (b && *b)
            return eval(*e.kids[2], g);
        if (argc == 3)
            return eval(*e.kids[3], g);
        return Collection();
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::utility()
{
    switch (e.fn) {
    case Fn::Trace: {
        FP_TRY(name, stringArg(0));
        if (env().trace) {
            if (argc == 2) {
                Collection projected;
                for (std::size_t i = 0; i < input.size(); ++i) {
                    FP_TRY(r, perItem(1, i));
                    projected.insert(projected.end(), r.begin(), r.end());
                }
                env().trace(name.value_or(QString()), projected);
            } else {
                env().trace(name.value_or(QString()), input);
            }
        }
        return input;
    }
    case Fn::Now:
        return single(Item::temporal(fromQDateTime(now(), Temporal::Kind::DateTime)));
    case Fn::Today:
        return single(Item::temporal(fromQDateTime(now(), Temporal::Kind::Date)));
    case Fn::TimeOfDay:
        return single(Item::temporal(fromQDateTime(now(), Temporal::Kind::Time)));
    case Fn::Not: {
        FP_TRY(b, booleanOf(input, e));
        if (!b)
            return Collection();
        return boolean(!*b);
    }
    case Fn::Is:
    case Fn::As: {
        if (input.empty())
            return Collection();
        if (input.size() > 1)
            return fail(error(ErrorCode::NotSingleton, e.name + QStringLiteral("() on more than one item"), e));
        if (!e.type.ns.isEmpty() && e.type.ns != u"System" && e.type.ns != u"FHIR")
            return fail(error(ErrorCode::UnknownType, e.type.ns + u'.' + e.type.name, e));
        const bool match = matchesType(input.front(), e.type);
        if (e.fn == Fn::Is)
            return boolean(match);
        return match ? input : Collection();
    }
    case Fn::Type: {
        Collection out;
        for (const Item &item : input)
            out.push_back(typeInfo(item));
        return out;
    }
    case Fn::Children:
    case Fn::Descendants: {
        Collection out;
        Collection frontier = input;
        while (!frontier.empty()) {
            Collection next;
            for (const Item &item : frontier) {
                if (!item.isNode())
                    continue;
                const Node &n = *item.asNode();
                observe(n, QStringView());
                for (const Node::Child &c : n.children()) {
                    if (!step())
                        return fail(stepError(e));
                    out.push_back(Item::node(c.node));
                    if (e.fn == Fn::Descendants)
                        next.push_back(Item::node(c.node));
                }
                if (auto err = checkSize(out, e))
                    return fail(*err);
            }
            frontier = std::move(next);
        }
        return out;
    }
    case Fn::HasValue: {
        if (input.size() != 1)
            return boolean(false);
        const Item &i = input.front();
        return boolean(!i.isNode() || i.asNode()->isPrimitive());
    }
    case Fn::Extension: {
        FP_TRY(url, stringArg(0));
        if (!url)
            return Collection();
        Collection out;
        for (const Item &item : input) {
            if (!item.isNode())
                continue;
            const Node &n = *item.asNode();
            observe(n, u"extension");
            for (const Node::Child &c : n.children()) {
                if (c.name != u"extension")
                    continue;
                const NodePtr u = c.node->firstChild(u"url");
                if (u && u->value() && u->value()->kind() == Item::Kind::String && u->value()->asString() == *url)
                    out.push_back(Item::node(c.node));
            }
        }
        return out;
    }
    case Fn::ConformsTo: {
        FP_TRY(url, stringArg(0));
        FP_TRY(v, singleton(input, e, "conformsTo()"));
        if (!url || !v)
            return Collection();
        // Only the base profiles of the core types: a StructureDefinition URL whose last part is the type.
        const QString base = QStringLiteral("http://hl7.org/fhir/StructureDefinition/");
        if (!url->startsWith(base) || url->size() == base.size())
            return fail(error(ErrorCode::Unsupported, QStringLiteral("conformsTo() for profile ") + *url, e));
        if (!v->isNode())
            return boolean(false);
        const Node &n = *v->asNode();
        return boolean(fhirTypeIs(n.typeName(), QStringView(*url).mid(base.size()), n.isResource()));
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::conversion()
{
    switch (e.fn) {
    case Fn::ToBoolean:
    case Fn::ConvertsToBoolean: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        const auto b = convertToBoolean(*v);
        if (e.fn == Fn::ConvertsToBoolean)
            return boolean(b.has_value());
        return b ? boolean(*b) : Collection();
    }
    case Fn::ToInteger:
    case Fn::ConvertsToInteger: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        auto r = convertToInteger(*v);
        if (e.fn == Fn::ConvertsToInteger)
            return boolean(r.has_value());
        return r ? single(std::move(*r)) : Collection();
    }
    case Fn::ToDecimal:
    case Fn::ConvertsToDecimal: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        auto r = convertToDecimal(*v);
        if (e.fn == Fn::ConvertsToDecimal)
            return boolean(r.has_value());
        return r ? single(std::move(*r)) : Collection();
    }
    case Fn::ToString:
    case Fn::ConvertsToString: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        auto r = convertToString(*v);
        if (e.fn == Fn::ConvertsToString)
            return boolean(r.has_value());
        return r ? single(Item::string(std::move(*r))) : Collection();
    }
    case Fn::ToDate:
    case Fn::ConvertsToDate:
    case Fn::ToDateTime:
    case Fn::ConvertsToDateTime:
    case Fn::ToTime:
    case Fn::ConvertsToTime: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        const Temporal::Kind kind = (e.fn == Fn::ToDate || e.fn == Fn::ConvertsToDate) ? Temporal::Kind::Date
                                    : (e.fn == Fn::ToDateTime || e.fn == Fn::ConvertsToDateTime)
                                        ? Temporal::Kind::DateTime
                                        : Temporal::Kind::Time;
        auto r = convertToTemporal(*v, kind);
        if (e.fn == Fn::ConvertsToDate || e.fn == Fn::ConvertsToDateTime || e.fn == Fn::ConvertsToTime)
            return boolean(r.has_value());
        return r ? single(std::move(*r)) : Collection();
    }
    case Fn::ToQuantity:
    case Fn::ConvertsToQuantity: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        auto r = convertToQuantity(*v);
        if (r && argc == 1) {
            FP_TRY(unit, stringArg(0));
            if (!unit)
                return Collection();
            const QString target = calendarKeyword(*unit).isEmpty() ? *unit : calendarKeyword(*unit);
            const auto converted = convert(r->asQuantity(), target);
            r = converted ? std::optional<Item>(Item::quantity(*converted)) : std::nullopt;
        }
        if (e.fn == Fn::ConvertsToQuantity)
            return boolean(r.has_value());
        return r ? single(std::move(*r)) : Collection();
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::strings()
{
    switch (e.fn) {
    case Fn::IndexOf: {
        FP_TRY(s, stringInput());
        FP_TRY(sub, stringArg(0));
        if (!s || !sub)
            return Collection();
        return single(Item::integer(sub->isEmpty() ? 0 : s->indexOf(*sub)));
    }
    case Fn::Substring: {
        FP_TRY(s, stringInput());
        FP_TRY(start, integerArg(0));
        if (!s || !start)
            return Collection();
        if (*start < 0 || *start >= s->size())
            return Collection();
        if (argc == 2) {
            FP_TRY(length, integerArg(1));
            if (!length)
                return single(Item::string(s->mid(static_cast<qsizetype>(*start))));
            if (*length <= 0)
                return single(Item::string(QString()));
            return single(Item::string(s->mid(static_cast<qsizetype>(*start),
                                              static_cast<qsizetype>(std::min<std::int64_t>(*length, s->size())))));
        }
        return single(Item::string(s->mid(static_cast<qsizetype>(*start))));
    }
    case Fn::StartsWith:
    case Fn::EndsWith:
    case Fn::ContainsString: {
        FP_TRY(s, stringInput());
        FP_TRY(sub, stringArg(0));
        if (!s || !sub)
            return Collection();
        const bool r = e.fn == Fn::StartsWith ? s->startsWith(*sub)
                       : e.fn == Fn::EndsWith ? s->endsWith(*sub)
                                              : s->contains(*sub);
        return boolean(r);
    }
    case Fn::Upper:
    case Fn::Lower:
    case Fn::Trim:
    case Fn::Length:
    case Fn::ToChars: {
        FP_TRY(s, stringInput());
        if (!s)
            return Collection();
        switch (e.fn) {
        case Fn::Upper:
            return stringResult(s->toUpper());
        case Fn::Lower:
            return stringResult(s->toLower());
        case Fn::Trim:
            return single(Item::string(s->trimmed()));
        case Fn::Length:
            return single(Item::integer(s->size()));
        default: {
            if (static_cast<std::size_t>(s->size()) > limits().maxCollectionSize)
                return fail(tooManyItems());
            Collection out;
            for (qsizetype i = 0; i < s->size(); ++i) {
                // A surrogate pair is one character.
                const qsizetype n = (s->at(i).isHighSurrogate() && i + 1 < s->size()) ? 2 : 1;
                out.push_back(Item::string(s->mid(i, n)));
                i += n - 1;
            }
            return sized(std::move(out));
        }
        }
    }
    case Fn::Split: {
        FP_TRY(s, stringInput());
        FP_TRY(sep, stringArg(0));
        if (!s || !sep)
            return Collection();
        if (sep->isEmpty() && static_cast<std::size_t>(s->size()) > limits().maxCollectionSize)
            return fail(tooManyItems());
        Collection out;
        if (sep->isEmpty()) {
            for (const QChar c : *s)
                out.push_back(Item::string(QString(c)));
        } else {
            for (const QString &part : s->split(*sep))
                out.push_back(Item::string(part));
        }
        return sized(std::move(out));
    }
    case Fn::Join: {
        QString sep;
        if (argc == 1) {
            FP_TRY(a, stringArg(0));
            sep = a.value_or(QString());
        }
        QString out;
        bool first = true;
        for (const Item &item : input) {
            const Item v = item.systemValue();
            if (v.kind() != Item::Kind::String)
                return mismatch(QStringLiteral("join() needs strings"));
            if (!first)
                out += sep;
            out += v.asString();
            first = false;
            if (auto err = checkString(out, e))
                return fail(*err);
        }
        return single(Item::string(out));
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::replace()
{
    switch (e.fn) {
    case Fn::Replace: {
        FP_TRY(s, stringInput());
        FP_TRY(pattern, stringArg(0));
        FP_TRY(substitution, stringArg(1));
        if (!s || !pattern || !substitution)
            return Collection();
        // Bound the result before building it.
        const qsizetype count = pattern->isEmpty() ? s->size() + 1 : s->count(*pattern);
        if (count * substitution->size() + s->size() > limits().maxStringLength)
            return fail(*checkString(QString(limits().maxStringLength + 1, u' '), e));
        if (pattern->isEmpty()) {
            // 'abc'.replace('', 'x') = 'xaxbxcx' (FHIRPath §5.6.8).
            QString out = *substitution;
            for (const QChar c : *s) {
                out += c;
                out += *substitution;
            }
            return stringResult(out);
        }
        QString out = *s;
        out.replace(*pattern, *substitution);
        return stringResult(out);
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

// A pattern is compiled once per thread, not per evaluation: a form runs the same matches() on every answer, and
// compiling was nine tenths of its cost. Bounded: a hostile form cannot grow the cache beyond 64 patterns.
QRegularExpression compiledPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    if (const auto it = cache.constFind(pattern); it != cache.constEnd())
        return *it;
    if (cache.size() >= 64)
        cache.clear();
    // PCRE2 lowers its backtracking budget for this pattern (a pattern can only lower it further), so a
    // catastrophic pattern fails quickly instead of running for minutes. 'Single line' mode per the spec.
    QRegularExpression re(QStringLiteral("(*LIMIT_MATCH=1000000)(*LIMIT_DEPTH=10000)") + pattern,
                          QRegularExpression::DotMatchesEverythingOption);
    re.optimize();
    cache.insert(pattern, re);
    return re;
}

Result<Collection> Call::regex()
{
    switch (e.fn) {
    case Fn::Matches:
    case Fn::ReplaceMatches: {
        FP_TRY(s, stringInput());
        FP_TRY(pattern, stringArg(0));
        std::optional<QString> substitution;
        if (e.fn == Fn::ReplaceMatches) {
            FP_TRY(sub, stringArg(1));
            substitution = sub;
            if (!sub)
                return Collection();
        }
        if (!s || !pattern)
            return Collection();
        if (s->size() > limits().maxRegexInput || pattern->size() > limits().maxRegexInput)
            return fail(error(ErrorCode::RegexLimit, QStringLiteral("regular expression input too long"), e));
        const QRegularExpression re = compiledPattern(*pattern);
        if (!re.isValid())
            return fail(error(ErrorCode::InvalidRegex, re.errorString(), e));
        if (e.fn == Fn::Matches) {
            const QRegularExpressionMatch m = re.match(*s);
            return boolean(m.hasMatch());
        }
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(*s);
        int guard = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(*s).mid(last, m.capturedStart() - last);
            out += expandSubstitution(*substitution, m);
            last = m.capturedEnd();
            if (out.size() > limits().maxStringLength || !step() || ++guard > 1'000'000)
                return fail(*checkString(QString(limits().maxStringLength + 1, u' '), e));
        }
        out += QStringView(*s).mid(last);
        return stringResult(out);
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::encoding()
{
    switch (e.fn) {
    case Fn::Encode:
    case Fn::Decode: {
        FP_TRY(s, stringInput());
        FP_TRY(format, stringArg(0));
        if (!s || !format)
            return Collection();
        const bool hex = *format == u"hex";
        const bool url = *format == u"urlbase64";
        if (!hex && !url && *format != u"base64")
            return fail(error(ErrorCode::InvalidArgument, QStringLiteral("unknown encoding ") + *format, e));
        if (e.fn == Fn::Encode) {
            const QByteArray bytes = s->toUtf8();
            const QByteArray out = hex   ? bytes.toHex()
                                   : url ? bytes.toBase64(QByteArray::Base64UrlEncoding)
                                         : bytes.toBase64();
            return stringResult(QString::fromLatin1(out));
        }
        const QByteArray in = s->toLatin1();
        QByteArray out;
        if (hex) {
            out = QByteArray::fromHex(in);
        } else {
            auto decoded =
                QByteArray::fromBase64Encoding(in, (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
                                                       | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return Collection();
            out = *decoded;
        }
        return stringResult(QString::fromUtf8(out));
    }
    case Fn::Escape:
    case Fn::Unescape: {
        FP_TRY(s, stringInput());
        FP_TRY(format, stringArg(0));
        if (!s || !format)
            return Collection();
        if (*format == u"html") {
            if (e.fn == Fn::Escape)
                return stringResult(s->toHtmlEscaped());
            QString out = *s;
            out.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            return stringResult(out);
        }
        if (*format == u"json") {
            QString out;
            if (e.fn == Fn::Escape) {
                for (const QChar c : *s) {
                    switch (c.unicode()) {
                    case u'"':
                        out += QStringLiteral("\\\"");
                        break;
                    case u'\\':
                        out += QStringLiteral("\\\\");
                        break;
                    case u'\n':
                        out += QStringLiteral("\\n");
                        break;
                    case u'\r':
                        out += QStringLiteral("\\r");
                        break;
                    case u'\t':
                        out += QStringLiteral("\\t");
                        break;
                    default:
                        out += c;
                    }
                }
            } else {
                for (qsizetype i = 0; i < s->size(); ++i) {
                    if (s->at(i) == u'\\' && i + 1 < s->size()) {
                        const QChar n = s->at(++i);
                        out += n == u'n' ? QChar(u'\n') : n == u'r' ? QChar(u'\r') : n == u't' ? QChar(u'\t') : n;
                    } else {
                        out += s->at(i);
                    }
                }
            }
            return stringResult(out);
        }
        return fail(error(ErrorCode::InvalidArgument, QStringLiteral("unknown escape format ") + *format, e));
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::math()
{
    switch (e.fn) {
    case Fn::Abs:
    case Fn::Ceiling:
    case Fn::Floor:
    case Fn::Truncate:
    case Fn::Round:
    case Fn::Exp:
    case Fn::Ln:
    case Fn::Sqrt:
    case Fn::Log:
    case Fn::Power: {
        FP_TRY(v, singleInput());
        if (!v)
            return Collection();
        if (e.fn == Fn::Abs && v->kind() == Item::Kind::Quantity) {
            Quantity q = v->asQuantity();
            if (q.value.isNegative())
                q.value = *negate(q.value);
            return single(Item::quantity(std::move(q)));
        }
        if (!isNumber(*v))
            return mismatch(QStringLiteral("needs a number"));
        const Decimal d = numberAsDecimal(*v);
        auto integerResult = [&](Rounding mode) -> Result<Collection> {
            const auto r = rescale(d, 0, mode);
            const auto i = r ? toInteger(*r) : std::nullopt;
            if (!i)
                return fail(error(ErrorCode::Overflow, QStringLiteral("result out of range"), e));
            return single(Item::integer(*i));
        };
        auto fromDoubleResult = [&](double x) -> Result<Collection> {
            const auto r = fromDouble(x);
            if (!r)
                return Collection(); // not a real number (ln(-1), sqrt(-1)): empty
            return single(Item::decimal(*r));
        };
        switch (e.fn) {
        case Fn::Abs:
            if (v->kind() == Item::Kind::Integer) {
                if (v->asInteger() == std::numeric_limits<std::int64_t>::min())
                    return fail(error(ErrorCode::Overflow, QStringLiteral("integer overflow"), e));
                return single(Item::integer(v->asInteger() < 0 ? -v->asInteger() : v->asInteger()));
            }
            return single(Item::decimal(d.isNegative() ? *negate(d) : d));
        case Fn::Ceiling:
            return integerResult(Rounding::Ceiling);
        case Fn::Floor:
            return integerResult(Rounding::Floor);
        case Fn::Truncate:
            return integerResult(Rounding::Truncate);
        case Fn::Round: {
            std::int64_t precision = 0;
            if (argc == 1) {
                FP_TRY(p, integerArg(0));
                if (!p)
                    return Collection();
                precision = *p;
            }
            if (precision < 0 || precision > Decimal::maxScale)
                return fail(error(ErrorCode::InvalidArgument, QStringLiteral("round() precision out of range"), e));
            const auto r = rescale(d, static_cast<int>(precision), Rounding::HalfUp);
            if (!r)
                return fail(error(ErrorCode::Overflow, QStringLiteral("result out of range"), e));
            return single(Item::decimal(*r));
        }
        case Fn::Exp:
            return fromDoubleResult(std::exp(d.toDouble()));
        case Fn::Ln:
            if (!(d.toDouble() > 0))
                return Collection();
            return fromDoubleResult(std::log(d.toDouble()));
        case Fn::Sqrt:
            if (d.isNegative())
                return Collection();
            return fromDoubleResult(std::sqrt(d.toDouble()));
        case Fn::Log: {
            FP_TRY(baseArg, arg(0));
            FP_TRY(b, singleton(baseArg, e, "log() base"));
            if (!b)
                return Collection();
            if (!isNumber(*b))
                return mismatch(QStringLiteral("log() base must be a number"));
            const double x = d.toDouble();
            const double base = numberAsDecimal(*b).toDouble();
            if (!(x > 0) || !(base > 0) || base == 1.0)
                return Collection();
            return fromDoubleResult(std::log(x) / std::log(base));
        }
        default: { // power
            FP_TRY(expArg, arg(0));
            FP_TRY(p, singleton(expArg, e, "power() exponent"));
            if (!p)
                return Collection();
            if (!isNumber(*p))
                return mismatch(QStringLiteral("power() exponent must be a number"));
            // Integer and decimal bases with a whole non-negative exponent stay exact.
            if (p->kind() == Item::Kind::Integer && p->asInteger() >= 0 && p->asInteger() <= 1024) {
                if (v->kind() == Item::Kind::Integer) {
                    std::int64_t r = 1;
                    for (std::int64_t i = 0; i < p->asInteger(); ++i) {
                        if (__builtin_mul_overflow(r, v->asInteger(), &r))
                            return fail(error(ErrorCode::Overflow, QStringLiteral("integer overflow"), e));
                    }
                    return single(Item::integer(r));
                }
                Decimal r = Decimal::fromInteger(1);
                for (std::int64_t i = 0; i < p->asInteger(); ++i) {
                    const auto m = multiply(r, d);
                    if (!m)
                        return fail(error(ErrorCode::Overflow, QStringLiteral("decimal overflow"), e));
                    r = *m;
                }
                return single(Item::decimal(r));
            }
            const double x = std::pow(d.toDouble(), numberAsDecimal(*p).toDouble());
            if (!std::isfinite(x))
                return Collection();
            return fromDoubleResult(x);
        }
        }
    }
    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

Result<Collection> Call::aggregates()
{
    switch (e.fn) {
    case Fn::Sum:
    case Fn::Avg: {
        if (input.empty())
            return Collection();
        std::optional<Item> total;
        for (const Item &item : input) {
            const Item v = item.systemValue();
            if (!isNumber(v) && v.kind() != Item::Kind::Quantity)
                return mismatch(QStringLiteral("sum() needs numbers or quantities"));
            if (!total) {
                total = v;
                continue;
            }
            FP_TRY(r, arithmeticOf(Op::Add, *total, v, e));
            if (!r)
                return mismatch(QStringLiteral("quantities with units that do not add"));
            total = std::move(*r);
        }
        if (e.fn == Fn::Sum)
            return single(std::move(*total));
        FP_TRY(avg, arithmeticOf(Op::Divide, *total, Item::integer(static_cast<std::int64_t>(input.size())), e));
        return avg ? single(std::move(*avg)) : Collection();
    }
    case Fn::Min:
    case Fn::Max: {
        if (input.empty())
            return Collection();
        Item best = input.front().systemValue();
        for (std::size_t i = 1; i < input.size(); ++i) {
            const Item v = input[i].systemValue();
            // Reuse the comparison operator through a tiny synthetic evaluation of < on the two values.
            std::optional<std::strong_ordering> order;
            if (isNumber(v) && isNumber(best)) {
                order = compare(numberAsDecimal(v), numberAsDecimal(best));
            } else if (v.kind() == Item::Kind::String && best.kind() == Item::Kind::String) {
                const int c = v.asString().compare(best.asString());
                order = c < 0   ? std::strong_ordering::less
                        : c > 0 ? std::strong_ordering::greater
                                : std::strong_ordering::equal;
            } else if (v.kind() == Item::Kind::Quantity && best.kind() == Item::Kind::Quantity) {
                order = compare(v.asQuantity(), best.asQuantity());
                if (!order)
                    return mismatch(QStringLiteral("quantities that do not compare"));
            } else if ((v.kind() == Item::Kind::Date || v.kind() == Item::Kind::DateTime
                        || v.kind() == Item::Kind::Time)
                       && (best.kind() == Item::Kind::Date || best.kind() == Item::Kind::DateTime
                           || best.kind() == Item::Kind::Time)) {
                const auto p = compare(v.asTemporal(), best.asTemporal());
                if (!p)
                    return mismatch(QStringLiteral("dates and times do not compare"));
                if (*p == PartialOrder::Unknown)
                    return Collection();
                order = *p == PartialOrder::Less      ? std::strong_ordering::less
                        : *p == PartialOrder::Greater ? std::strong_ordering::greater
                                                      : std::strong_ordering::equal;
            } else {
                return mismatch(QStringLiteral("values that do not compare"));
            }
            if ((e.fn == Fn::Min && *order < 0) || (e.fn == Fn::Max && *order > 0))
                best = v;
        }
        return single(best);
    }
    case Fn::Aggregate: {
        Collection total;
        if (argc == 2) {
            FP_TRY(init, arg(1));
            total = std::move(init);
        }
        for (std::size_t i = 0; i < input.size(); ++i) {
            setOne(input[i]);
            Frame inner;
            inner.context = &one;
            inner.index = static_cast<std::int64_t>(i);
            inner.total = &total;
            FP_TRY(r, eval(*e.kids[1], inner));
            total = std::move(r);
        }
        return total;
    }

    default:
        break;
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

} // namespace

Result<Collection> Evaluator::callFunction(const Expr &e, const Frame &f)
{
    Collection focusStorage;
    const Collection *input = f.context;
    // x.item.where(linkId = 'q1'): select the matching children directly, without first collecting every item.
    const QString *criterionName = nullptr;
    std::vector<const QString *> literals;
    if (e.fn == Fn::Where && e.kids[0] && e.kids[0]->op == Op::Member && !startsUpper(e.kids[0]->name)
        && childEqualsLiterals(*e.kids[1], &criterionName, literals)) {
        const Expr &path = *e.kids[0];
        Error err;
        const Collection *parents = path.kids[0] ? borrow(*path.kids[0], f, focusStorage, err) : f.context;
        if (!parents)
            return fail(err);
        Collection out;
        for (const Item &parent : *parents) {
            if (!parent.isNode())
                continue;
            const Node &p = *parent.asNode();
            observe(p, path.name);
            for (const Node::Child &c : p.children()) {
                if (c.name != path.name)
                    continue;
                if (!step(1 + literals.size()))
                    return fail(stepError(e));
                if (childEquals(*c.node, *criterionName, literals))
                    out.push_back(Item::node(c.node));
            }
        }
        return out;
    }
    if (e.kids[0]) {
        Error err;
        input = borrow(*e.kids[0], f, focusStorage, err);
        if (!input)
            return fail(err);
    }
    if (!step(input->size()))
        return fail(stepError(e));
    Call call(*this, e, f, *input);
    switch (e.fn) {
    case Fn::None:
        break;
    case Fn::Host:
        return call.host();
    case Fn::Empty:
    case Fn::Exists:
    case Fn::All:
    case Fn::AllTrue:
    case Fn::AnyTrue:
    case Fn::AllFalse:
    case Fn::AnyFalse:
    case Fn::SubsetOf:
    case Fn::SupersetOf:
    case Fn::Count:
    case Fn::Distinct:
    case Fn::IsDistinct:
        return call.existence();
    case Fn::Where:
    case Fn::Select:
    case Fn::Repeat:
    case Fn::OfType:
        return call.filtering();
    case Fn::Single:
    case Fn::First:
    case Fn::Last:
    case Fn::Tail:
    case Fn::Skip:
    case Fn::Take:
    case Fn::Intersect:
    case Fn::Exclude:
    case Fn::Union:
    case Fn::Combine:
        return call.subsetting();
    case Fn::Iif:
        return call.iif();
    case Fn::Trace:
    case Fn::Now:
    case Fn::Today:
    case Fn::TimeOfDay:
    case Fn::Not:
    case Fn::Is:
    case Fn::As:
    case Fn::Type:
    case Fn::Children:
    case Fn::Descendants:
    case Fn::HasValue:
    case Fn::Extension:
    case Fn::ConformsTo:
        return call.utility();
    case Fn::ToBoolean:
    case Fn::ConvertsToBoolean:
    case Fn::ToInteger:
    case Fn::ConvertsToInteger:
    case Fn::ToDecimal:
    case Fn::ConvertsToDecimal:
    case Fn::ToString:
    case Fn::ConvertsToString:
    case Fn::ToDate:
    case Fn::ConvertsToDate:
    case Fn::ToDateTime:
    case Fn::ConvertsToDateTime:
    case Fn::ToTime:
    case Fn::ConvertsToTime:
    case Fn::ToQuantity:
    case Fn::ConvertsToQuantity:
        return call.conversion();
    case Fn::IndexOf:
    case Fn::Substring:
    case Fn::StartsWith:
    case Fn::EndsWith:
    case Fn::ContainsString:
    case Fn::Upper:
    case Fn::Lower:
    case Fn::Trim:
    case Fn::Length:
    case Fn::ToChars:
    case Fn::Split:
    case Fn::Join:
        return call.strings();
    case Fn::Replace:
        return call.replace();
    case Fn::Matches:
    case Fn::ReplaceMatches:
        return call.regex();
    case Fn::Encode:
    case Fn::Decode:
    case Fn::Escape:
    case Fn::Unescape:
        return call.encoding();
    case Fn::Abs:
    case Fn::Ceiling:
    case Fn::Floor:
    case Fn::Truncate:
    case Fn::Round:
    case Fn::Exp:
    case Fn::Ln:
    case Fn::Sqrt:
    case Fn::Log:
    case Fn::Power:
        return call.math();
    case Fn::Sum:
    case Fn::Avg:
    case Fn::Min:
    case Fn::Max:
    case Fn::Aggregate:
        return call.aggregates();
    }
    return fail(error(ErrorCode::Unsupported, e.name, e));
}

} // namespace veldwerk::fhirpath::detail
