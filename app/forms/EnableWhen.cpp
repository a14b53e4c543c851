#include "app/forms/EnableWhen.h"

namespace veldwerk::forms {

bool conditionHolds(const EnableWhen &condition, const QList<Value> &answers)
{
    if (condition.op == Operator::Exists)
        return !answers.isEmpty() == condition.answer.toBool();
    if (answers.isEmpty())
        return false;
    if (condition.op == Operator::NotEqual) {
        for (const auto &a : answers) {
            if (a.sameAs(condition.answer))
                return false;
        }
        return true;
    }
    for (const auto &a : answers) {
        if (condition.op == Operator::Equal) {
            if (a.sameAs(condition.answer))
                return true;
            continue;
        }
        const auto order = a.compare(condition.answer);
        if (!order)
            continue;
        switch (condition.op) {
        case Operator::Greater:
            if (*order > 0)
                return true;
            break;
        case Operator::Less:
            if (*order < 0)
                return true;
            break;
        case Operator::GreaterOrEqual:
            if (*order >= 0)
                return true;
            break;
        case Operator::LessOrEqual:
            if (*order <= 0)
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace veldwerk::forms
