#pragma once

#include "app/domain/Validation.h"
#include "app/store/StoreError.h"

#include <optional>

namespace veldwerk::store {

// Why a change to the case records was refused: the record breaks a rule (problems, per field, in Dutch), or
// storage failed (store). Never both.
struct CaseError {
    domain::Problems problems;
    std::optional<StoreError> store;

    static CaseError invalid(domain::Problems problems) { return {std::move(problems), std::nullopt}; }
    static CaseError invalid(const QString &field, const QString &message)
    {
        return {{domain::FieldProblem{field, message}}, std::nullopt};
    }
    static CaseError from(StoreError error) { return {{}, std::move(error)}; }

    bool isInvalid() const { return !problems.isEmpty(); }
    bool notFound() const { return store && store->code == StoreError::Code::NotFound; }
};

} // namespace veldwerk::store
