#include "app/store/MemberRepository.h"

#include "app/store/CaseQueries.h"

#include <QCoreApplication>
#include <QUuid>

namespace veldwerk::store {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

FieldValues childFields(const domain::Child &c)
{
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("birth_date"), optionalDate(c.birthDate)},
            {QStringLiteral("expected_birth_date"), optionalDate(c.expectedBirthDate)},
            {QStringLiteral("notes"), c.notes}};
}

FieldValues caregiverFields(const domain::Caregiver &p)
{
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("role_other"), p.roleOther},
            {QStringLiteral("phone"), p.phone}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<void, CaseError> requireFamily(Database &db, const QString &familyId)
{
    auto s = db.prepare("SELECT 1 FROM family WHERE id = ?1 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, familyId.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::invalid(QStringLiteral("familyId"), Text::tr("Dit gezin bestaat niet (meer).")));
    return {};
}

Result<QString, CaseError> MemberRepository::familyOf(const char *table, const QString &id)
{
    auto s = m_c.db.prepare(std::string("SELECT family_id FROM ") + table + " WHERE id = ?1 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, std::string(table) + " not found")));
    return textAt(*s, 0);
}

Result<QString, CaseError> MemberRepository::addChild(domain::Child child)
{
    if (auto p = domain::Validation::check(child, m_c.today()); !p.isEmpty())
        return fail(CaseError::invalid(p));
    if (auto f = requireFamily(m_c.db, child.familyId); !f)
        return fail(f.error());
    if (child.id.isEmpty())
        child.id = newId();
    auto r = inTransaction(m_c.db, [&] {
        FieldValues values = childFields(child);
        values.prepend({QStringLiteral("family_id"), child.familyId});
        return m_c.writer.insert(ChildTable, child.id, child.familyId, values);
    });
    if (!r)
        return fail(r.error());
    return child.id;
}

Result<void, CaseError> MemberRepository::updateChild(const domain::Child &child)
{
    if (auto p = domain::Validation::check(child, m_c.today()); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto family = familyOf("child", child.id);
    if (!family)
        return fail(family.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(ChildTable, child.id, *family, childFields(child));
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> MemberRepository::removeChild(const QString &id)
{
    auto family = familyOf("child", id);
    if (!family)
        return fail(family.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(ChildTable, id, *family); });
}

Result<QList<domain::Child>, CaseError> MemberRepository::children(const QString &familyId)
{
    // Oldest first, the unborn last: the order in which a professional names the children of a family.
    auto s = m_c.db.prepare(queries::ChildrenOfFamily);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, familyId.toStdString());
    QList<domain::Child> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(CaseError::from(row.error()));
        if (!*row)
            break;
        domain::Child c;
        c.id = textAt(*s, 0);
        c.familyId = textAt(*s, 1);
        c.name = textAt(*s, 2);
        c.birthDate = dateFrom(textAt(*s, 3));
        c.expectedBirthDate = dateFrom(textAt(*s, 4));
        c.notes = textAt(*s, 5);
        out.append(c);
    }
    return out;
}

Result<QString, CaseError> MemberRepository::addCaregiver(domain::Caregiver caregiver)
{
    if (auto p = domain::Validation::check(caregiver); !p.isEmpty())
        return fail(CaseError::invalid(p));
    if (auto f = requireFamily(m_c.db, caregiver.familyId); !f)
        return fail(f.error());
    if (caregiver.id.isEmpty())
        caregiver.id = newId();
    auto r = inTransaction(m_c.db, [&] {
        FieldValues values = caregiverFields(caregiver);
        values.prepend({QStringLiteral("family_id"), caregiver.familyId});
        return m_c.writer.insert(CaregiverTable, caregiver.id, caregiver.familyId, values);
    });
    if (!r)
        return fail(r.error());
    return caregiver.id;
}

Result<void, CaseError> MemberRepository::updateCaregiver(const domain::Caregiver &caregiver)
{
    if (auto p = domain::Validation::check(caregiver); !p.isEmpty())
        return fail(CaseError::invalid(p));
    auto family = familyOf("caregiver", caregiver.id);
    if (!family)
        return fail(family.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(CaregiverTable, caregiver.id, *family, caregiverFields(caregiver));
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> MemberRepository::removeCaregiver(const QString &id)
{
    auto family = familyOf("caregiver", id);
    if (!family)
        return fail(family.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(CaregiverTable, id, *family); });
}

Result<QList<domain::Caregiver>, CaseError> MemberRepository::caregivers(const QString &familyId)
{
    auto s = m_c.db.prepare(queries::CaregiversOfFamily);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, familyId.toStdString());
    QList<domain::Caregiver> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(CaseError::from(row.error()));
        if (!*row)
            break;
        out.append({textAt(*s, 0), textAt(*s, 1), textAt(*s, 2), textAt(*s, 3), textAt(*s, 4), textAt(*s, 5)});
    }
    return out;
}

Result<bool, CaseError> MemberRepository::belongsTo(const QString &memberId, const QString &familyId)
{
    auto s = m_c.db.prepare("SELECT 1 FROM child WHERE id = ?1 AND family_id = ?2 AND deleted = 0"
                            " UNION ALL SELECT 1 FROM caregiver WHERE id = ?1 AND family_id = ?2 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, memberId.toStdString()).bind(2, familyId.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    return *row;
}

} // namespace veldwerk::store
