#include "app/store/TrajectoryRepository.h"

#include "app/store/CaseQueries.h"
#include "app/store/MemberRepository.h"

#include <QUuid>

namespace veldwerk::store {

namespace {

FieldValues trajectoryFields(const domain::Trajectory &t)
{
    return {{QStringLiteral("product"), t.product},
            {QStringLiteral("product_other"), t.productOther},
            {QStringLiteral("framework"), t.framework},
            {QStringLiteral("start_date"), dateText(t.start)},
            {QStringLiteral("planned_end_date"), optionalDate(t.plannedEnd)},
            {QStringLiteral("goals"), t.goals},
            {QStringLiteral("responsible"), t.responsible.trimmed()},
            {QStringLiteral("status"), t.status}};
}

FieldValues evaluationFields(const domain::WeeklyEvaluation &e)
{
    return {{QStringLiteral("week_start"), dateText(e.weekStart)},
            {QStringLiteral("goals"), e.goals},
            {QStringLiteral("progress"), e.progress},
            {QStringLiteral("safety"), e.safety},
            {QStringLiteral("adjustments"), e.adjustments},
            {QStringLiteral("next_steps"), e.nextSteps}};
}

constexpr const char *TrajectoryColumns = "id, family_id, product, product_other, framework, start_date,"
                                          " planned_end_date, goals, responsible, status";

domain::Trajectory readTrajectory(const Statement &s)
{
    domain::Trajectory t;
    t.id = textAt(s, 0);
    t.familyId = textAt(s, 1);
    t.product = textAt(s, 2);
    t.productOther = textAt(s, 3);
    t.framework = textAt(s, 4);
    t.start = dateFrom(textAt(s, 5));
    t.plannedEnd = dateFrom(textAt(s, 6));
    t.goals = textAt(s, 7);
    t.responsible = textAt(s, 8);
    t.status = textAt(s, 9);
    return t;
}

constexpr const char *EvaluationColumns = "id, trajectory_id, family_id, week_start, goals, progress, safety,"
                                          " adjustments, next_steps";

domain::WeeklyEvaluation readEvaluation(const Statement &s)
{
    return {textAt(s, 0), textAt(s, 1), textAt(s, 2), dateFrom(textAt(s, 3)), textAt(s, 4), textAt(s, 5),
            textAt(s, 6), textAt(s, 7), textAt(s, 8)};
}

} // namespace

Result<QString, CaseError> TrajectoryRepository::create(domain::Trajectory t)
{
    if (auto p = domain::Validation::check(t); !p.isEmpty())
        return fail(CaseError::invalid(p));
    if (auto f = requireFamily(m_c.db, t.familyId); !f)
        return fail(f.error());
    if (t.id.isEmpty())
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] {
        FieldValues values = trajectoryFields(t);
        values.prepend({QStringLiteral("family_id"), t.familyId});
        return m_c.writer.insert(Table, t.id, t.familyId, values);
    });
    if (!r)
        return fail(r.error());
    return t.id;
}

Result<void, CaseError> TrajectoryRepository::update(const domain::Trajectory &t)
{
    if (auto p = domain::Validation::check(t); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto stored = get(t.id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(Table, t.id, stored->familyId, trajectoryFields(t));
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> TrajectoryRepository::remove(const QString &id)
{
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(Table, id, stored->familyId); });
}

Result<domain::Trajectory, CaseError> TrajectoryRepository::get(const QString &id)
{
    auto s =
        m_c.db.prepare(std::string("SELECT ") + TrajectoryColumns + " FROM trajectory WHERE id = ?1 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "trajectory not found")));
    return readTrajectory(*s);
}

Result<domain::Trajectory, CaseError> TrajectoryRepository::open(const QString &id)
{
    domain::Trajectory t;
    auto r = inTransaction(m_c.db, [&]() -> Result<void, CaseError> {
        auto read = get(id);
        if (!read)
            return fail(read.error());
        t = std::move(read).value();
        if (auto a = m_c.audit.append(QStringLiteral("view"), QStringLiteral("trajectory"), id, t.familyId); !a)
            return fail(CaseError::from(a.error()));
        return {};
    });
    if (!r)
        return fail(r.error());
    return t;
}

Result<QList<domain::Trajectory>, CaseError> TrajectoryRepository::forFamily(const QString &familyId)
{
    auto s = m_c.db.prepare(queries::TrajectoriesOfFamily);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, familyId.toStdString());
    return readAll<domain::Trajectory>(*s, readTrajectory);
}

Result<QString, CaseError> TrajectoryRepository::addEvaluation(domain::WeeklyEvaluation e)
{
    if (auto p = domain::Validation::check(e); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto t = get(e.trajectoryId);
    if (!t)
        return fail(t.error());
    e.familyId = t->familyId;
    if (e.id.isEmpty())
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] {
        FieldValues values = evaluationFields(e);
        values.prepend({QStringLiteral("family_id"), e.familyId});
        values.prepend({QStringLiteral("trajectory_id"), e.trajectoryId});
        return m_c.writer.insert(EvaluationTable, e.id, e.familyId, values);
    });
    if (!r)
        return fail(r.error());
    return e.id;
}

Result<void, CaseError> TrajectoryRepository::updateEvaluation(const domain::WeeklyEvaluation &e)
{
    if (auto p = domain::Validation::check(e); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto stored = evaluation(e.id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(EvaluationTable, e.id, stored->familyId, evaluationFields(e));
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> TrajectoryRepository::removeEvaluation(const QString &id)
{
    auto stored = evaluation(id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(EvaluationTable, id, stored->familyId); });
}

Result<domain::WeeklyEvaluation, CaseError> TrajectoryRepository::evaluation(const QString &id)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + EvaluationColumns
                            + " FROM weekly_evaluation WHERE id = ?1 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "weekly evaluation not found")));
    return readEvaluation(*s);
}

Result<QList<domain::WeeklyEvaluation>, CaseError> TrajectoryRepository::evaluations(const QString &trajectoryId)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + EvaluationColumns
                            + " FROM weekly_evaluation WHERE trajectory_id = ?1 AND deleted = 0"
                              " ORDER BY week_start DESC, created_at DESC");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, trajectoryId.toStdString());
    return readAll<domain::WeeklyEvaluation>(*s, readEvaluation);
}

} // namespace veldwerk::store
