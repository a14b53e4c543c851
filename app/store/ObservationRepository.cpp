#include "app/store/ObservationRepository.h"

#include "app/store/CaseQueries.h"
#include "app/store/MemberRepository.h"
#include "app/store/VisitRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace veldwerk::store {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

domain::Observation readObservation(const Statement &s)
{
    domain::Observation o;
    o.id = textAt(s, 0);
    o.visitId = textAt(s, 1);
    o.familyId = textAt(s, 2);
    o.recordedAt = instantFrom(textAt(s, 3));
    o.text = textAt(s, 4);
    o.aboutId = textAt(s, 5);
    o.tags = listFrom(textAt(s, 6));
    return o;
}

constexpr const char *Columns = "id, visit_id, family_id, recorded_at, text, about_id, tags";

} // namespace

Result<QString, CaseError> ObservationRepository::add(domain::Observation o)
{
    if (auto p = domain::Validation::checkNewObservation(o); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto visit = VisitRepository(m_c).get(o.visitId);
    if (!visit)
        return fail(visit.error());
    o.familyId = visit->familyId;
    if (!o.aboutId.isEmpty()) {
        auto belongs = MemberRepository(m_c).belongsTo(o.aboutId, o.familyId);
        if (!belongs)
            return fail(belongs.error());
        if (!*belongs)
            return fail(CaseError::invalid(QStringLiteral("aboutId"),
                                           Text::tr("Een notitie gaat over een lid van dit gezin.")));
    }
    if (!o.recordedAt.isValid())
        o.recordedAt = QDateTime::currentDateTimeUtc();
    if (o.id.isEmpty())
        o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] {
        return m_c.writer.insert(Table, o.id, o.familyId,
                                 {{QStringLiteral("visit_id"), o.visitId},
                                  {QStringLiteral("family_id"), o.familyId},
                                  {QStringLiteral("recorded_at"), instantText(o.recordedAt)},
                                  {QStringLiteral("text"), o.text},
                                  {QStringLiteral("about_id"), o.aboutId},
                                  {QStringLiteral("tags"), listText(o.tags)}});
    });
    if (!r)
        return fail(r.error());
    return o.id;
}

Result<void, CaseError> ObservationRepository::change(const QString &id, const FieldValues &values)
{
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(Table, id, stored->familyId, values);
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> ObservationRepository::updateText(const QString &id, const QString &text)
{
    if (auto p = domain::Validation::checkObservationText(text); !p.isEmpty())
        return fail(CaseError::invalid(p));
    return change(id, {{QStringLiteral("text"), text}});
}

Result<void, CaseError> ObservationRepository::setAbout(const QString &id, const QString &aboutId)
{
    if (!aboutId.isEmpty()) {
        auto stored = get(id);
        if (!stored)
            return fail(stored.error());
        auto belongs = MemberRepository(m_c).belongsTo(aboutId, stored->familyId);
        if (!belongs)
            return fail(belongs.error());
        if (!*belongs)
            return fail(CaseError::invalid(QStringLiteral("aboutId"),
                                           Text::tr("Een notitie gaat over een lid van dit gezin.")));
    }
    return change(id, {{QStringLiteral("about_id"), aboutId}});
}

Result<void, CaseError> ObservationRepository::setTags(const QString &id, const QStringList &tags)
{
    domain::Observation probe;
    probe.text = QStringLiteral("-");
    probe.tags = tags;
    if (auto p = domain::Validation::checkNewObservation(probe); !p.isEmpty())
        return fail(CaseError::invalid(p));
    return change(id, {{QStringLiteral("tags"), listText(tags)}});
}

Result<void, CaseError> ObservationRepository::remove(const QString &id)
{
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(Table, id, stored->familyId); });
}

Result<domain::Observation, CaseError> ObservationRepository::get(const QString &id)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + Columns + " FROM observation WHERE id = ?1 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "observation not found")));
    return readObservation(*s);
}

Result<QList<domain::Observation>, CaseError> ObservationRepository::forVisit(const QString &visitId)
{
    auto s = m_c.db.prepare(queries::ObservationsOfVisit);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, visitId.toStdString());
    return readAll<domain::Observation>(*s, readObservation);
}

} // namespace veldwerk::store
