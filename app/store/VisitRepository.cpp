#include "app/store/VisitRepository.h"

#include "app/domain/Codes.h"
#include "app/store/CaseQueries.h"
#include "app/store/MemberRepository.h"
#include "app/store/TrajectoryRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace veldwerk::store {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

FieldValues visitFields(const domain::Visit &v)
{
    return {{QStringLiteral("kind"), v.kind},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("planned_start"), instantText(v.plannedStart)},
            {QStringLiteral("planned_end"), optionalInstant(v.plannedEnd)},
            {QStringLiteral("held_start"), optionalInstant(v.heldStart)},
            {QStringLiteral("held_end"), optionalInstant(v.heldEnd)},
            {QStringLiteral("location"), v.location},
            {QStringLiteral("present"), listText(v.present)},
            {QStringLiteral("present_other"), v.presentOther}};
}

constexpr const char *VisitColumns = "v.id, v.trajectory_id, v.family_id, v.kind, v.status, v.planned_start,"
                                     " v.planned_end, v.held_start, v.held_end, v.location, v.present, v.present_other";

domain::Visit readVisit(const Statement &s)
{
    domain::Visit v;
    v.id = textAt(s, 0);
    v.trajectoryId = textAt(s, 1);
    v.familyId = textAt(s, 2);
    v.kind = textAt(s, 3);
    v.status = textAt(s, 4);
    v.plannedStart = instantFrom(textAt(s, 5));
    v.plannedEnd = instantFrom(textAt(s, 6));
    v.heldStart = instantFrom(textAt(s, 7));
    v.heldEnd = instantFrom(textAt(s, 8));
    v.location = textAt(s, 9);
    v.present = listFrom(textAt(s, 10));
    v.presentOther = textAt(s, 11);
    return v;
}

} // namespace

Result<void, CaseError> VisitRepository::checkPresent(const domain::Visit &visit)
{
    MemberRepository members(m_c);
    for (const QString &id : visit.present) {
        auto belongs = members.belongsTo(id, visit.familyId);
        if (!belongs)
            return fail(belongs.error());
        if (!*belongs)
            return fail(CaseError::invalid(QStringLiteral("present"), Text::tr("Alleen gezinsleden kunnen als aanwezig "
                                                                               "worden aangevinkt.")));
    }
    return {};
}

Result<QString, CaseError> VisitRepository::plan(domain::Visit v)
{
    if (auto p = domain::Validation::check(v); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto trajectory = TrajectoryRepository(m_c).get(v.trajectoryId);
    if (!trajectory)
        return fail(trajectory.error());
    v.familyId = trajectory->familyId;
    if (auto r = checkPresent(v); !r)
        return fail(r.error());
    if (v.id.isEmpty())
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] {
        FieldValues values = visitFields(v);
        values.prepend({QStringLiteral("family_id"), v.familyId});
        values.prepend({QStringLiteral("trajectory_id"), v.trajectoryId});
        return m_c.writer.insert(Table, v.id, v.familyId, values);
    });
    if (!r)
        return fail(r.error());
    return v.id;
}

Result<void, CaseError> VisitRepository::update(const domain::Visit &v)
{
    if (auto p = domain::Validation::check(v); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto stored = get(v.id);
    if (!stored)
        return fail(stored.error());
    domain::Visit checked = v;
    checked.familyId = stored->familyId;
    if (auto r = checkPresent(checked); !r)
        return fail(r.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(Table, v.id, stored->familyId, visitFields(checked));
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> VisitRepository::start(const QString &id, const QDateTime &now)
{
    auto v = get(id);
    if (!v)
        return fail(v.error());
    domain::Visit visit = std::move(v).value();
    visit.status = QString(domain::codes::visit_status::InProgress);
    if (!visit.heldStart.isValid())
        visit.heldStart = now;
    visit.heldEnd = QDateTime();
    return update(visit);
}

Result<void, CaseError> VisitRepository::finish(const QString &id, const QDateTime &now)
{
    auto v = get(id);
    if (!v)
        return fail(v.error());
    domain::Visit visit = std::move(v).value();
    visit.status = QString(domain::codes::visit_status::Done);
    if (!visit.heldStart.isValid())
        visit.heldStart = visit.plannedStart.isValid() && visit.plannedStart < now ? visit.plannedStart : now;
    visit.heldEnd = now < visit.heldStart ? visit.heldStart : now;
    return update(visit);
}

Result<void, CaseError> VisitRepository::cancel(const QString &id)
{
    auto v = get(id);
    if (!v)
        return fail(v.error());
    domain::Visit visit = std::move(v).value();
    visit.status = QString(domain::codes::visit_status::Cancelled);
    return update(visit);
}

Result<void, CaseError> VisitRepository::remove(const QString &id)
{
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(Table, id, stored->familyId); });
}

Result<domain::Visit, CaseError> VisitRepository::get(const QString &id)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + VisitColumns + " FROM visit v WHERE v.id = ?1 AND v.deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "visit not found")));
    return readVisit(*s);
}

Result<domain::Visit, CaseError> VisitRepository::open(const QString &id)
{
    domain::Visit visit;
    auto r = inTransaction(m_c.db, [&]() -> Result<void, CaseError> {
        auto read = get(id);
        if (!read)
            return fail(read.error());
        visit = std::move(read).value();
        if (auto a = m_c.audit.append(QStringLiteral("view"), QStringLiteral("visit"), id, visit.familyId); !a)
            return fail(CaseError::from(a.error()));
        return {};
    });
    if (!r)
        return fail(r.error());
    return visit;
}

Result<QList<VisitListItem>, CaseError> VisitRepository::list(const char *sql, const std::string &a,
                                                              const std::string &b)
{
    auto s = m_c.db.prepare(sql);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, a);
    if (!b.empty())
        s->bind(2, b);
    return readAll<VisitListItem>(*s, [](const Statement &st) {
        VisitListItem item;
        item.visit = readVisit(st);
        item.familyName = textAt(st, 12);
        item.product = textAt(st, 13);
        item.notes = static_cast<int>(st.int64(14));
        return item;
    });
}

Result<QList<VisitListItem>, CaseError> VisitRepository::onDay(const QDate &day, const QTimeZone &zone)
{
    const QDateTime from(day, QTime(0, 0), zone);
    const QDateTime to(day.addDays(1), QTime(0, 0), zone);
    return list(queries::VisitsBetween, instantText(from).toStdString(), instantText(to).toStdString());
}

Result<QList<VisitListItem>, CaseError> VisitRepository::forTrajectory(const QString &trajectoryId)
{
    return list(queries::VisitsOfTrajectory, trajectoryId.toStdString(), {});
}

Result<QList<VisitListItem>, CaseError> VisitRepository::timeline(const QString &familyId)
{
    return list(queries::VisitsOfFamily, familyId.toStdString(), {});
}

} // namespace veldwerk::store
