#pragma once

// Internal: the tree-walking evaluator. One Evaluator per evaluate() call holds the step counter and the cached
// clock; the AST and the Environment are only read, so evaluations run concurrently.

#include "app/forms/fhirpath/Ast.h"
#include "app/forms/fhirpath/Values.h"

namespace veldwerk::fhirpath::detail {

// What unqualified names and $this resolve against, plus the iteration variables.
struct Frame {
    const Collection *context = nullptr; // $this: the input of the expression, or one item while iterating
    std::int64_t index = -1;             // $index, -1 outside an iteration
    const Collection *total = nullptr;   // $total inside aggregate()
};

class Evaluator {
public:
    explicit Evaluator(const Environment &env)
        : m_env(env)
        , m_limits(env.limits)
    {
    }

    Result<Collection> eval(const Expr &e, const Frame &f);

    // ---- shared helpers (operators and functions) ----
    Error error(ErrorCode code, QString detail, const Expr &at) const { return Error{code, std::move(detail), at.pos}; }
    // Counts n steps; false when the budget is spent.
    bool step(std::uint64_t n = 1)
    {
        m_steps += n;
        return m_steps <= m_limits.maxSteps;
    }
    bool overBudget() const { return m_steps > m_limits.maxSteps; }
    Error stepError(const Expr &at) const
    {
        return Error{ErrorCode::StepLimit, QStringLiteral("more than %1 evaluation steps").arg(m_limits.maxSteps),
                     at.pos};
    }
    // Checks a collection's size; an error when too large.
    std::optional<Error> checkSize(const Collection &c, const Expr &at) const;
    std::optional<Error> checkString(const QString &s, const Expr &at) const;

    // The single item of a collection (systemValue applied), nullopt for empty, NotSingleton for more.
    Result<std::optional<Item>> singleton(const Collection &c, const Expr &at, const char *what) const;
    // Singleton evaluation as a Boolean (FhirPath.h toBoolean): nullopt for empty or not convertible.
    Result<std::optional<bool>> booleanOf(const Collection &c, const Expr &at) const;

    // Equality (=) of two items: nullopt when unknown (partial dates of different precision, quantities that do
    // not compare).
    std::optional<bool> equal(const Item &a, const Item &b, int depth = 0);
    bool equivalent(const Item &a, const Item &b, int depth = 0);
    // Removes later duplicates (by =).
    std::optional<Error> distinctInPlace(Collection &c, const Expr &at);
    bool containsItem(const Collection &c, const Item &x);

    bool matchesType(const Item &item, const TypeSpec &type) const;
    Item typeInfo(const Item &item) const;

    // Reads children of a node, telling the observer.
    void observe(const Node &node, QStringView name) const
    {
        if (m_env.observer)
            m_env.observer(node, name);
    }

    const Environment &env() const { return m_env; }
    const Limits &limits() const { return m_limits; }
    QDateTime now();

    Result<Collection> callFunction(const Expr &e, const Frame &f);

    // The collection an expression yields, borrowed without a copy when it already exists ($this, a %variable),
    // else evaluated into `storage`. Null with `error` set on failure.
    const Collection *borrow(const Expr &e, const Frame &f, Collection &storage, Error &error);
    // The criterion `name = 'a'` (either order), or `name = 'a' or name = 'b' or …` on the one child name, that
    // where() can test without building collections: the SDC shape repeat(item).where(linkId = 'x' or …). On a
    // match fills name and the String literals and returns true.
    static bool childEqualsLiterals(const Expr &criterion, const QString **name, std::vector<const QString *> &values);
    // Whether node has exactly one child `name` whose value is one of the Strings `values` (the result of the
    // criterion above in where(): true; no child, several, or another value: not true — an `or` of equalities that
    // are each false or empty).
    bool childEquals(const Node &node, const QString &name, const std::vector<const QString *> &values);

private:
    Result<Collection> member(const Expr &e, const Frame &f);
    Result<Collection> variable(const Expr &e);
    Result<Collection> indexer(const Expr &e, const Frame &f);
    Result<Collection> unaryMinus(const Expr &e, const Frame &f);
    Result<Collection> arithmetic(const Expr &e, const Frame &f);
    Result<Collection> concatenate(const Expr &e, const Frame &f);
    Result<Collection> comparison(const Expr &e, const Frame &f);
    Result<Collection> equality(const Expr &e, const Frame &f);
    Result<Collection> equivalence(const Expr &e, const Frame &f);
    Result<Collection> membership(const Expr &e, const Frame &f);
    Result<Collection> logic(const Expr &e, const Frame &f);
    Result<Collection> typeOperator(const Expr &e, const Frame &f);
    Result<Collection> unionOperator(const Expr &e, const Frame &f);

    const Environment &m_env;
    const Limits &m_limits;
    std::uint64_t m_steps = 0;
    std::optional<QDateTime> m_now;
};

// A type name at the start of a path (Patient.name) starts with an upper-case letter; element names never do.
inline bool startsUpper(const QString &name)
{
    return !name.isEmpty() && name.front().isUpper();
}

// Arithmetic on two System values (FHIRPath §6.6); nullopt result: empty (division by zero, incompatible units).
Result<std::optional<Item>> arithmeticOf(Op op, const Item &a, const Item &b, const Expr &at);
// Conversions shared by functions and operators.
std::optional<bool> convertToBoolean(const Item &v);
std::optional<Item> convertToInteger(const Item &v);
std::optional<Item> convertToDecimal(const Item &v);
std::optional<QString> convertToString(const Item &v);
std::optional<Item> convertToQuantity(const Item &v);
std::optional<Item> convertToTemporal(const Item &v, Temporal::Kind kind);

} // namespace veldwerk::fhirpath::detail

#define FP_TRY(var, expr)                                                                                              \
    auto var##Result_ = (expr);                                                                                        \
    if (!var##Result_)                                                                                                 \
        return ::veldwerk::fail(var##Result_.error());                                                                 \
    auto var = std::move(var##Result_).value()
