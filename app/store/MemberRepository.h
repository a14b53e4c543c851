#pragma once

#include "app/domain/Caregiver.h"
#include "app/domain/Child.h"
#include "app/store/CaseContext.h"

#include <QList>

namespace veldwerk::store {

// The members of a family: its children and its caregivers.
class MemberRepository {
public:
    static constexpr RecordTable ChildTable{"child", "child"};
    static constexpr RecordTable CaregiverTable{"caregiver", "caregiver"};

    explicit MemberRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    Result<QString, CaseError> addChild(domain::Child child);
    Result<void, CaseError> updateChild(const domain::Child &child);
    Result<void, CaseError> removeChild(const QString &id);
    Result<QList<domain::Child>, CaseError> children(const QString &familyId);

    Result<QString, CaseError> addCaregiver(domain::Caregiver caregiver);
    Result<void, CaseError> updateCaregiver(const domain::Caregiver &caregiver);
    Result<void, CaseError> removeCaregiver(const QString &id);
    Result<QList<domain::Caregiver>, CaseError> caregivers(const QString &familyId);

    // True when `memberId` is a (not deleted) child or caregiver of `familyId`.
    Result<bool, CaseError> belongsTo(const QString &memberId, const QString &familyId);

private:
    Result<QString, CaseError> familyOf(const char *table, const QString &id);
    CaseContext m_c;
};

// Refuses a change for a family that is not there (or deleted): children, trajectories and consents need one.
Result<void, CaseError> requireFamily(Database &db, const QString &familyId);

} // namespace veldwerk::store
