#pragma once

#include "app/domain/Trajectory.h"
#include "app/store/CaseContext.h"

#include <QList>

namespace veldwerk::store {

// Trajectories of a family and the weekly evaluations of each.
class TrajectoryRepository {
public:
    static constexpr RecordTable Table{"trajectory", "trajectory"};
    static constexpr RecordTable EvaluationTable{"weekly_evaluation", "weekly_evaluation"};

    explicit TrajectoryRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    Result<QString, CaseError> create(domain::Trajectory trajectory);
    Result<void, CaseError> update(const domain::Trajectory &trajectory);
    Result<void, CaseError> remove(const QString &id);
    Result<domain::Trajectory, CaseError> get(const QString &id);
    // An audited read, for the trajectory page.
    Result<domain::Trajectory, CaseError> open(const QString &id);
    // Running first, then registered, then closed; newest start first within each.
    Result<QList<domain::Trajectory>, CaseError> forFamily(const QString &familyId);

    Result<QString, CaseError> addEvaluation(domain::WeeklyEvaluation evaluation);
    Result<void, CaseError> updateEvaluation(const domain::WeeklyEvaluation &evaluation);
    Result<void, CaseError> removeEvaluation(const QString &id);
    Result<domain::WeeklyEvaluation, CaseError> evaluation(const QString &id);
    // Newest week first.
    Result<QList<domain::WeeklyEvaluation>, CaseError> evaluations(const QString &trajectoryId);

private:
    CaseContext m_c;
};

} // namespace veldwerk::store
