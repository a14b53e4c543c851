#include "app/store/FamilyRepository.h"

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
    auto s = m_c.db.prepare("SELECT id, display_name, address, area, notes FROM family WHERE id = ?1 AND deleted = 0");
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
    std::string sql = "SELECT f.id, f.display_name, f.area,"
                      " (SELECT count(*) FROM child c WHERE c.family_id = f.id AND c.deleted = 0),"
                      " (SELECT group_concat(t.product, '|') FROM trajectory t"
                      "   WHERE t.family_id = f.id AND t.deleted = 0 AND t.status IN ('aangemeld', 'lopend')),"
                      " (SELECT min(v.planned_start) FROM visit v WHERE v.family_id = f.id AND v.deleted = 0"
                      "   AND v.status IN ('gepland', 'bezig') AND v.planned_start >= ?1)"
                      " FROM family f WHERE f.deleted = 0";
    if (!term.isEmpty()) {
        sql += " AND (f.display_name LIKE ?2 ESCAPE '\\' OR f.area LIKE ?2 ESCAPE '\\'"
               " OR EXISTS (SELECT 1 FROM child c WHERE c.family_id = f.id AND c.deleted = 0"
               "            AND c.name LIKE ?2 ESCAPE '\\')"
               " OR EXISTS (SELECT 1 FROM caregiver p WHERE p.family_id = f.id AND p.deleted = 0"
               "            AND p.name LIKE ?2 ESCAPE '\\'))";
    }
    sql += " ORDER BY f.display_name COLLATE NOCASE, f.id";
    auto s = m_c.db.prepare(sql);
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
