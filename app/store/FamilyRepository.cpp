#include "app/store/FamilyRepository.h"

#include "app/store/CaseQueries.h"

#include <QUuid>

namespace veldwerk::store {

namespace {

FieldValues fields(const domain::Family &f)
{
    return {{QStringLiteral("display_name"), f.displayName.trimmed()},
            {QStringLiteral("address"), f.address},
            {QStringLiteral("area"), f.area},
            {QStringLiteral("notes"), f.notes}};
}

// LIKE pattern for a search term, with LIKE's own wildcards escaped so "%" finds a percent sign.
std::string likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return (QLatin1Char('%') + escaped + QLatin1Char('%')).toStdString();
}

} // namespace

Result<QString, CaseError> FamilyRepository::create(domain::Family family)
{
    if (auto p = domain::Validation::check(family); !p.isEmpty())
        return fail(CaseError::invalid(p));
    if (family.id.isEmpty())
        family.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] { return m_c.writer.insert(Table, family.id, family.id, fields(family)); });
    if (!r)
        return fail(r.error());
    return family.id;
}

Result<void, CaseError> FamilyRepository::update(const domain::Family &family)
{
    if (auto p = domain::Validation::check(family); !p.isEmpty())
        return fail(CaseError::invalid(p));
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto changed = m_c.writer.update(Table, family.id, family.id, fields(family));
        if (!changed)
            return fail(changed.error());
        return {};
    });
}

Result<void, CaseError> FamilyRepository::remove(const QString &id)
{
    return inTransaction(m_c.db, [&] { return m_c.writer.remove(Table, id, id); });
}

Result<domain::Family, CaseError> FamilyRepository::get(const QString &id)
{
    auto s = m_c.db.prepare(queries::FamilyById);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, id.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "family not found")));
    return domain::Family{textAt(*s, 0), textAt(*s, 1), textAt(*s, 2), textAt(*s, 3), textAt(*s, 4)};
}

Result<domain::Family, CaseError> FamilyRepository::open(const QString &id)
{
    domain::Family family;
    auto r = inTransaction(m_c.db, [&]() -> Result<void, CaseError> {
        auto read = get(id);
        if (!read)
            return fail(read.error());
        family = std::move(read).value();
        if (auto a = m_c.audit.append(QStringLiteral("view"), QStringLiteral("family"), id, id); !a)
            return fail(CaseError::from(a.error()));
        return {};
    });
    if (!r)
        return fail(r.error());
    return family;
}

Result<QList<CaseloadEntry>, CaseError> FamilyRepository::caseload(const QString &search, const QDateTime &now)
{
    const QString term = search.trimmed();
    auto s = m_c.db.prepare(term.isEmpty() ? queries::Caseload : queries::CaseloadSearch);
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, instantText(now).toStdString());
    if (!term.isEmpty())
        s->bind(2, likePattern(term));
    QList<CaseloadEntry> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(CaseError::from(row.error()));
        if (!*row)
            break;
        CaseloadEntry e;
        e.id = textAt(*s, 0);
        e.displayName = textAt(*s, 1);
        e.area = textAt(*s, 2);
        e.children = static_cast<int>(s->int64(3));
        if (!s->isNull(4))
            e.activeProducts = textAt(*s, 4).split(QLatin1Char('|'));
        if (!s->isNull(5))
            e.nextVisit = instantFrom(textAt(*s, 5));
        out.append(e);
    }
    return out;
}

Result<void, CaseError> FamilyRepository::noteCaseloadViewed()
{
    return inTransaction(m_c.db,
                         [&] { return m_c.audit.append(QStringLiteral("view"), QStringLiteral("caseload"), {}, {}); });
}

} // namespace veldwerk::store
