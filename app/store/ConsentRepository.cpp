#include "app/store/ConsentRepository.h"

#include "app/domain/ConsentRules.h"
#include "app/store/CaseQueries.h"
#include "app/store/MemberRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace veldwerk::store {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

FieldValues consentFields(const domain::Consent &c)
{
    return {{QStringLiteral("purpose"), c.purpose},
            {QStringLiteral("party"), c.party.trimmed()},
            {QStringLiteral("given_by_id"), c.givenById},
            {QStringLiteral("given_by_name"), c.givenByName.trimmed()},
            {QStringLiteral("given_on"), dateText(c.givenOn)},
            {QStringLiteral("withdrawn_on"), optionalDate(c.withdrawnOn)},
            {QStringLiteral("notes"), c.notes}};
}

constexpr const char *Columns =
    "id, family_id, purpose, party, given_by_id, given_by_name, given_on, withdrawn_on, notes";

domain::Consent readConsent(const Statement &s)
{
    domain::Consent c;
    c.id = textAt(s, 0);
    c.familyId = textAt(s, 1);
    c.purpose = textAt(s, 2);
    c.party = textAt(s, 3);
    c.givenById = textAt(s, 4);
    c.givenByName = textAt(s, 5);
    c.givenOn = dateFrom(textAt(s, 6));
    c.withdrawnOn = dateFrom(textAt(s, 7));
    c.notes = textAt(s, 8);
    return c;
}

} // namespace

Result<void, CaseError> ConsentRepository::checkGivenBy(const domain::Consent &c)
{
    if (c.givenById.isEmpty())
        return {};
    auto belongs = MemberRepository(m_c).belongsTo(c.givenById, c.familyId);
    if (!belongs)
        return fail(belongs.error());
    if (!*belongs)
        return fail(CaseError::invalid(QStringLiteral("givenBy"),
                                       Text::tr("Toestemming wordt gegeven door een lid van dit gezin.")));
    return {};
}

Result<QString, CaseError> ConsentRepository::record(domain::Consent c)
{
    if (auto p = domain::Validation::check(c, m_c.today()); !p.isEmpty())
        return fail(CaseError::invalid(p));
    if (auto f = requireFamily(m_c.db, c.familyId); !f)
        return fail(f.error());
    if (auto g = checkGivenBy(c); !g)
        return fail(g.error());
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] {
        FieldValues values = consentFields(c);
        values.prepend({QStringLiteral("family_id"), c.familyId});
        return m_c.writer.insert(Table, c.id, c.familyId, values);
    });
    if (!r)
        return fail(r.error());
    return c.id;
}

Result<void, CaseError> ConsentRepository::update(const domain::Consent &c)
{
    auto stored = get(c.id);
    if (!stored)
        return fail(stored.error());
    domain::Consent checked = c;
    checked.familyId = stored->familyId;
    if (auto p = domain::Validation::check(checked, m_c.today()); !p.isEmpty())
        return fail(CaseError::invalid(p));
    if (auto g = checkGivenBy(checked); !g)
        return fail(g.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(Table, c.id, stored->familyId, consentFields(checked));
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> ConsentRepository::withdraw(const QString &id, const QDate &day)
{
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    domain::Consent c = std::move(stored).value();
    c.withdrawnOn = day;
    return update(c);
}

Result<void, CaseError> ConsentRepository::remove(const QString &id)
{
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(Table, id, stored->familyId); });
}

Result<domain::Consent, CaseError> ConsentRepository::get(const QString &id)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + Columns + " FROM consent WHERE id = ?1 AND deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "consent not found")));
    return readConsent(*s);
}

Result<QList<domain::Consent>, CaseError> ConsentRepository::forFamily(const QString &familyId)
{
    auto s = m_c.db.prepare(queries::ConsentsOfFamily);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, familyId.toStdString());
    return readAll<domain::Consent>(*s, readConsent);
}

Result<bool, CaseError> ConsentRepository::mayFilm(const QString &familyId)
{
    auto consents = forFamily(familyId);
    if (!consents)
        return fail(consents.error());
    return domain::ConsentRules::mayFilm(*consents, m_c.today());
}

} // namespace veldwerk::store
