// The evaluator: paths, operators, equality and types (FHIRPath §3, §4, §6). Functions are in Functions.cpp.
#include "app/forms/fhirpath/Evaluator.h"

#include "app/forms/fhirpath/Model.h"
#include <algorithm>

#include <unordered_set>

namespace veldwerk::fhirpath {

namespace detail {

namespace {

bool isNumber(const Item &v)
{
    return v.kind() == Item::Kind::Integer || v.kind() == Item::Kind::Decimal;
}

bool isTemporal(const Item &v)
{
    return v.kind() == Item::Kind::Date || v.kind() == Item::Kind::DateTime || v.kind() == Item::Kind::Time;
}

Decimal asDecimal(const Item &v)
{
    return v.kind() == Item::Kind::Integer ? Decimal::fromInteger(v.asInteger()) : v.asDecimal();
}

Quantity asQuantity(const Item &v)
{
    if (v.kind() == Item::Kind::Quantity)
        return v.asQuantity();
    return Quantity{asDecimal(v), QStringLiteral("1")};
}

Collection single(Item v)
{
    Collection c;
    c.push_back(std::move(v));
    return c;
}

Collection boolean(std::optional<bool> b)
{
    if (!b)
        return {};
    return single(Item::boolean(*b));
}

// String equivalence (FHIRPath §6.1.3): case-insensitive, whitespace normalised.
QString normalizedForEquivalence(const QString &s)
{
    return s.simplified().toLower();
}

const char *systemTypeName(Item::Kind k)
{
    switch (k) {
    case Item::Kind::Boolean:
        return "Boolean";
    case Item::Kind::Integer:
        return "Integer";
    case Item::Kind::Decimal:
        return "Decimal";
    case Item::Kind::String:
        return "String";
    case Item::Kind::Date:
        return "Date";
    case Item::Kind::DateTime:
        return "DateTime";
    case Item::Kind::Time:
        return "Time";
    case Item::Kind::Quantity:
        return "Quantity";
    case Item::Kind::Node:
        break;
    }
    return "";
}

bool isSystemTypeName(QStringView n)
{
    return n == u"Boolean" || n == u"Integer" || n == u"Decimal" || n == u"String" || n == u"Date" || n == u"DateTime"
           || n == u"Time" || n == u"Quantity";
}

} // namespace

std::optional<Error> Evaluator::checkSize(const Collection &c, const Expr &at) const
{
    if (c.size() > m_limits.maxCollectionSize)
        return Error{ErrorCode::CollectionLimit,
                     QStringLiteral("a collection of more than %1 items").arg(m_limits.maxCollectionSize), at.pos};
    return std::nullopt;
}

std::optional<Error> Evaluator::checkString(const QString &s, const Expr &at) const
{
    if (s.size() > m_limits.maxStringLength)
        return Error{ErrorCode::StringLimit,
                     QStringLiteral("a string of more than %1 characters").arg(m_limits.maxStringLength), at.pos};
    return std::nullopt;
}

Result<std::optional<Item>> Evaluator::singleton(const Collection &c, const Expr &at, const char *what) const
{
    if (c.empty())
        return std::optional<Item>();
    if (c.size() > 1)
        return fail(Error{ErrorCode::NotSingleton,
                          QStringLiteral("%1 needs a single item, got %2").arg(QLatin1String(what)).arg(c.size()),
                          at.pos});
    return std::optional<Item>(c.front().systemValue());
}

std::optional<bool> convertToBoolean(const Item &v)
{
    switch (v.kind()) {
    case Item::Kind::Boolean:
        return v.asBoolean();
    case Item::Kind::Integer:
        if (v.asInteger() == 1)
            return true;
        if (v.asInteger() == 0)
            return false;
        return std::nullopt;
    case Item::Kind::Decimal: {
        const int c = static_cast<int>(compare(v.asDecimal(), Decimal::fromInteger(0)) == std::strong_ordering::equal);
        if (c)
            return false;
        if (compare(v.asDecimal(), Decimal::fromInteger(1)) == std::strong_ordering::equal)
            return true;
        return std::nullopt;
    }
    case Item::Kind::String: {
        const QString s = v.asString().toLower();
        if (s == u"true" || s == u"t" || s == u"yes" || s == u"y" || s == u"1" || s == u"1.0")
            return true;
        if (s == u"false" || s == u"f" || s == u"no" || s == u"n" || s == u"0" || s == u"0.0")
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

Result<std::optional<bool>> Evaluator::booleanOf(const Collection &c, const Expr &at) const
{
    auto r = fhirpath::toBoolean(c);
    if (!r) {
        Error e = r.error();
        e.position = at.pos;
        return fail(e);
    }
    return *r;
}

// ---- Equality and equivalence -------------------------------------------------------------------------------------

std::optional<bool> Evaluator::equal(const Item &a0, const Item &b0, int depth)
{
    step();
    if (a0.isNode() && b0.isNode() && a0.asNode() == b0.asNode())
        return true;
    const Item a = a0.systemValue();
    const Item b = b0.systemValue();
    if (a.isNode() || b.isNode()) {
        if (!a.isNode() || !b.isNode())
            return false;
        // Complex elements: equal when all children are equal, in order (FHIRPath §6.1.1).
        const Node &x = *a.asNode();
        const Node &y = *b.asNode();
        if (depth > 64)
            return std::nullopt;
        if (x.typeName() != y.typeName() || x.children().size() != y.children().size())
            return false;
        bool unknown = false;
        for (std::size_t i = 0; i < x.children().size(); ++i) {
            if (x.children()[i].name != y.children()[i].name)
                return false;
            const auto e = equal(Item::node(x.children()[i].node), Item::node(y.children()[i].node), depth + 1);
            if (e && !*e)
                return false;
            if (!e)
                unknown = true;
        }
        if (unknown)
            return std::nullopt;
        return true;
    }
    if (isNumber(a) && isNumber(b)) {
        if (a.kind() == Item::Kind::Integer && b.kind() == Item::Kind::Integer)
            return a.asInteger() == b.asInteger();
        return compare(asDecimal(a), asDecimal(b)) == std::strong_ordering::equal;
    }
    if ((a.kind() == Item::Kind::Quantity && (b.kind() == Item::Kind::Quantity || isNumber(b)))
        || (b.kind() == Item::Kind::Quantity && isNumber(a))) {
        const auto c = compare(asQuantity(a), asQuantity(b));
        if (!c)
            return std::nullopt;
        return *c == std::strong_ordering::equal;
    }
    if (isTemporal(a) && isTemporal(b)) {
        const auto c = compare(a.asTemporal(), b.asTemporal());
        if (!c)
            return false;
        if (*c == PartialOrder::Unknown)
            return std::nullopt;
        return *c == PartialOrder::Equal;
    }
    if (a.kind() != b.kind())
        return false;
    if (a.kind() == Item::Kind::String)
        return a.asString() == b.asString();
    if (a.kind() == Item::Kind::Boolean)
        return a.asBoolean() == b.asBoolean();
    return false;
}

bool Evaluator::equivalent(const Item &a0, const Item &b0, int depth)
{
    step();
    if (a0.isNode() && b0.isNode() && a0.asNode() == b0.asNode())
        return true;
    const Item a = a0.systemValue();
    const Item b = b0.systemValue();
    if (a.isNode() || b.isNode()) {
        if (!a.isNode() || !b.isNode() || depth > 64)
            return false;
        const Node &x = *a.asNode();
        const Node &y = *b.asNode();
        if (x.children().size() != y.children().size())
            return false;
        for (std::size_t i = 0; i < x.children().size(); ++i) {
            if (x.children()[i].name != y.children()[i].name
                || !equivalent(Item::node(x.children()[i].node), Item::node(y.children()[i].node), depth + 1))
                return false;
        }
        return true;
    }
    if (isNumber(a) && isNumber(b))
        return detail::equivalent(asDecimal(a), asDecimal(b));
    if ((a.kind() == Item::Kind::Quantity && (b.kind() == Item::Kind::Quantity || isNumber(b)))
        || (b.kind() == Item::Kind::Quantity && isNumber(a))) {
        const auto e = detail::equivalent(asQuantity(a), asQuantity(b));
        return e && *e;
    }
    if (isTemporal(a) && isTemporal(b))
        return detail::equivalent(a.asTemporal(), b.asTemporal());
    if (a.kind() != b.kind())
        return false;
    if (a.kind() == Item::Kind::String)
        return normalizedForEquivalence(a.asString()) == normalizedForEquivalence(b.asString());
    if (a.kind() == Item::Kind::Boolean)
        return a.asBoolean() == b.asBoolean();
    return false;
}

namespace {

// A hash key for items whose equality is plain value equality (strings, booleans, whole and decimal numbers),
// so distinct() and union need not compare every pair; empty for items that need the full rules.
QString simpleKey(const Item &item)
{
    const Item v = item.systemValue();
    switch (v.kind()) {
    case Item::Kind::String:
        return u's' + v.asString();
    case Item::Kind::Boolean:
        return v.asBoolean() ? QStringLiteral("b1") : QStringLiteral("b0");
    case Item::Kind::Integer:
        return u'n' + QString::number(v.asInteger());
    case Item::Kind::Decimal:
        return u'n' + normalized(v.asDecimal()).toString();
    default:
        return {};
    }
}

} // namespace

std::optional<Error> Evaluator::distinctInPlace(Collection &c, const Expr &at)
{
    Collection out;
    out.reserve(c.size());
    QSet<QString> seen;
    std::unordered_set<const Node *> seenNodes;
    for (Item &item : c) {
        if (!step())
            return stepError(at);
        const QString key = simpleKey(item);
        if (!key.isEmpty()) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.push_back(std::move(item));
            continue;
        }
        if (item.isNode() && seenNodes.count(item.asNode().get()))
            continue;
        bool dup = false;
        for (const Item &o : out) {
            if (!simpleKey(o).isEmpty())
                continue;
            const auto e = equal(item, o);
            if (e && *e) {
                dup = true;
                break;
            }
            if (m_steps > m_limits.maxSteps)
                return stepError(at);
        }
        if (!dup) {
            if (item.isNode())
                seenNodes.insert(item.asNode().get());
            out.push_back(std::move(item));
        }
    }
    c = std::move(out);
    return std::nullopt;
}

bool Evaluator::containsItem(const Collection &c, const Item &x)
{
    for (const Item &i : c) {
        const auto e = equal(i, x);
        if (e && *e)
            return true;
        if (m_steps > m_limits.maxSteps)
            return false;
    }
    return false;
}

// ---- Types --------------------------------------------------------------------------------------------------------

bool Evaluator::matchesType(const Item &item, const TypeSpec &type) const
{
    const bool system = type.ns == u"System";
    const bool fhir = type.ns == u"FHIR";
    if (item.isNode()) {
        if (system)
            return false;
        const Node &n = *item.asNode();
        if (type.ns.isEmpty() && type.name == u"Quantity" && isQuantityType(n.typeName()))
            return true;
        if (!fhir && isSystemTypeName(type.name))
            return false;
        return fhirTypeIs(n.typeName(), type.name, n.isResource());
    }
    if (fhir)
        return false;
    return type.name == QLatin1String(systemTypeName(item.kind()));
}

Item Evaluator::typeInfo(const Item &item) const
{
    QString ns;
    QString name;
    if (item.isNode()) {
        ns = QStringLiteral("FHIR");
        name = item.asNode()->typeName();
        if (name.isEmpty())
            name = QStringLiteral("Element");
    } else {
        ns = QStringLiteral("System");
        name = QLatin1String(systemTypeName(item.kind()));
    }
    return Item::node(
        NodeBuilder(QStringLiteral("SimpleTypeInfo"))
            .appendValue(QStringLiteral("namespace"), Item::string(ns))
            .appendValue(QStringLiteral("name"), Item::string(name))
            .appendValue(QStringLiteral("baseType"),
                         Item::string(item.isNode() ? QStringLiteral("FHIR.Element") : QStringLiteral("System.Any")))
            .build());
}

QDateTime Evaluator::now()
{
    // One clock reading per evaluation: now() is the same everywhere in one expression (FHIRPath §5.9).
    if (!m_now)
        m_now = m_env.clock ? m_env.clock() : QDateTime::currentDateTime();
    return *m_now;
}

// ---- The tree walk ------------------------------------------------------------------------------------------------

Result<Collection> Evaluator::eval(const Expr &e, const Frame &f)
{
    if (!step())
        return fail(stepError(e));
    switch (e.op) {
    case Op::Literal:
        return single(*e.literal);
    case Op::EmptyLiteral:
        return Collection();
    case Op::This:
        return *f.context;
    case Op::Index:
        if (f.index < 0)
            return fail(error(ErrorCode::InvalidArgument, QStringLiteral("$index outside an iteration"), e));
        return single(Item::integer(f.index));
    case Op::Total:
        if (!f.total)
            return fail(error(ErrorCode::InvalidArgument, QStringLiteral("$total outside aggregate()"), e));
        return *f.total;
    case Op::Variable:
        return variable(e);
    case Op::Member:
        return member(e, f);
    case Op::Call:
        return callFunction(e, f);
    case Op::Indexer:
        return indexer(e, f);
    case Op::Negate:
    case Op::Positive:
        return unaryMinus(e, f);
    case Op::Multiply:
    case Op::Divide:
    case Op::IntDivide:
    case Op::Modulo:
    case Op::Add:
    case Op::Subtract:
        return arithmetic(e, f);
    case Op::Concatenate:
        return concatenate(e, f);
    case Op::Is:
    case Op::As:
        return typeOperator(e, f);
    case Op::Union:
        return unionOperator(e, f);
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual:
        return comparison(e, f);
    case Op::Equal:
    case Op::NotEqual:
        return equality(e, f);
    case Op::Equivalent:
    case Op::NotEquivalent:
        return equivalence(e, f);
    case Op::In:
    case Op::Contains:
        return membership(e, f);
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::Implies:
        return logic(e, f);
    }
    return fail(error(ErrorCode::Unsupported, QStringLiteral("operator"), e));
}

namespace {

// FHIR's %vs-[name] and %ext-[name] (http://hl7.org/fhir/R4/fhirpath.html#vars), when the host did not set them.
std::optional<QString> fhirConstant(const QString &name)
{
    if (name.startsWith(u"vs-") && name.size() > 3)
        return QStringLiteral("http://hl7.org/fhir/ValueSet/") + name.mid(3);
    if (name.startsWith(u"ext-") && name.size() > 4)
        return QStringLiteral("http://hl7.org/fhir/StructureDefinition/") + name.mid(4);
    return std::nullopt;
}

} // namespace

Result<Collection> Evaluator::variable(const Expr &e)
{
    if (const Collection *v = m_env.variable(e.name))
        return *v;
    if (const auto c = fhirConstant(e.name))
        return single(Item::string(*c));
    return fail(error(ErrorCode::UnknownVariable, e.name, e));
}

const Collection *Evaluator::borrow(const Expr &e, const Frame &f, Collection &storage, Error &err)
{
    if (e.op == Op::This) {
        if (!step()) {
            err = stepError(e);
            return nullptr;
        }
        return f.context;
    }
    if (e.op == Op::Variable) {
        if (!step()) {
            err = stepError(e);
            return nullptr;
        }
        if (const Collection *v = m_env.variable(e.name))
            return v;
        auto r = variable(e);
        if (!r) {
            err = r.error();
            return nullptr;
        }
        storage = std::move(r).value();
        return &storage;
    }
    auto r = eval(e, f);
    if (!r) {
        err = r.error();
        return nullptr;
    }
    storage = std::move(r).value();
    return &storage;
}

bool Evaluator::childEqualsLiterals(const Expr &c, const QString **name, std::vector<const QString *> &values)
{
    if (c.op == Op::Or) {
        const QString *left = nullptr;
        const QString *right = nullptr;
        if (!childEqualsLiterals(*c.kids[0], &left, values) || !childEqualsLiterals(*c.kids[1], &right, values)
            || *left != *right)
            return false;
        *name = left;
        return true;
    }
    if (c.op != Op::Equal)
        return false;
    for (std::size_t side = 0; side < 2; ++side) {
        const Expr &path = *c.kids[side];
        const Expr &lit = *c.kids[1 - side];
        if (path.op == Op::Member && !path.kids[0] && !startsUpper(path.name) && lit.op == Op::Literal
            && lit.literal->kind() == Item::Kind::String) {
            *name = &path.name;
            values.push_back(&lit.literal->asString());
            return true;
        }
    }
    return false;
}

bool Evaluator::childEquals(const Node &n, const QString &name, const std::vector<const QString *> &values)
{
    observe(n, name);
    const Node *match = nullptr;
    int count = 0;
    for (const Node::Child &child : n.children()) {
        if (child.name == name) {
            match = child.node.get();
            ++count;
        }
    }
    if (count != 1)
        return false;
    const auto &v = match->value();
    if (!v || v->kind() != Item::Kind::String)
        return false;
    const QString &text = v->asString();
    return std::any_of(values.begin(), values.end(), [&text](const QString *value) { return *value == text; });
}

Result<Collection> Evaluator::member(const Expr &e, const Frame &f)
{
    Collection input;
    const Collection *in = f.context;
    if (e.kids[0]) {
        Error err;
        in = borrow(*e.kids[0], f, input, err);
        if (!in)
            return fail(err);
    }
    Collection out;
    const bool typePrefix = !e.kids[0] && startsUpper(e.name);
    for (const Item &item : *in) {
        if (!item.isNode())
            continue;
        const Node &n = *item.asNode();
        if (typePrefix && n.isResource() && fhirTypeIs(n.typeName(), e.name, true)) {
            // Patient.name: a type name at the start selects the context resource of that type (§4.1).
            out.push_back(item);
            continue;
        }
        observe(n, e.name);
        for (const Node::Child &c : n.children()) {
            if (c.name == e.name) {
                out.push_back(Item::node(c.node));
                if (!step())
                    return fail(stepError(e));
            }
        }
        if (auto err = checkSize(out, e))
            return fail(*err);
    }
    return out;
}

Result<Collection> Evaluator::indexer(const Expr &e, const Frame &f)
{
    FP_TRY(base, eval(*e.kids[0], f));
    FP_TRY(index, eval(*e.kids[1], f));
    FP_TRY(i, singleton(index, e, "an index"));
    if (!i)
        return Collection();
    if (i->kind() != Item::Kind::Integer)
        return fail(error(ErrorCode::TypeMismatch, QStringLiteral("an index must be an Integer"), e));
    const std::int64_t n = i->asInteger();
    if (n < 0 || static_cast<std::uint64_t>(n) >= base.size())
        return Collection();
    return single(base[static_cast<std::size_t>(n)]);
}

Result<Collection> Evaluator::unaryMinus(const Expr &e, const Frame &f)
{
    FP_TRY(operand, eval(*e.kids[0], f));
    FP_TRY(v, singleton(operand, e, "unary minus"));
    if (!v)
        return Collection();
    const bool negate = e.op == Op::Negate;
    switch (v->kind()) {
    case Item::Kind::Integer:
        if (!negate)
            return single(*v);
        if (v->asInteger() == std::numeric_limits<std::int64_t>::min())
            return fail(error(ErrorCode::Overflow, QStringLiteral("integer overflow"), e));
        return single(Item::integer(-v->asInteger()));
    case Item::Kind::Decimal:
        return single(negate ? Item::decimal(*detail::negate(v->asDecimal())) : *v);
    case Item::Kind::Quantity: {
        Quantity q = v->asQuantity();
        if (negate)
            q.value = *detail::negate(q.value);
        return single(Item::quantity(std::move(q)));
    }
    default:
        return fail(error(ErrorCode::TypeMismatch, QStringLiteral("unary minus needs a number or a quantity"), e));
    }
}

Result<std::optional<Item>> arithmeticOf(Op op, const Item &a, const Item &b, const Expr &at)
{
    auto overflow = [&] { return Error{ErrorCode::Overflow, QStringLiteral("arithmetic overflow"), at.pos}; };
    auto mismatch = [&] {
        return Error{ErrorCode::TypeMismatch,
                     QStringLiteral("operator not defined for %1 and %2")
                         .arg(QLatin1String(systemTypeName(a.kind())), QLatin1String(systemTypeName(b.kind()))),
                     at.pos};
    };
    using K = Item::Kind;
    if (a.kind() == K::Integer && b.kind() == K::Integer && op != Op::Divide) {
        const std::int64_t x = a.asInteger();
        const std::int64_t y = b.asInteger();
        std::int64_t r = 0;
        switch (op) {
        case Op::Add:
            if (__builtin_add_overflow(x, y, &r))
                return fail(overflow());
            break;
        case Op::Subtract:
            if (__builtin_sub_overflow(x, y, &r))
                return fail(overflow());
            break;
        case Op::Multiply:
            if (__builtin_mul_overflow(x, y, &r))
                return fail(overflow());
            break;
        case Op::IntDivide:
        case Op::Modulo:
            if (y == 0)
                return std::optional<Item>(); // division by zero is empty (FHIRPath §6.6.4)
            if (x == std::numeric_limits<std::int64_t>::min() && y == -1)
                return fail(overflow());
            r = op == Op::IntDivide ? x / y : x % y;
            break;
        default:
            return fail(mismatch());
        }
        return std::optional<Item>(Item::integer(r));
    }
    if (isNumber(a) && isNumber(b)) {
        const Decimal x = asDecimal(a);
        const Decimal y = asDecimal(b);
        std::optional<Decimal> r;
        switch (op) {
        case Op::Add:
            r = add(x, y);
            break;
        case Op::Subtract:
            r = subtract(x, y);
            break;
        case Op::Multiply:
            r = multiply(x, y);
            break;
        case Op::Divide:
            if (y.isZero())
                return std::optional<Item>();
            r = divide(x, y);
            break;
        case Op::IntDivide: {
            if (y.isZero())
                return std::optional<Item>();
            const auto q = divide(x, y);
            if (!q)
                return fail(overflow());
            const auto t = rescale(*q, 0, Rounding::Truncate);
            if (!t)
                return fail(overflow());
            const auto i = toInteger(*t);
            if (!i)
                return fail(overflow());
            return std::optional<Item>(Item::integer(*i));
        }
        case Op::Modulo: {
            if (y.isZero())
                return std::optional<Item>();
            // x - y * trunc(x / y), exact: the quotient is computed to enough decimals to truncate correctly.
            const auto q = divide(x, y);
            if (!q)
                return fail(overflow());
            const auto t = rescale(*q, 0, Rounding::Truncate);
            const auto p = t ? multiply(y, *t) : std::nullopt;
            r = p ? subtract(x, *p) : std::nullopt;
            break;
        }
        default:
            return fail(mismatch());
        }
        if (!r)
            return fail(overflow());
        return std::optional<Item>(Item::decimal(*r));
    }
    if (a.kind() == K::String && b.kind() == K::String && op == Op::Add)
        return std::optional<Item>(Item::string(a.asString() + b.asString()));
    if (a.kind() == K::Quantity || b.kind() == K::Quantity) {
        if (isTemporal(a) && b.kind() == K::Quantity && (op == Op::Add || op == Op::Subtract)) {
            const auto t = addDuration(a.asTemporal(), b.asQuantity(), op == Op::Subtract);
            if (!t)
                return fail(Error{ErrorCode::InvalidArgument,
                                  QStringLiteral("cannot add %1 to a date/time").arg(quantityText(b.asQuantity())),
                                  at.pos});
            return std::optional<Item>(Item::temporal(*t));
        }
        if (!(a.kind() == K::Quantity || isNumber(a)) || !(b.kind() == K::Quantity || isNumber(b)))
            return fail(mismatch());
        const Quantity x = asQuantity(a);
        const Quantity y = asQuantity(b);
        std::optional<Quantity> r;
        switch (op) {
        case Op::Add:
        case Op::Subtract:
            if (a.kind() != K::Quantity || b.kind() != K::Quantity)
                return fail(mismatch());
            r = addQuantities(x, y, op == Op::Subtract);
            break;
        case Op::Multiply:
            r = multiply(x, y);
            break;
        case Op::Divide:
            if (y.value.isZero())
                return std::optional<Item>();
            r = divide(x, y);
            break;
        default:
            return fail(mismatch());
        }
        if (!r)
            return std::optional<Item>(); // units that do not combine: empty (FHIRPath §6.6)
        return std::optional<Item>(Item::quantity(std::move(*r)));
    }
    return fail(mismatch());
}

Result<Collection> Evaluator::arithmetic(const Expr &e, const Frame &f)
{
    FP_TRY(left, eval(*e.kids[0], f));
    FP_TRY(right, eval(*e.kids[1], f));
    FP_TRY(a, singleton(left, e, "an arithmetic operand"));
    FP_TRY(b, singleton(right, e, "an arithmetic operand"));
    if (!a || !b)
        return Collection();
    FP_TRY(r, arithmeticOf(e.op, *a, *b, e));
    if (!r)
        return Collection();
    if (r->kind() == Item::Kind::String) {
        if (auto err = checkString(r->asString(), e))
            return fail(*err);
    }
    return single(std::move(*r));
}

Result<Collection> Evaluator::concatenate(const Expr &e, const Frame &f)
{
    FP_TRY(left, eval(*e.kids[0], f));
    FP_TRY(right, eval(*e.kids[1], f));
    FP_TRY(a, singleton(left, e, "&"));
    FP_TRY(b, singleton(right, e, "&"));
    // & treats an empty operand as the empty string (FHIRPath §6.6.7).
    if ((a && a->kind() != Item::Kind::String) || (b && b->kind() != Item::Kind::String))
        return fail(error(ErrorCode::TypeMismatch, QStringLiteral("& needs strings"), e));
    QString s = (a ? a->asString() : QString()) + (b ? b->asString() : QString());
    if (auto err = checkString(s, e))
        return fail(*err);
    return single(Item::string(std::move(s)));
}

Result<Collection> Evaluator::comparison(const Expr &e, const Frame &f)
{
    FP_TRY(left, eval(*e.kids[0], f));
    FP_TRY(right, eval(*e.kids[1], f));
    FP_TRY(a, singleton(left, e, "a comparison operand"));
    FP_TRY(b, singleton(right, e, "a comparison operand"));
    if (!a || !b)
        return Collection();
    std::optional<std::strong_ordering> order;
    bool unknown = false;
    if (isNumber(*a) && isNumber(*b)) {
        order = compare(asDecimal(*a), asDecimal(*b));
    } else if (a->kind() == Item::Kind::String && b->kind() == Item::Kind::String) {
        const int c = a->asString().compare(b->asString());
        order = c < 0   ? std::strong_ordering::less
                : c > 0 ? std::strong_ordering::greater
                        : std::strong_ordering::equal;
    } else if (isTemporal(*a) && isTemporal(*b)) {
        const auto p = compare(a->asTemporal(), b->asTemporal());
        if (!p)
            return fail(error(ErrorCode::TypeMismatch, QStringLiteral("cannot compare a time with a date"), e));
        switch (*p) {
        case PartialOrder::Less:
            order = std::strong_ordering::less;
            break;
        case PartialOrder::Greater:
            order = std::strong_ordering::greater;
            break;
        case PartialOrder::Equal:
            order = std::strong_ordering::equal;
            break;
        case PartialOrder::Unknown:
            unknown = true;
            break;
        }
    } else if ((a->kind() == Item::Kind::Quantity || isNumber(*a))
               && (b->kind() == Item::Kind::Quantity || isNumber(*b))) {
        order = compare(asQuantity(*a), asQuantity(*b));
        unknown = !order;
    } else {
        return fail(error(ErrorCode::TypeMismatch,
                          QStringLiteral("cannot compare %1 with %2")
                              .arg(QLatin1String(a->isNode() ? "an element" : systemTypeName(a->kind())),
                                   QLatin1String(b->isNode() ? "an element" : systemTypeName(b->kind()))),
                          e));
    }
    if (unknown)
        return Collection();
    bool r = false;
    switch (e.op) {
    case Op::Less:
        r = *order < 0;
        break;
    case Op::LessOrEqual:
        r = *order <= 0;
        break;
    case Op::Greater:
        r = *order > 0;
        break;
    default:
        r = *order >= 0;
        break;
    }
    return single(Item::boolean(r));
}

Result<Collection> Evaluator::equality(const Expr &e, const Frame &f)
{
    FP_TRY(a, eval(*e.kids[0], f));
    FP_TRY(b, eval(*e.kids[1], f));
    if (a.empty() || b.empty())
        return Collection();
    std::optional<bool> result = true;
    if (a.size() != b.size()) {
        result = false;
    } else {
        for (std::size_t i = 0; i < a.size(); ++i) {
            const auto eq = equal(a[i], b[i]);
            if (m_steps > m_limits.maxSteps)
                return fail(stepError(e));
            if (eq && !*eq) {
                result = false;
                break;
            }
            if (!eq)
                result = std::nullopt;
        }
    }
    if (result && e.op == Op::NotEqual)
        result = !*result;
    return boolean(result);
}

Result<Collection> Evaluator::equivalence(const Expr &e, const Frame &f)
{
    FP_TRY(a, eval(*e.kids[0], f));
    FP_TRY(b, eval(*e.kids[1], f));
    bool result = true;
    if (a.size() != b.size()) {
        result = false;
    } else {
        // Order does not matter for ~ (FHIRPath §6.1.3): match each item to an unused equivalent one.
        std::vector<bool> used(b.size(), false);
        for (const Item &x : a) {
            bool found = false;
            for (std::size_t j = 0; j < b.size(); ++j) {
                if (!used[j] && equivalent(x, b[j])) {
                    used[j] = true;
                    found = true;
                    break;
                }
            }
            if (m_steps > m_limits.maxSteps)
                return fail(stepError(e));
            if (!found) {
                result = false;
                break;
            }
        }
    }
    return single(Item::boolean(e.op == Op::Equivalent ? result : !result));
}

Result<Collection> Evaluator::membership(const Expr &e, const Frame &f)
{
    FP_TRY(left, eval(*e.kids[0], f));
    FP_TRY(right, eval(*e.kids[1], f));
    const bool in = e.op == Op::In;
    const Collection &needleColl = in ? left : right;
    const Collection &haystack = in ? right : left;
    if (needleColl.empty())
        return Collection();
    if (needleColl.size() > 1)
        return fail(
            error(ErrorCode::NotSingleton, QStringLiteral("%1 needs a single item").arg(in ? "in" : "contains"), e));
    const bool found = containsItem(haystack, needleColl.front());
    if (m_steps > m_limits.maxSteps)
        return fail(stepError(e));
    return single(Item::boolean(found));
}

Result<Collection> Evaluator::logic(const Expr &e, const Frame &f)
{
    FP_TRY(left, eval(*e.kids[0], f));
    FP_TRY(a, booleanOf(left, e));
    // Short-circuit where the left operand decides (FHIRPath §6.5).
    if (e.op == Op::And && a && !*a)
        return single(Item::boolean(false));
    if (e.op == Op::Or && a && *a)
        return single(Item::boolean(true));
    if (e.op == Op::Implies && a && !*a)
        return single(Item::boolean(true));
    FP_TRY(right, eval(*e.kids[1], f));
    FP_TRY(b, booleanOf(right, e));
    std::optional<bool> r;
    switch (e.op) {
    case Op::And:
        if (b && !*b)
            r = false;
        else if (a && b)
            r = true;
        break;
    case Op::Or:
        if (b && *b)
            r = true;
        else if (a && b)
            r = false;
        break;
    case Op::Xor:
        if (a && b)
            r = *a != *b;
        break;
    default: // implies; a is true or empty here
        if (b && *b)
            r = true;
        else if (a && b)
            r = false;
        break;
    }
    return boolean(r);
}

Result<Collection> Evaluator::typeOperator(const Expr &e, const Frame &f)
{
    FP_TRY(input, eval(*e.kids[0], f));
    if (input.empty())
        return Collection();
    if (input.size() > 1)
        return fail(error(ErrorCode::NotSingleton,
                          QStringLiteral("%1 needs a single item").arg(e.op == Op::Is ? "is" : "as"), e));
    if (!e.type.ns.isEmpty() && e.type.ns != u"System" && e.type.ns != u"FHIR")
        return fail(error(ErrorCode::UnknownType, e.type.ns + u'.' + e.type.name, e));
    const bool match = matchesType(input.front(), e.type);
    if (e.op == Op::Is)
        return single(Item::boolean(match));
    return match ? input : Collection();
}

Result<Collection> Evaluator::unionOperator(const Expr &e, const Frame &f)
{
    FP_TRY(a, eval(*e.kids[0], f));
    FP_TRY(b, eval(*e.kids[1], f));
    a.insert(a.end(), std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()));
    if (auto err = checkSize(a, e))
        return fail(*err);
    if (auto err = distinctInPlace(a, e))
        return fail(*err);
    return a;
}

} // namespace detail

// ---- Public entry points ------------------------------------------------------------------------------------------

Result<std::optional<bool>> toBoolean(const Collection &collection)
{
    if (collection.empty())
        return std::optional<bool>();
    if (collection.size() > 1)
        return fail(Error{ErrorCode::NotSingleton,
                          QStringLiteral("a condition needs a single item, got %1").arg(collection.size()), -1});
    const Item v = collection.front().systemValue();
    switch (v.kind()) {
    case Item::Kind::Boolean:
    case Item::Kind::Integer:
    case Item::Kind::Decimal:
    case Item::Kind::String:
        return detail::convertToBoolean(v);
    default:
        return std::optional<bool>(true);
    }
}

void FunctionRegistry::add(QString name, int minArgs, int maxArgs, HostFunction function)
{
    m_functions.insert(std::move(name), Entry{minArgs, maxArgs, std::move(function)});
}

const FunctionRegistry::Entry *FunctionRegistry::find(QStringView name) const
{
    const auto it = m_functions.constFind(name.toString());
    return it == m_functions.constEnd() ? nullptr : &it.value();
}

Environment::Environment()
{
    // FHIRPath §8 and FHIR's additions (http://hl7.org/fhir/R4/fhirpath.html#vars).
    m_variables.insert(QStringLiteral("ucum"), {Item::string(QStringLiteral("http://unitsofmeasure.org"))});
    m_variables.insert(QStringLiteral("sct"), {Item::string(QStringLiteral("http://snomed.info/sct"))});
    m_variables.insert(QStringLiteral("loinc"), {Item::string(QStringLiteral("http://loinc.org"))});
}

void Environment::setVariable(const QString &name, Collection value)
{
    m_variables.insert(name, std::move(value));
}

const Collection *Environment::variable(QStringView name) const
{
    const auto it = m_variables.constFind(name.toString());
    return it == m_variables.constEnd() ? nullptr : &it.value();
}

Result<Collection> Expression::evaluate(const Collection &focus, const Environment &env) const
{
    if (!m_ast)
        return Collection();
    detail::Evaluator evaluator(env);
    detail::Frame frame;
    frame.context = &focus;
    return evaluator.eval(*m_ast->root, frame);
}

Result<Collection> Expression::evaluate(const NodePtr &focus, const Environment &env) const
{
    Collection c;
    if (focus)
        c.push_back(Item::node(focus));
    return evaluate(c, env);
}

} // namespace veldwerk::fhirpath
